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

const ownString = (value: object | undefined, key: string): boolean =>
  typeof (value as Record<string, unknown> | undefined)?.[key] === 'string' && Object.hasOwn(value as object, key)

/** @internal 0 allowed, 1 tenancy denial, 2 permission denial. */
export function decide(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
): 0 | 1 | 2 {
  const index = compilePolicy(policy)[COMPILED]
  // Own properties only: roles or ids inherited from a polluted Object.prototype must grant nothing.
  if (!ownString(subject, 'organization_id') || !Array.isArray(subject.roles) || !Object.hasOwn(subject, 'roles')) {
    invalidInput('subject', 'an AuthorizationSubject')
  }
  if (!ownString(check, 'organization_id') || !ownString(check, 'resource_id') || !ownString(check, 'action')) {
    invalidInput('check', 'an AuthorizationCheck')
  }
  const { organization_id, resource_id, action } = check
  if (subject.organization_id !== organization_id) return 1
  const grants = index.get(resource_id)
  if (grants === undefined) return 2
  const named = grants.actions.get(action)
  for (const role of subject.roles) {
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
