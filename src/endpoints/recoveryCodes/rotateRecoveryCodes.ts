// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/recovery_codes/rotate
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link rotateRecoveryCodes}; a key it does not name fails before sending. */
export interface RotateRecoveryCodesParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
}

/** Response of {@link rotateRecoveryCodes}. */
export interface RotateRecoveryCodesResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member: Member
  organization: Organization
  recovery_codes: string[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/recovery_codes/rotate'],
  params: { organization_id: 'S', member_id: 'S' },
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', recovery_codes: 'a', status_code: 'n' },
}

/**
 * Replaces a member’s recovery codes with new ones.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/recovery-codes-rotate
 */
export function rotateRecoveryCodes(
  ctx: Context,
  params: RotateRecoveryCodesParams,
  options?: CallOptions,
): Promise<RotateRecoveryCodesResponse> {
  return call(ctx, endpoint, params, options)
}
