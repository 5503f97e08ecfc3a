import { PROTO } from '../core/own.js'
import { compilePolicy, invalidInput } from './compilePolicy.js'
import {
  COMPILED,
  type AuthorizationCheck,
  type AuthorizationResult,
  type AuthorizationSubject,
  type CompiledPolicy,
  type PolicyIndex,
  type RbacOrgPolicy,
  type RbacPolicy,
} from './types.js'

// Shared, frozen results: a check allocates nothing.
const RESULTS: readonly AuthorizationResult[] = [
  /* @__PURE__ */ Object.freeze({ allowed: true }),
  /* @__PURE__ */ Object.freeze({ allowed: false, code: 'session_authorization_tenancy_error' }),
  /* @__PURE__ */ Object.freeze({ allowed: false, code: 'session_authorization_error' }),
]

/** Whether one of `ids` is granted `action` (by name or by `*`) on `resource` in `index`. */
function grants(index: PolicyIndex, ids: readonly string[], resource: string, action: string): boolean {
  const found = index.get(resource)
  if (found === undefined) return false
  const named = found.actions.get(action)
  for (const id of ids) {
    if (named?.has(id) || found.any.has(id)) return true
  }
  return false
}

/** @internal 0 allowed, 1 tenancy denial, 2 permission denial. */
export function decide(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
  orgPolicy?: RbacOrgPolicy | CompiledPolicy,
): 0 | 1 | 2 {
  const [roleIndex, scopeIndex] = compilePolicy(policy)[COMPILED]
  const orgRoles = orgPolicy === undefined ? undefined : compilePolicy(orgPolicy)[COMPILED][0]
  // Roles, scopes and organizations inherited from a polluted Object.prototype grant nothing: they
  // are compared by name with what the prototype holds (Object.hasOwn would triple the check's
  // cost). An inherited resource or action id can only name what the subject's own ids are granted.
  const { organization_id: memberOf, roles, scopes } = subject ?? {}
  const own = roles === PROTO['roles'] ? undefined : roles
  const ids = own ?? (scopes === PROTO['scopes'] ? undefined : scopes)
  // Exactly one of the two, an array; the other absent (or only inherited).
  if (typeof memberOf !== 'string' || memberOf === PROTO['organization_id'] || !Array.isArray(ids) || (own !== undefined && scopes !== undefined && scopes !== PROTO['scopes'])) {
    invalidInput('subject', 'an AuthorizationSubject')
  }
  const { organization_id, resource_id, action } = check ?? {}
  if (typeof organization_id !== 'string' || typeof resource_id !== 'string' || typeof action !== 'string' || organization_id === PROTO['organization_id']) {
    invalidInput('check', 'an AuthorizationCheck')
  }
  if (memberOf !== organization_id) return 1
  if (own === undefined) return grants(scopeIndex, ids, resource_id, action) ? 0 : 2
  return grants(roleIndex, ids, resource_id, action) || (orgRoles !== undefined && grants(orgRoles, ids, resource_id, action)) ? 0 : 2
}

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
 * @throws {StytchError} (code `invalid_params`) when a policy, the subject or the check is
 *   malformed, including a subject with both `roles` and `scopes` or neither.
 */
export function checkAuthorization(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
  orgPolicy?: RbacOrgPolicy | CompiledPolicy,
): AuthorizationResult {
  return RESULTS[decide(policy, subject, check, orgPolicy)] as AuthorizationResult
}
