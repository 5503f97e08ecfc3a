import { decide } from './checkAuthorization.js'
import type { AuthorizationCheck, AuthorizationSubject, CompiledPolicy, RbacPolicy } from './types.js'

/**
 * Tells whether the subject may perform the check's action, by the rules of `checkAuthorization`.
 *
 * @throws {StytchError} (code `invalid_params`) when the policy, subject or check is malformed.
 */
export function isAuthorized(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
): boolean {
  return decide(policy, subject, check) === 0
}
