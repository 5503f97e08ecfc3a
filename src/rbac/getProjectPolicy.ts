import type { Context } from '../core/context.js'
import { StytchPolicyError } from '../core/errors.js'
import type { RbacPolicy } from './types.js'

interface CacheState {
  policy?: RbacPolicy
  fetchedAt: number
  /** No refresh is attempted before this time after a failure. */
  retryAt: number
  inflight?: Promise<RbacPolicy> | undefined
}

// One cache per context, made on first use.
const caches = new WeakMap<Context, CacheState>()

/**
 * Returns the project's RBAC policy for local authorization, fetched with `getRbacPolicy` and
 * cached per context. A use after `maxAgeMs` (5 minutes) refreshes it; concurrent callers share
 * one request. When a refresh fails the last good policy is served until it is `staleIfErrorMs`
 * (1 hour) old, trying again at most every `retryAfterFailureMs`. With a `policy` in the context,
 * that policy is returned and nothing is fetched.
 *
 * @throws {StytchPolicyError} (code `policy_unavailable`, the fetch error as `cause`) when no
 *   policy fresh enough can be had.
 */
export async function getProjectPolicy(ctx: Context): Promise<RbacPolicy> {
  if (ctx.policy) return ctx.policy
  let state = caches.get(ctx)
  if (!state) caches.set(ctx, (state = { fetchedAt: 0, retryAt: 0 }))
  const now = Date.now()
  const { maxAgeMs, staleIfErrorMs } = ctx.policyCache
  if (state.policy && (now - state.fetchedAt < maxAgeMs || (now < state.retryAt && now - state.fetchedAt < staleIfErrorMs))) {
    return state.policy
  }
  state.inflight ??= refresh(ctx, state).finally(() => {
    state.inflight = undefined
  })
  return state.inflight
}

async function refresh(ctx: Context, state: CacheState): Promise<RbacPolicy> {
  try {
    // Loaded on first fetch: importing the rbac module never loads the HTTP pipeline and valibot.
    const { getRbacPolicy } = await import('../endpoints/rbac/getRbacPolicy.js')
    const { policy } = await getRbacPolicy(ctx)
    if (!policy || !Array.isArray(policy.roles)) throw new StytchPolicyError('The RBAC policy response holds no policy')
    state.policy = policy
    state.fetchedAt = Date.now()
    return policy
  } catch (error) {
    const now = Date.now()
    state.retryAt = now + ctx.policyCache.retryAfterFailureMs
    if (state.policy && now - state.fetchedAt < ctx.policyCache.staleIfErrorMs) return state.policy
    throw new StytchPolicyError('The RBAC policy could not be fetched and no usable copy is cached', error)
  }
}
