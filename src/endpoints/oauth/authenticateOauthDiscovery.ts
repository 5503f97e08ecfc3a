// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/oauth/discovery/authenticate
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DiscoveredOrganization } from '../models.js'

/** Params of {@link authenticateOauthDiscovery}; a key it does not name fails before sending. */
export interface AuthenticateOauthDiscoveryParams {
  discovery_oauth_token: string
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  /** The PKCE verifier whose SHA-256 challenge started this flow; required when one did. */
  pkce_code_verifier?: string | undefined
}

/** Response of {@link authenticateOauthDiscovery}. */
export interface AuthenticateOauthDiscoveryResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  email_address: string
  discovered_organizations: DiscoveredOrganization[]
  provider_type: string
  provider_tenant_id: string
  provider_tenant_ids: string[]
  full_name: string
  /** HTTP status code of the answer. */
  status_code: number
  /** When the intermediate session token stops working (RFC 3339). */
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/oauth/discovery/authenticate'],
  params: { discovery_oauth_token: 'S', session_token: 's', session_duration_minutes: 'i', session_jwt: 's', session_custom_claims: 'r', pkce_code_verifier: 's' },
  response: { request_id: 's', intermediate_session_token: 's', email_address: 's', discovered_organizations: 'a', provider_type: 's', provider_tenant_id: 's', provider_tenant_ids: 'a', full_name: 's', status_code: 'n' },
}

/**
 * Authenticates a discovery OAuth token.
 *
 * Hint: Returns an intermediate session token and the organizations the email may join; exchange
 * the token for a member session in one of them.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/authenticate-discovery-oauth
 */
export function authenticateOauthDiscovery(
  ctx: Context,
  params: AuthenticateOauthDiscoveryParams,
  options?: CallOptions,
): Promise<AuthenticateOauthDiscoveryResponse> {
  return call(ctx, endpoint, params, options)
}
