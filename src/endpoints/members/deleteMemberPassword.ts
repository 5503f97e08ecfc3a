// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: DELETE /v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link deleteMemberPassword}; a key it does not name fails before sending. */
export interface DeleteMemberPasswordParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  member_password_id: string
}

/** Response of {@link deleteMemberPassword}. */
export interface DeleteMemberPasswordResponse {
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
  method: 'DELETE',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/passwords/', 'member_password_id'],
  params: { organization_id: 'S', member_password_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Removes a member’s password.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/delete-member-password
 */
export function deleteMemberPassword(
  ctx: Context,
  params: DeleteMemberPasswordParams,
  options?: AuthorizedCallOptions,
): Promise<DeleteMemberPasswordResponse> {
  return call(ctx, endpoint, params, options)
}
