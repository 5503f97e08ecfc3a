// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps/{connected_app_id}/revoke
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'

/** Params of {@link revokeMemberConnectedApp}; a key it does not name fails before sending. */
export interface RevokeMemberConnectedAppParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  connected_app_id: string
}

/** Response of {@link revokeMemberConnectedApp}. */
export interface RevokeMemberConnectedAppResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id', '/connected_apps/', 'connected_app_id', '/revoke'],
  params: { organization_id: 'S', member_id: 'S', connected_app_id: 'S' },
  auth: memberSession,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Withdraws a member’s authorization of a Connected App and invalidates the tokens issued under it.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/connected-app-member-revoke
 */
export function revokeMemberConnectedApp(
  ctx: Context,
  params: RevokeMemberConnectedAppParams,
  options?: AuthorizedCallOptions,
): Promise<RevokeMemberConnectedAppResponse> {
  return call(ctx, endpoint, params, options)
}
