// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'

/** Params of {@link deleteMember}; a key it does not name fails before sending. */
export interface DeleteMemberParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
}

/** Response of {@link deleteMember}. */
export interface DeleteMemberResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'DELETE',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id'],
  params: { organization_id: 'S', member_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', member_id: 's', status_code: 'n' },
}

/**
 * Deletes a member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/delete-member
 */
export function deleteMember(
  ctx: Context,
  params: DeleteMemberParams,
  options?: AuthorizedCallOptions,
): Promise<DeleteMemberResponse> {
  return call(ctx, endpoint, params, options)
}
