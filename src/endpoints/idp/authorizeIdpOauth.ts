// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/idp/oauth/authorize
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Schema of {@link AuthorizeIdpOauthParams}: strict, so a misspelt key fails before sending. */
export const AuthorizeIdpOauthParamsSchema = strict({
  consent_granted: v.boolean(),
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: v.array(v.string()),
  client_id: v.string(),
  /** Where the user agent is sent back, one of the redirect URLs configured for the client. */
  redirect_uri: v.string(),
  response_type: v.string(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.optional(v.string()),
  /** Id of the member (`member-…`). */
  member_id: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  prompt: v.optional(v.string()),
  state: v.optional(v.string()),
  nonce: v.optional(v.string()),
  code_challenge: v.optional(v.string()),
  resources: v.optional(v.array(v.string())),
})

/** Params of {@link authorizeIdpOauth}. */
export type AuthorizeIdpOauthParams = v.InferInput<typeof AuthorizeIdpOauthParamsSchema>

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
  path: '/v1/b2b/idp/oauth/authorize',
  params: AuthorizeIdpOauthParamsSchema,
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
