import { cached, type CacheEntry } from '../core/cache.js'
import type { Context } from '../core/context.js'
import { scopeOf, type Scope } from '../core/scope.js'
import { paramsError } from '../core/errors.js'
import { policyEntry } from './policyCache.js'
import type { RbacOrgPolicy } from './types.js'

/** @internal Most organization policies one scope keeps; the least recently used goes first. */
export const MAX_ORGANIZATIONS = 1000

// Per scope: organization id → entry, in least-recently-used-first order.
const caches = new WeakMap<Scope, Map<string, CacheEntry<RbacOrgPolicy>>>()

/**
 * Returns an organization's RBAC policy (its custom roles), fetched from
 * `GET /v1/b2b/rbac/organizations/{organization_id}` on first need and cached per context settings by the
 * rules of {@link getProjectPolicy}: the same freshness, single flight, stale-while-revalidate,
 * failure back-off and abandoned-refresh bound, per organization. At most 1000 organizations
 * are kept per scope; the least recently used is dropped first.
 *
 * With a fixed `policy` in the context (tests, pinning), nothing is fetched and the result is
 * `undefined`: no organization has custom roles then.
 *
 * @throws {StytchParamsError} when `organizationId` is not a non-empty string.
 * @throws {StytchPolicyError} (code `policy_unavailable`, the last fetch error as `cause`) when
 *   nothing usable is cached and the policy cannot be fetched now.
 */
export async function getOrganizationPolicy(ctx: Context, organizationId: string): Promise<RbacOrgPolicy | undefined> {
  if (typeof organizationId !== 'string' || organizationId === '') throw paramsError('organizationId', 'must be a non-empty string')
  if (ctx.policy) return undefined
  const scope = scopeOf(ctx)
  let byOrganization = caches.get(scope)
  if (!byOrganization) caches.set(scope, (byOrganization = new Map()))
  let state = byOrganization.get(organizationId)
  // Re-inserted on every use, so that the first key is always the least recently used.
  if (state) byOrganization.delete(organizationId)
  else state = policyEntry(ctx, `/v1/b2b/rbac/organizations/${encodeURIComponent(organizationId)}`, 'org_policy', 'organization RBAC policy')
  byOrganization.set(organizationId, state)
  // A dropped entry's refresh still settles into its own (now unreachable) entry: harmless.
  if (byOrganization.size > MAX_ORGANIZATIONS) byOrganization.delete(byOrganization.keys().next().value as string)
  return cached(ctx, state)
}
