import { StytchAuthorizationError } from '../core/errors.js'
import { checkAuthorization } from './checkAuthorization.js'
import type { AuthorizationCheck, AuthorizationSubject, CompiledPolicy, RbacPolicy } from './types.js'

/**
 * Returns when the subject may perform the check's action and throws otherwise, by the rules of
 * {@link checkAuthorization}.
 *
 * @throws {StytchAuthorizationError} (status 403) with code `session_authorization_tenancy_error`
 *   or `session_authorization_error` when denied.
 * @throws {StytchError} (code `invalid_params`) when the policy, subject or check is malformed.
 */
export function authorize(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
): void {
  const result = checkAuthorization(policy, subject, check)
  if (!result.allowed) throw new StytchAuthorizationError(result.code)
}
