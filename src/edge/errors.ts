import { StytchError } from '../core/errors.js'

/** Why a request carries no usable session credential. */
export type StytchRequestErrorCode = 'session_missing' | 'session_malformed' | 'session_invalid'

/**
 * Thrown by `authenticateRequest` when the request has no session credential (`session_missing`),
 * a malformed `Authorization` header or session cookie (`session_malformed`, `field` names which),
 * or Stytch refused the credential as `unauthorized_credentials` (`session_invalid`, the
 * `StytchApiError` as `cause`). Always 401 material; the message never holds the credential.
 */
export class StytchRequestError extends StytchError {
  override name = 'StytchRequestError'
  declare readonly code: StytchRequestErrorCode
  /** Always 401. */
  readonly status = 401

  constructor(
    code: StytchRequestErrorCode,
    /** Where the credential was looked for: `authorization`, a cookie name, or `session`. */
    readonly field: string,
    cause?: unknown,
  ) {
    super(code, code === 'session_missing' ? 'The request carries no session' : `The session in ${field} is ${code === 'session_invalid' ? 'invalid' : 'malformed'}`, cause)
  }
}
