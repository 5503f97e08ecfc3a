// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link reactivateMember}; a key it does not name fails before sending. */
export interface ReactivateMemberParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
}

/** Response of {@link reactivateMember}. */
export interface ReactivateMemberResponse {
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
  method: 'PUT',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id', '/reactivate'],
  params: { organization_id: 'S', member_id: 'S' },
  auth: memberSession,
  retry: retrying,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Reactivates a deleted member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/reactivate-member
 */
export function reactivateMember(
  ctx: Context,
  params: ReactivateMemberParams,
  options?: AuthorizedCallOptions,
): Promise<ReactivateMemberResponse> {
  return call(ctx, endpoint, params, options)
}
