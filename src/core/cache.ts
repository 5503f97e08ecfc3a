import type { Context } from './context.js'
import { getText } from './get.js'
import { readStore, writeStore } from './store.js'

/** @internal What one cached body is, and the rules it is served and refreshed by. */
export interface CacheRules<T> {
  /** The path fetched with `getText` (and the `cacheStore` key). */
  readonly path: string
  /** Checks a fetched or stored body and makes the value kept; throws for an unusable one. */
  readonly parse: (text: string) => T
  /** The error thrown when nothing usable can be served, from the last failure. */
  readonly fail: (cause: unknown) => Error
  readonly maxAgeMs: number
  /** A copy older than `maxAgeMs` is still served (with a refresh) until it is this old. */
  readonly staleIfErrorMs: number
  /** No fetch this long after a failure (a forced read: after the last fetch started). */
  readonly retryAfterFailureMs: number
  /** The timeout of each fetch (one attempt): one still pending after twice this counts as lost, and another may start. */
  readonly timeoutMs: number
  /** Called with each body that becomes the value, fetched or stored. */
  readonly kept?: ((text: string) => void) | undefined
}

/** @internal One cached body's state: the value, its age, the last failure and the fetch under way. */
export interface CacheEntry<T> extends CacheRules<T> {
  value?: T
  fetchedAt: number
  failedAt: number
  error?: unknown
  flight?: Promise<T> | undefined
  startedAt: number
  /** The read of the context's store on a cold cache: under way, or done (`true`). */
  read?: Promise<void> | true
}

/** @internal A new, empty entry. */
export const entry = <T>(rules: CacheRules<T>): CacheEntry<T> => ({ ...rules, fetchedAt: 0, failedAt: 0, startedAt: 0 })

/**
 * @internal The rules of the key-set and policy caches: fresh served as is, stale (up to
 * `staleIfErrorMs`) served at once while one refresh runs, nothing usable awaited (one flight for
 * all), no fetch within `retryAfterFailureMs` of a failure, a fetch pending past twice its
 * timeout counted as lost, and only the latest fetch writes. A cold cache first reads the context's store,
 * once: a valid entry counts as fetched when it was stored. `force` (a key the copy lacks) fetches
 * even a fresh copy, at most once per `retryAfterFailureMs` since the last start, and waits for it.
 */
export function cached<T>(ctx: Context, state: CacheEntry<T>, force?: boolean): T | Promise<T> {
  if (!state.value && ctx.cacheStore && state.read !== true) {
    state.read ??= readStore(ctx, state.path).then((hit) => {
      state.read = true
      try {
        if (hit && !state.value) (state.value = state.parse(hit.value)), (state.fetchedAt = hit.storedAt), state.kept?.(hit.value)
      } catch {}
    })
    return state.read.then(() => cached(ctx, state, force))
  }
  const now = Date.now()
  const { value, fetchedAt } = state
  const age = now - fetchedAt
  if (value && age < state.maxAgeMs && !force) return value
  const usable = value && age < state.staleIfErrorMs
  if (!state.flight || now - state.startedAt > 2 * state.timeoutMs) {
    if (now - (force ? state.startedAt : state.failedAt) < state.retryAfterFailureMs) {
      if (usable) return value
      throw state.fail(state.error)
    }
    state.startedAt = now
    // Marked handled: a background refresh has nobody awaiting it.
    ;(state.flight = refresh(ctx, state, now)).catch(() => {})
  }
  return usable && !force ? value : state.flight
}

async function refresh<T>(ctx: Context, state: CacheEntry<T>, started: number): Promise<T> {
  // Only the latest refresh writes the state: an abandoned one that settles late changes nothing.
  const mine = (): boolean => state.startedAt === started
  try {
    const text = await getText(ctx, state.path, state.timeoutMs)
    const value = state.parse(text)
    if (mine()) {
      state.value = value
      state.fetchedAt = Date.now()
      writeStore(ctx, state.path, text)
      state.kept?.(text)
    }
    return value
  } catch (error) {
    if (mine()) {
      state.failedAt = Date.now()
      state.error = error
    }
    throw state.fail(error)
  } finally {
    if (mine()) state.flight = undefined
  }
}
