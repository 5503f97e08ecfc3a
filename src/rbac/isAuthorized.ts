import { decide } from './decide.js'
import type { AuthorizationCheck, AuthorizationSubject, CompiledPolicy, RbacOrgPolicy, RbacPolicy } from './types.js'

/**
 * Tells whether the subject may perform the check's action, by the rules of `checkAuthorization`.
 *
 * @throws {StytchError} (code `invalid_params`) naming the field when a policy, the subject or the check is malformed.
 */
export function isAuthorized(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
  orgPolicy?: RbacOrgPolicy | CompiledPolicy,
): boolean {
  return decide(policy, subject, check, orgPolicy) === 0
}
