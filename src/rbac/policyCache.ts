import { credentialsOf, type Context } from '../core/context.js'
import { StytchDecodeError, StytchPolicyError } from '../core/errors.js'
import { own } from '../core/own.js'
import { send } from '../core/transport.js'
import type { RbacPermission, RbacRole, RbacScope } from './types.js'

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
}

/** @internal A new, empty entry. */
export const entry = <T>(): CacheEntry<T> => ({ fetchedAt: 0, failedAt: 0, startedAt: 0 })

/**
 * @internal The cache rules shared by the project and organization policies: fresh served as is,
 * stale served at once while one refresh runs, nothing usable awaited (one flight for all), no
 * fetch within the back-off after a failure, and a refresh pending past its longest possible run
 * counted as lost. `what` names the policy in the error.
 */
export function cached<T>(ctx: Context, state: CacheEntry<T>, load: () => Promise<T>, what: string): T | Promise<T> {
  const now = Date.now()
  const { maxAgeMs, staleIfErrorMs, retryAfterFailureMs } = ctx.policyCache
  const { value, fetchedAt } = state
  const age = now - fetchedAt
  if (value && age < maxAgeMs) return value
  const usable = value && age < staleIfErrorMs
  // Every attempt timing out and followed by the longest delay: one delay more than a refresh can take.
  const { limit, backoffLimitMs, maxRetryAfterMs } = ctx.retry
  if (!state.flight || now - state.startedAt > (limit + 1) * (ctx.timeoutMs + Math.max(backoffLimitMs, maxRetryAfterMs))) {
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

const bad = (path: string): never => {
  throw new StytchDecodeError(`The RBAC policy response is malformed at ${path}`)
}

/** An own array field of `value`, or a decode error naming `path`. */
function list(value: unknown, key: string, path: string): unknown[] {
  const found = typeof value === 'object' && value !== null ? own(value, key) : undefined
  return Array.isArray(found) ? found : bad(`${path}.${key}`)
}

function text(value: unknown, key: string, path: string): string {
  const found = own(value as object, key)
  return typeof found === 'string' ? found : bad(`${path}.${key}`)
}

const permissions = (value: unknown, path: string): RbacPermission[] =>
  list(value, 'permissions', path).map((p, i) => {
    const at = `${path}.permissions[${i}]`
    return { resource_id: text(p, 'resource_id', at), actions: list(p, 'actions', at).map((a, j) => (typeof a === 'string' ? a : bad(`${at}.actions[${j}]`))) }
  })

/** A role or scope: its id under `key`, its permissions, and its description when it is a string. */
function grantee(value: unknown, key: string, path: string): Record<string, unknown> {
  const description = own(value as object, 'description')
  return { [key]: text(value, key, path), permissions: permissions(value, path), ...(typeof description === 'string' && { description }) }
}

/** @internal Plain copies of the roles of a decoded policy, own fields only. */
export const roles = (value: unknown, path: string): RbacRole[] =>
  list(value, 'roles', path).map((r, i) => grantee(r, 'role_id', `${path}.roles[${i}]`) as unknown as RbacRole)

/** @internal Plain copies of the scopes of a decoded policy (absent: none). */
export const scopes = (value: unknown, path: string): RbacScope[] =>
  own(value as object, 'scopes') === undefined ? [] : list(value, 'scopes', path).map((s, i) => grantee(s, 'scope', `${path}.scopes[${i}]`) as unknown as RbacScope)

/**
 * @internal GETs `path` with the project's credentials through `send()` (retries, timeout,
 * bounded body, no redirects) and returns its own field `key`, an object. No params schema or
 * endpoint pipeline: these two reads must stay small in a one-file worker bundle.
 */
export async function fetchPolicy(ctx: Context, path: string, key: string): Promise<object> {
  const body = await send(ctx, {
    method: 'GET',
    url: ctx.baseUrl + path,
    headers: { Authorization: credentialsOf(ctx).authorization, Accept: 'application/json', 'User-Agent': ctx.userAgent },
    body: undefined,
    signal: undefined,
    timeoutMs: undefined,
  })
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch (error) {
    throw new StytchDecodeError('The RBAC policy response is not JSON', error)
  }
  const found = typeof data === 'object' && data !== null ? own(data, key) : undefined
  return typeof found === 'object' && found !== null && !Array.isArray(found) ? found : bad(key)
}
