import type { Context } from '../core/context.js'
import { StytchDecodeError, StytchPolicyError } from '../core/errors.js'
import { getText } from '../core/get.js'
import { cacheSettings } from '../core/settings.js'
import { readStore, writeStore } from '../core/store.js'
import { compilePolicy } from './compilePolicy.js'
import type { RbacOrgPolicy, RbacPolicy } from './types.js'

/** @internal One cached policy: the copy, its age, the last failure and the refresh under way. */
export interface CacheEntry<T> {
  value?: T
  fetchedAt: number
  /** When the last fetch failed, and why. */
  failedAt: number
  error?: unknown
  /** The refresh under way, if any, and when it started. */
  flight?: Promise<T> | undefined
  startedAt: number
  /** The read of the context's store on a cold cache: under way, or done (`true`). */
  read?: Promise<void> | true
}

/** @internal A new, empty entry. */
export const entry = <T>(): CacheEntry<T> => ({ fetchedAt: 0, failedAt: 0, startedAt: 0 })

/**
 * @internal The cache rules shared by the project and organization policies: fresh served as is,
 * stale served at once while one refresh runs, nothing usable awaited (one flight for all), no
 * fetch within the back-off after a failure, and a refresh pending past its longest possible run
 * counted as lost. A cold cache first reads the context's store, once: a valid entry counts as
 * fetched when it was stored. `path` is fetched, its field `field` kept; `what` names the policy in the error.
 */
export function cached<T extends RbacPolicy | RbacOrgPolicy>(ctx: Context, state: CacheEntry<T>, path: string, field: string, what: string): T | Promise<T> {
  if (!state.value && ctx.cacheStore && state.read !== true) {
    state.read ??= readStore(ctx, path).then((hit) => {
      state.read = true
      try {
        if (hit && !state.value) (state.value = parsePolicy<T>(hit.value, field)), (state.fetchedAt = hit.storedAt)
      } catch {}
    })
    return state.read.then(() => cached(ctx, state, path, field, what))
  }
  const load = (): Promise<T> => fetchPolicy<T>(ctx, path, field)
  const now = Date.now()
  const { maxAgeMs, staleIfErrorMs, retryAfterFailureMs } = cacheSettings(ctx).policyCache
  const { value, fetchedAt } = state
  const age = now - fetchedAt
  if (value && age < maxAgeMs) return value
  const usable = value && age < staleIfErrorMs
  // A refresh is one attempt bounded by the timeout (getText): one still pending after twice that is lost.
  if (!state.flight || now - state.startedAt > 2 * ctx.timeoutMs) {
    if (now - state.failedAt < retryAfterFailureMs) {
      if (usable) return value
      throw unavailable(what, state.error)
    }
    state.startedAt = now
    // Marked handled: a background refresh has nobody awaiting it.
    ;(state.flight = refresh(state, now, load, what)).catch(() => {})
  }
  return usable ? value : state.flight
}

const unavailable = (what: string, cause: unknown): StytchPolicyError =>
  new StytchPolicyError(`The ${what} could not be fetched and no usable copy is cached`, cause)

async function refresh<T>(state: CacheEntry<T>, started: number, load: () => Promise<T>, what: string): Promise<T> {
  // Only the latest refresh writes the state: an abandoned one that settles late changes nothing.
  // Its start time tells it apart: a pending refresh is replaced only once the bound has passed.
  const mine = (): boolean => state.startedAt === started
  try {
    const value = await load()
    if (mine()) {
      state.value = value
      state.fetchedAt = Date.now()
    }
    return value
  } catch (error) {
    if (mine()) {
      state.failedAt = Date.now()
      state.error = error
    }
    throw unavailable(what, error)
  } finally {
    if (mine()) state.flight = undefined
  }
}

/**
 * Objects without a prototype, so that a field the response lacks reads as undefined and never
 * as a polluted Object.prototype's. (JSON holds own fields only; `__proto__` stays an own field.)
 */
const bare = (_key: string, value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value

/**
 * @internal GETs `path` with the project's credentials through `getText()` (one attempt with a
 * timeout, bounded body, no redirects; the cache paces retries) and returns its field `key`, checked as a policy by compiling it
 * (the compiled index is memoized, so the first check pays nothing more). No params schema or
 * endpoint pipeline: these two reads must stay small in a one-file worker bundle.
 */
export async function fetchPolicy<T extends RbacPolicy | RbacOrgPolicy>(ctx: Context, path: string, key: string): Promise<T> {
  const body = await getText(ctx, path, ctx.timeoutMs)
  const policy = parsePolicy<T>(body, key)
  writeStore(ctx, path, body)
  return policy
}

/** The field `key` of a response body, checked as a policy; a stored body is checked the same way. */
function parsePolicy<T>(body: string, key: string): T {
  try {
    const policy = JSON.parse(body, bare)?.[key]
    compilePolicy(policy)
    return policy
  } catch (error) {
    throw new StytchDecodeError(`The response holds no valid ${key}`, error)
  }
}
