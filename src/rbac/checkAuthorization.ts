import { PROTO } from '../core/own.js'
import { compilePolicy, invalidInput } from './compilePolicy.js'
import {
  COMPILED,
  type AuthorizationCheck,
  type AuthorizationResult,
  type AuthorizationSubject,
  type CompiledPolicy,
  type RbacPolicy,
} from './types.js'

// Shared, frozen results: a check allocates nothing.
const RESULTS: readonly AuthorizationResult[] = [
  Object.freeze({ allowed: true }),
  Object.freeze({ allowed: false, code: 'session_authorization_tenancy_error' }),
  Object.freeze({ allowed: false, code: 'session_authorization_error' }),
]

/** @internal 0 allowed, 1 tenancy denial, 2 permission denial. */
export function decide(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
): 0 | 1 | 2 {
  const index = compilePolicy(policy)[COMPILED]
  // Roles and organizations inherited from a polluted Object.prototype grant nothing: they are
  // compared by name with what the prototype holds (Object.hasOwn would triple the check's cost).
  // An inherited resource or action id can only name what the subject's own roles are granted.
  const { organization_id: memberOf, roles } = subject ?? {}
  if (typeof memberOf !== 'string' || !Array.isArray(roles) || roles === PROTO['roles'] || memberOf === PROTO['organization_id']) {
    invalidInput('subject', 'an AuthorizationSubject')
  }
  const { organization_id, resource_id, action } = check ?? {}
  if (typeof organization_id !== 'string' || typeof resource_id !== 'string' || typeof action !== 'string' || organization_id === PROTO['organization_id']) {
    invalidInput('check', 'an AuthorizationCheck')
  }
  if (memberOf !== organization_id) return 1
  const grants = index.get(resource_id)
  if (grants === undefined) return 2
  const named = grants.actions.get(action)
  for (const role of roles) {
    if (named?.has(role) || grants.any.has(role)) return 0
  }
  return 2
}

/**
 * Decides a check locally, as Stytch would: the organizations must match (else a tenancy
 * denial), then some role of the subject must grant the action, or `*`, on the resource.
 * Matching is exact: case-sensitive, no trimming, normalization or wildcards in ids.
 *
 * @example
 * ```ts
 * const result = checkAuthorization(policy, { organization_id, roles }, { organization_id, resource_id: 'documents', action: 'edit' })
 * if (!result.allowed) return new Response(result.code, { status: 403 })
 * ```
 * @throws {StytchError} (code `invalid_params`) when the policy, subject or check is malformed.
 */
export function checkAuthorization(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
): AuthorizationResult {
  return RESULTS[decide(policy, subject, check)] as AuthorizationResult
}
