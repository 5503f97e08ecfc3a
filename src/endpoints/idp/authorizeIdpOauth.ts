// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/idp/oauth/authorize
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link authorizeIdpOauth}; a key it does not name fails before sending. */
export interface AuthorizeIdpOauthParams {
  consent_granted: boolean
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  client_id: string
  /** Where the user agent is sent back, one of the redirect URLs configured for the client. */
  redirect_uri: string
  response_type: string
  /** Id of the organization (`organization-…`). */
  organization_id?: string | undefined
  /** Id of the member (`member-…`). */
  member_id?: string | undefined
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  prompt?: string | undefined
  state?: string | undefined
  nonce?: string | undefined
  code_challenge?: string | undefined
  resources?: string[] | undefined
}

/** Response of {@link authorizeIdpOauth}. */
export interface AuthorizeIdpOauthResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Where the user agent is sent back, one of the redirect URLs configured for the client. */
  redirect_uri: string
  /** HTTP status code of the answer. */
  status_code: number
  authorization_code?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/idp/oauth/authorize'],
  params: { consent_granted: 'B', scopes: ['a', 's', 1], client_id: 'S', redirect_uri: 'S', response_type: 'S', organization_id: 's', member_id: 's', session_token: 's', session_jwt: 's', prompt: 's', state: 's', nonce: 's', code_challenge: 's', resources: ['a', 's'] },
  response: { request_id: 's', redirect_uri: 's', status_code: 'n' },
}

/**
 * Records whether the member consents to a Connected App and returns the redirect URL that carries
 * the authorization code or an OAuth error.
 *
 * Hint: Identify the member by session token or JWT rather than by ids if the app will later trade
 * its access token for a session.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/connected-apps-oauth-authorize
 */
export function authorizeIdpOauth(
  ctx: Context,
  params: AuthorizeIdpOauthParams,
  options?: CallOptions,
): Promise<AuthorizeIdpOauthResponse> {
  return call(ctx, endpoint, params, options)
}
