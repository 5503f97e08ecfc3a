// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/github
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { GithubProviderInfo } from '../models.js'

/** Params of {@link getMemberOauthProviderGithub}; a key it does not name fails before sending. */
export interface GetMemberOauthProviderGithubParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  include_refresh_token?: boolean | undefined
}

/** Response of {@link getMemberOauthProviderGithub}. */
export interface GetMemberOauthProviderGithubResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  provider_type: string
  registrations: GithubProviderInfo[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id', '/oauth_providers/github'],
  params: { organization_id: 'S', member_id: 'S', include_refresh_token: 'b' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', provider_type: 's', registrations: 'a', status_code: 'n' },
}

/**
 * Returns the GitHub OAuth tokens Stytch holds for a member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-github-access-token
 */
export function getMemberOauthProviderGithub(
  ctx: Context,
  params: GetMemberOauthProviderGithubParams,
  options?: CallOptions,
): Promise<GetMemberOauthProviderGithubResponse> {
  return call(ctx, endpoint, params, options)
}
