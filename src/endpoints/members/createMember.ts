// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations/{organization_id}/members
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link createMember}; a key it does not name fails before sending. */
export interface CreateMemberParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  email_address: string
  name?: string | undefined
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown> | undefined
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata?: Record<string, unknown> | undefined
  create_member_as_pending?: boolean | undefined
  is_breakglass?: boolean | undefined
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number?: string | undefined
  mfa_enrolled?: boolean | undefined
  roles?: string[] | undefined
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id?: string | undefined
}

/** Response of {@link createMember}. */
export interface CreateMemberResponse {
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
  method: 'POST',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members'],
  params: { organization_id: 'S', email_address: 'S', name: 's', trusted_metadata: 'r', untrusted_metadata: 'r', create_member_as_pending: 'b', is_breakglass: 'b', mfa_phone_number: 's', mfa_enrolled: 'b', roles: ['a', 's'], external_id: 's' },
  auth: memberSession,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Adds a member to an organization.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/create-member
 */
export function createMember(
  ctx: Context,
  params: CreateMemberParams,
  options?: AuthorizedCallOptions,
): Promise<CreateMemberResponse> {
  return call(ctx, endpoint, params, options)
}
