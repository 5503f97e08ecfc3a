// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/organizations/{organization_id}/members/{member_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link updateMember}; a key it does not name fails before sending. */
export interface UpdateMemberParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  name?: string | undefined
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown> | undefined
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata?: Record<string, unknown> | undefined
  is_breakglass?: boolean | undefined
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number?: string | undefined
  mfa_enrolled?: boolean | undefined
  roles?: string[] | undefined
  preserve_existing_sessions?: boolean | undefined
  default_mfa_method?: string | undefined
  email_address?: string | undefined
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id?: string | undefined
  unlink_email?: boolean | undefined
}

/** Response of {@link updateMember}. */
export interface UpdateMemberResponse {
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
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id'],
  params: { organization_id: 'S', member_id: 'S', name: 's', trusted_metadata: 'r', untrusted_metadata: 'r', is_breakglass: 'b', mfa_phone_number: 's', mfa_enrolled: 'b', roles: ['a', 's'], preserve_existing_sessions: 'b', default_mfa_method: 's', email_address: 's', external_id: 's', unlink_email: 'b' },
  auth: memberSession,
  retry: retrying,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Updates a member’s profile, roles, MFA settings or metadata.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/update-member
 */
export function updateMember(
  ctx: Context,
  params: UpdateMemberParams,
  options?: AuthorizedCallOptions,
): Promise<UpdateMemberResponse> {
  return call(ctx, endpoint, params, options)
}
