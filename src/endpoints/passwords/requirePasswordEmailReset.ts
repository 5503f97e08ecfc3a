// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/email/require_reset
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Schema of {@link RequirePasswordEmailResetParams}: strict, so a misspelt key fails before sending. */
export const RequirePasswordEmailResetParamsSchema = strict({
  email_address: v.string(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.optional(v.string()),
  /** Id of the member (`member-…`). */
  member_id: v.optional(v.string()),
})

/** Params of {@link requirePasswordEmailReset}. */
export type RequirePasswordEmailResetParams = v.InferInput<typeof RequirePasswordEmailResetParamsSchema>

/** Response of {@link requirePasswordEmailReset}. */
export interface RequirePasswordEmailResetResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  /** Id of the member (`member-…`). */
  member_id?: string
  member?: Member
  organization?: Organization
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/passwords/email/require_reset',
  params: RequirePasswordEmailResetParamsSchema,
  auth: true,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Forces a member to reset their password before the next password login.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/passwords-require-reset-by-email
 */
export function requirePasswordEmailReset(
  ctx: Context,
  params: RequirePasswordEmailResetParams,
  options?: AuthorizedCallOptions,
): Promise<RequirePasswordEmailResetResponse> {
  return call(ctx, endpoint, params, options)
}
