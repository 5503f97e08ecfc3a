// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/google
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link getMemberOauthProviderGoogle}; a key it does not name fails before sending. */
export interface GetMemberOauthProviderGoogleParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  include_refresh_token?: boolean | undefined
}

/** Response of {@link getMemberOauthProviderGoogle}. */
export interface GetMemberOauthProviderGoogleResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  provider_type: string
  provider_subject: string
  id_token: string
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  /** HTTP status code of the answer. */
  status_code: number
  access_token?: string
  access_token_expires_in?: number
  refresh_token?: string
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id', '/oauth_providers/google'],
  params: { organization_id: 'S', member_id: 'S', include_refresh_token: 'b' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', provider_type: 's', provider_subject: 's', id_token: 's', scopes: 'a', status_code: 'n' },
}

/**
 * Returns the Google OAuth tokens Stytch holds for a member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-google-access-token
 */
export function getMemberOauthProviderGoogle(
  ctx: Context,
  params: GetMemberOauthProviderGoogleParams,
  options?: CallOptions,
): Promise<GetMemberOauthProviderGoogleResponse> {
  return call(ctx, endpoint, params, options)
}
