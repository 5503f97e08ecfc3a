// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/slack
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { SlackProviderInfo } from '../models.js'

/** Params of {@link getMemberOauthProviderSlack}; a key it does not name fails before sending. */
export interface GetMemberOauthProviderSlackParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
}

/** Response of {@link getMemberOauthProviderSlack}. */
export interface GetMemberOauthProviderSlackResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  provider_type: string
  registrations: SlackProviderInfo[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id', '/oauth_providers/slack'],
  params: { organization_id: 'S', member_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', provider_type: 's', registrations: 'a', status_code: 'n' },
}

/**
 * Returns the Slack OAuth tokens Stytch holds for a member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-slack-access-token
 */
export function getMemberOauthProviderSlack(
  ctx: Context,
  params: GetMemberOauthProviderSlackParams,
  options?: CallOptions,
): Promise<GetMemberOauthProviderSlackResponse> {
  return call(ctx, endpoint, params, options)
}
