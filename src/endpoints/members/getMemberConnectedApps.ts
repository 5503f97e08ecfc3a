// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { MemberConnectedApp } from '../models.js'

/** Schema of {@link GetMemberConnectedAppsParams}: strict, so a misspelt key fails before sending. */
export const GetMemberConnectedAppsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of {@link getMemberConnectedApps}. */
export type GetMemberConnectedAppsParams = v.InferInput<typeof GetMemberConnectedAppsParamsSchema>

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
  path: '/v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps',
  params: GetMemberConnectedAppsParamsSchema,
  auth: true,
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
