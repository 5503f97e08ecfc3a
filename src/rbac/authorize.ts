import { StytchAuthorizationError } from '../core/errors.js'
import { checkAuthorization } from './checkAuthorization.js'
import type { AuthorizationCheck, AuthorizationSubject, CompiledPolicy, RbacOrgPolicy, RbacPolicy } from './types.js'

/**
 * Returns when the subject may perform the check's action and throws otherwise, by the rules of
 * {@link checkAuthorization}.
 *
 * @throws {StytchAuthorizationError} (status 403) with code `session_authorization_tenancy_error`
 *   or `session_authorization_error` when denied.
 * @throws {StytchError} (code `invalid_params`) naming the field when a policy, the subject or the check is malformed.
 */
export function authorize(
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
  orgPolicy?: RbacOrgPolicy | CompiledPolicy,
): void {
  const result = checkAuthorization(policy, subject, check, orgPolicy)
  if (!result.allowed) throw new StytchAuthorizationError(result.code)
}
