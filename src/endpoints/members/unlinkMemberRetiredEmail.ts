// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations/{organization_id}/members/{member_id}/unlink_retired_email
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link unlinkMemberRetiredEmail}; a key it does not name fails before sending. */
export interface UnlinkMemberRetiredEmailParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  email_id?: string | undefined
  email_address?: string | undefined
}

/** Response of {@link unlinkMemberRetiredEmail}. */
export interface UnlinkMemberRetiredEmailResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  /** Id of the organization (`organization-…`). */
  organization_id: string
  member: Member
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id', '/unlink_retired_email'],
  params: { organization_id: 'S', member_id: 'S', email_id: 's', email_address: 's' },
  auth: memberSession,
  response: { request_id: 's', member_id: 's', organization_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Detaches a retired email address from a member so that it can be used again.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/unlink-retired-member-email
 */
export function unlinkMemberRetiredEmail(
  ctx: Context,
  params: UnlinkMemberRetiredEmailParams,
  options?: AuthorizedCallOptions,
): Promise<UnlinkMemberRetiredEmailResponse> {
  return call(ctx, endpoint, params, options)
}
