import { isAuthorized } from './isAuthorized.js'
import type { AuthorizationCheck, AuthorizationResult, AuthorizationSubject, CompiledPolicy, RbacOrgPolicy, RbacPolicy } from './types.js'

// Shared, frozen results: a check allocates nothing.
const ALLOWED: AuthorizationResult = /* @__PURE__ */ Object.freeze({ allowed: true })
const TENANCY: AuthorizationResult = /* @__PURE__ */ Object.freeze({ allowed: false, code: 'session_authorization_tenancy_error' })
const DENIED: AuthorizationResult = /* @__PURE__ */ Object.freeze({ allowed: false, code: 'session_authorization_error' })

/**
 * Decides a check locally, as Stytch would: the organizations must match (else a tenancy
 * denial), then the subject must be granted the action, or `*`, on the resource:
 * - a member (`roles`) by a role of the project policy or a custom role of `orgPolicy`, the
 *   policy of the subject's organization;
 * - a token (`scopes`) by a scope of the project policy; organization roles play no part.
 *
 * Matching is exact: case-sensitive, no trimming, normalization or wildcards in ids.
 *
 * @example
 * ```ts
 * const result = checkAuthorization(policy, { organization_id, roles }, { organization_id, resource_id: 'documents', action: 'edit' }, orgPolicy)
 * if (!result.allowed) return new Response(result.code, { status: 403 })
 * ```
 * @throws {StytchError} (code `invalid_params`) naming the field when a policy, the subject or
 *   the check is malformed, including a subject with both `roles` and `scopes` or neither.
 */
export function checkAuthorization(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
  orgPolicy?: RbacOrgPolicy | CompiledPolicy,
): AuthorizationResult {
  // Denied after the fields passed the check: they are own strings, and the organizations tell
  // a tenancy denial from a missing permission.
  if (isAuthorized(policy, subject, check, orgPolicy)) return ALLOWED
  return subject.organization_id === check.organization_id ? DENIED : TENANCY
}
