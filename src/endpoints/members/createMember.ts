// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations/{organization_id}/members
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Schema of {@link CreateMemberParams}: strict, so a misspelt key fails before sending. */
export const CreateMemberParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  name: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  create_member_as_pending: v.optional(v.boolean()),
  is_breakglass: v.optional(v.boolean()),
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: v.optional(v.string()),
  mfa_enrolled: v.optional(v.boolean()),
  roles: v.optional(v.array(v.string())),
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: v.optional(v.string()),
})

/** Params of {@link createMember}. */
export type CreateMemberParams = v.InferInput<typeof CreateMemberParamsSchema>

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
  path: '/v1/b2b/organizations/{organization_id}/members',
  params: CreateMemberParamsSchema,
  auth: true,
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
