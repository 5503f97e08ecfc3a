import { cached, type CacheEntry } from '../core/cache.js'
import type { Context } from '../core/context.js'
import { scopeOf, type Scope } from '../core/scope.js'
import { policyEntry } from './policyCache.js'
import type { RbacPolicy } from './types.js'

// One cache per scope (contexts of the same settings), made on first use.
const caches = new WeakMap<Scope, CacheEntry<RbacPolicy>>()

/**
 * Returns the project's RBAC policy (roles and scopes) for local authorization, fetched from
 * `GET /v1/b2b/rbac/policy` and cached per context settings (contexts made with the same settings share it). Never waits on Stytch while a usable copy
 * is cached:
 * - younger than `maxAgeMs` (5 minutes): served as is;
 * - older, but younger than `staleIfErrorMs` (1 hour): served at once while one refresh runs in
 *   the background;
 * - nothing usable: the caller waits for the fetch, which concurrent callers share.
 *
 * After a failed fetch nothing is fetched for `retryAfterFailureMs` (10 s); a caller that the
 * cache cannot serve then fails at once. A refresh (one attempt, bounded by `timeoutMs`) still
 * pending after twice `timeoutMs` counts as lost and a new one may start.
 * With a `policy` in the context, that policy is returned and nothing is fetched.
 *
 * @throws {StytchPolicyError} (code `policy_unavailable`, the last fetch error as `cause`) when
 *   nothing usable is cached and the policy cannot be fetched now.
 */
export async function getProjectPolicy(ctx: Context): Promise<RbacPolicy> {
  // Also with a fixed policy: it is checked on first use, as every cache setting is.
  const scope = scopeOf(ctx)
  if (ctx.policy) return ctx.policy
  let state = caches.get(scope)
  if (!state) caches.set(scope, (state = policyEntry(ctx, '/v1/b2b/rbac/policy', 'policy', 'RBAC policy')))
  return cached(ctx, state)
}
