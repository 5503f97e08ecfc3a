// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: DELETE /v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link deleteMemberMfaPhoneNumber}; a key it does not name fails before sending. */
export interface DeleteMemberMfaPhoneNumberParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
}

/** Response of {@link deleteMemberMfaPhoneNumber}. */
export interface DeleteMemberMfaPhoneNumberResponse {
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
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/mfa_phone_numbers/', 'member_id'],
  params: { organization_id: 'S', member_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Removes a member’s MFA phone number.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/delete-member-mfa-phone-number
 */
export function deleteMemberMfaPhoneNumber(
  ctx: Context,
  params: DeleteMemberMfaPhoneNumberParams,
  options?: AuthorizedCallOptions,
): Promise<DeleteMemberMfaPhoneNumberResponse> {
  return call(ctx, endpoint, params, options)
}
