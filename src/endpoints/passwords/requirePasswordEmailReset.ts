// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/email/require_reset
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link requirePasswordEmailReset}; a key it does not name fails before sending. */
export interface RequirePasswordEmailResetParams {
  email_address: string
  /** Id of the organization (`organization-…`). */
  organization_id?: string | undefined
  /** Id of the member (`member-…`). */
  member_id?: string | undefined
}

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
  path: ['/v1/b2b/passwords/email/require_reset'],
  params: { email_address: 'S', organization_id: 's', member_id: 's' },
  auth: memberSession,
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
