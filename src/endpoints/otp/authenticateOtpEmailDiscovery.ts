// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/otps/email/discovery/authenticate
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DiscoveredOrganization } from '../models.js'

/** Params of {@link authenticateOtpEmailDiscovery}; a key it does not name fails before sending. */
export interface AuthenticateOtpEmailDiscoveryParams {
  email_address: string
  code: string
}

/** Response of {@link authenticateOtpEmailDiscovery}. */
export interface AuthenticateOtpEmailDiscoveryResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  email_address: string
  discovered_organizations: DiscoveredOrganization[]
  /** HTTP status code of the answer. */
  status_code: number
  /** When the intermediate session token stops working (RFC 3339). */
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/otps/email/discovery/authenticate'],
  params: { email_address: 'S', code: 'S' },
  response: { request_id: 's', intermediate_session_token: 's', email_address: 's', discovered_organizations: 'a', status_code: 'n' },
}

/**
 * Checks a discovery email passcode.
 *
 * Hint: Returns an intermediate session token and the organizations the email may join; exchange
 * the token for a member session in one of them.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/authenticate-discovery-email-otp
 */
export function authenticateOtpEmailDiscovery(
  ctx: Context,
  params: AuthenticateOtpEmailDiscoveryParams,
  options?: CallOptions,
): Promise<AuthenticateOtpEmailDiscoveryResponse> {
  return call(ctx, endpoint, params, options)
}
