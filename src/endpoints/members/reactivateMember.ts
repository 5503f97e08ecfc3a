// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Schema of {@link ReactivateMemberParams}: strict, so a misspelt key fails before sending. */
export const ReactivateMemberParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of {@link reactivateMember}. */
export type ReactivateMemberParams = v.InferInput<typeof ReactivateMemberParamsSchema>

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
  path: '/v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate',
  params: ReactivateMemberParamsSchema,
  auth: true,
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
