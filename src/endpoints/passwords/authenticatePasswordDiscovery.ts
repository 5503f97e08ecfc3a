// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/discovery/authenticate
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DiscoveredOrganization } from '../models.js'

/** Params of {@link authenticatePasswordDiscovery}; a key it does not name fails before sending. */
export interface AuthenticatePasswordDiscoveryParams {
  email_address: string
  /** The password in clear text; it is never logged or echoed by this library. */
  password: string
}

/** Response of {@link authenticatePasswordDiscovery}. */
export interface AuthenticatePasswordDiscoveryResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  email_address: string
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  discovered_organizations: DiscoveredOrganization[]
  /** HTTP status code of the answer. */
  status_code: number
  /** When the intermediate session token stops working (RFC 3339). */
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/passwords/discovery/authenticate'],
  params: { email_address: 'S', password: 'S' },
  response: { request_id: 's', email_address: 's', intermediate_session_token: 's', discovered_organizations: 'a', status_code: 'n' },
}

/**
 * Authenticates an email and password without an organization.
 *
 * Hint: Returns an intermediate session token and the organizations the email may join; exchange
 * the token for a member session in one of them.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/passwords-discovery-authenticate
 */
export function authenticatePasswordDiscovery(
  ctx: Context,
  params: AuthenticatePasswordDiscoveryParams,
  options?: CallOptions,
): Promise<AuthenticatePasswordDiscoveryResponse> {
  return call(ctx, endpoint, params, options)
}
