import type { Context } from '../core/context.js'
import { StytchPolicyError } from '../core/errors.js'
import type { RbacPolicy } from './types.js'

interface CacheState {
  policy?: RbacPolicy
  fetchedAt: number
  /** When the last fetch failed, and why. */
  failedAt: number
  error?: unknown
  /** The refresh under way, if any, and when it started. */
  flight?: Promise<RbacPolicy> | undefined
  startedAt: number
}

// One cache per context, made on first use.
const caches = new WeakMap<Context, CacheState>()

/**
 * Returns the project's RBAC policy for local authorization, fetched with `getRbacPolicy` and
 * cached per context. Never waits on Stytch while a usable copy is cached:
 * - younger than `maxAgeMs` (5 minutes): served as is;
 * - older, but younger than `staleIfErrorMs` (1 hour): served at once while one refresh runs in
 *   the background;
 * - nothing usable: the caller waits for the fetch, which concurrent callers share.
 *
 * After a failed fetch nothing is fetched for `retryAfterFailureMs` (10 s); a caller that the
 * cache cannot serve then fails at once. A refresh still pending after its longest possible run
 * (every attempt timing out, every retry delay at its cap) counts as lost and a new one may start.
 * With a `policy` in the context, that policy is returned and nothing is fetched.
 *
 * @throws {StytchPolicyError} (code `policy_unavailable`, the last fetch error as `cause`) when
 *   nothing usable is cached and the policy cannot be fetched now.
 */
export async function getProjectPolicy(ctx: Context): Promise<RbacPolicy> {
  if (ctx.policy) return ctx.policy
  let state = caches.get(ctx)
  if (!state) caches.set(ctx, (state = { fetchedAt: 0, failedAt: 0, startedAt: 0 }))
  const now = Date.now()
  const { maxAgeMs, staleIfErrorMs, retryAfterFailureMs } = ctx.policyCache
  const { policy, fetchedAt } = state
  const age = now - fetchedAt
  if (policy && age < maxAgeMs) return policy
  const usable = policy && age < staleIfErrorMs
  // Every attempt timing out and followed by the longest delay: one delay more than a refresh can take.
  const { limit, backoffLimitMs, maxRetryAfterMs } = ctx.retry
  if (!state.flight || now - state.startedAt > (limit + 1) * (ctx.timeoutMs + Math.max(backoffLimitMs, maxRetryAfterMs))) {
    if (now - state.failedAt < retryAfterFailureMs) {
      if (usable) return policy
      throw unavailable(state.error)
    }
    state.startedAt = now
    // Marked handled: a background refresh has nobody awaiting it.
    ;(state.flight = refresh(ctx, state, now)).catch(() => {})
  }
  return usable ? policy : state.flight
}

const unavailable = (cause: unknown): StytchPolicyError =>
  new StytchPolicyError('The RBAC policy could not be fetched and no usable copy is cached', cause)

async function refresh(ctx: Context, state: CacheState, started: number): Promise<RbacPolicy> {
  // Only the latest refresh writes the state: an abandoned one that settles late changes nothing.
  // Its start time tells it apart: a pending refresh is replaced only once the bound has passed.
  const mine = (): boolean => state.startedAt === started
  try {
    // Loaded on first fetch: importing the rbac module never loads the HTTP pipeline and valibot.
    const { getRbacPolicy } = await import('../endpoints/rbac/getRbacPolicy.js')
    const { policy } = await getRbacPolicy(ctx)
    if (!policy || !Array.isArray(policy.roles)) throw new StytchPolicyError('The RBAC policy response holds no policy')
    if (mine()) {
      state.policy = policy
      state.fetchedAt = Date.now()
    }
    return policy
  } catch (error) {
    if (mine()) {
      state.failedAt = Date.now()
      state.error = error
    }
    throw unavailable(error)
  } finally {
    if (mine()) state.flight = undefined
  }
}
