// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps/{connected_app_id}/revoke
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'

/** Schema of {@link RevokeMemberConnectedAppParams}: strict, so a misspelt key fails before sending. */
export const RevokeMemberConnectedAppParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  connected_app_id: v.string(),
})

/** Params of {@link revokeMemberConnectedApp}. */
export type RevokeMemberConnectedAppParams = v.InferInput<typeof RevokeMemberConnectedAppParamsSchema>

/** Response of {@link revokeMemberConnectedApp}. */
export interface RevokeMemberConnectedAppResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps/{connected_app_id}/revoke',
  params: RevokeMemberConnectedAppParamsSchema,
  auth: true,
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
