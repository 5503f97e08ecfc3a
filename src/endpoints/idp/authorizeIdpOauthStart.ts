// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/idp/oauth/authorize/start
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedAppPublic, Member, Organization, ScopeResult } from '../models.js'

/** Params of {@link authorizeIdpOauthStart}; a key it does not name fails before sending. */
export interface AuthorizeIdpOauthStartParams {
  client_id: string
  /** Where the user agent is sent back, one of the redirect URLs configured for the client. */
  redirect_uri: string
  response_type: string
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  /** Id of the organization (`organization-…`). */
  organization_id?: string | undefined
  /** Id of the member (`member-…`). */
  member_id?: string | undefined
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  prompt?: string | undefined
}

/** Response of {@link authorizeIdpOauthStart}. */
export interface AuthorizeIdpOauthStartResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member: Member
  organization: Organization
  client: ConnectedAppPublic
  consent_required: boolean
  scope_results: ScopeResult[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/idp/oauth/authorize/start'],
  params: { client_id: 'S', redirect_uri: 'S', response_type: 'S', scopes: ['a', 's', 1], organization_id: 's', member_id: 's', session_token: 's', session_jwt: 's', prompt: 's' },
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', client: 'o', consent_required: 'b', scope_results: 'a', status_code: 'n' },
}

/**
 * Validates a Connected App’s authorization request and returns the client, the scopes the member
 * may grant and whether a consent screen is needed.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/connected-apps-oauth-authorize-start
 */
export function authorizeIdpOauthStart(
  ctx: Context,
  params: AuthorizeIdpOauthStartParams,
  options?: CallOptions,
): Promise<AuthorizeIdpOauthStartResponse> {
  return call(ctx, endpoint, params, options)
}
