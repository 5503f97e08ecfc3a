// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/totp/migrate
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link migrateTotp}; a key it does not name fails before sending. */
export interface MigrateTotpParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  secret: string
  recovery_codes: string[]
}

/** Response of {@link migrateTotp}. */
export interface MigrateTotpResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member: Member
  organization: Organization
  totp_registration_id: string
  recovery_codes: string[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/totp/migrate'],
  params: { organization_id: 'S', member_id: 'S', secret: 'S', recovery_codes: ['a', 's', 1] },
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', totp_registration_id: 's', recovery_codes: 'a', status_code: 'n' },
}

/**
 * Imports an existing TOTP secret and recovery codes for a member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/totp-migrate
 */
export function migrateTotp(
  ctx: Context,
  params: MigrateTotpParams,
  options?: CallOptions,
): Promise<MigrateTotpResponse> {
  return call(ctx, endpoint, params, options)
}
