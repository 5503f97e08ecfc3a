// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/members/dangerously_get/{member_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link dangerouslyGetMember}; a key it does not name fails before sending. */
export interface DangerouslyGetMemberParams {
  /** Id of the member (`member-…`). */
  member_id: string
  include_deleted?: boolean | undefined
}

/** Response of {@link dangerouslyGetMember}. */
export interface DangerouslyGetMemberResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member: Member
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/members/dangerously_get/', 'member_id'],
  params: { member_id: 'S', include_deleted: 'b' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Fetches a member by id alone, without the organization id.
 *
 * Hint: It bypasses the organization scoping of `getMember`: keep it to trusted back-office code.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api-reference/b2b/api/members/get-member-dangerous
 */
export function dangerouslyGetMember(
  ctx: Context,
  params: DangerouslyGetMemberParams,
  options?: CallOptions,
): Promise<DangerouslyGetMemberResponse> {
  return call(ctx, endpoint, params, options)
}
