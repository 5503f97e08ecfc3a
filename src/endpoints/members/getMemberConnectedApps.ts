// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { MemberConnectedApp } from '../models.js'

/** Params of {@link getMemberConnectedApps}; a key it does not name fails before sending. */
export interface GetMemberConnectedAppsParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
}

/** Response of {@link getMemberConnectedApps}. */
export interface GetMemberConnectedAppsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_apps: MemberConnectedApp[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id', '/connected_apps'],
  params: { organization_id: 'S', member_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', connected_apps: 'a', status_code: 'n' },
}

/**
 * Lists the Connected Apps a member has authorized.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/connected-app-member-get-all
 */
export function getMemberConnectedApps(
  ctx: Context,
  params: GetMemberConnectedAppsParams,
  options?: AuthorizedCallOptions,
): Promise<GetMemberConnectedAppsResponse> {
  return call(ctx, endpoint, params, options)
}
