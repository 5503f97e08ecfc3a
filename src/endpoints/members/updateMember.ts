// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/organizations/{organization_id}/members/{member_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Schema of {@link UpdateMemberParams}: strict, so a misspelt key fails before sending. */
export const UpdateMemberParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  name: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  is_breakglass: v.optional(v.boolean()),
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: v.optional(v.string()),
  mfa_enrolled: v.optional(v.boolean()),
  roles: v.optional(v.array(v.string())),
  preserve_existing_sessions: v.optional(v.boolean()),
  default_mfa_method: v.optional(v.string()),
  email_address: v.optional(v.string()),
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: v.optional(v.string()),
  unlink_email: v.optional(v.boolean()),
})

/** Params of {@link updateMember}. */
export type UpdateMemberParams = v.InferInput<typeof UpdateMemberParamsSchema>

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
  path: '/v1/b2b/organizations/{organization_id}/members/{member_id}',
  params: UpdateMemberParamsSchema,
  auth: true,
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
