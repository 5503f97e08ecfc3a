// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/recovery_codes/recover
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, Organization } from '../models.js'

/** Schema of {@link RecoverRecoveryCodesParams}: strict, so a misspelt key fails before sending. */
export const RecoverRecoveryCodesParamsSchema = v.strictObject({
  organization_id: v.string(),
  member_id: v.string(),
  recovery_code: v.string(),
  intermediate_session_token: v.optional(v.string()),
  session_token: v.optional(v.string()),
  session_jwt: v.optional(v.string()),
  session_duration_minutes: v.optional(int()),
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link recoverRecoveryCodes}. */
export type RecoverRecoveryCodesParams = v.InferInput<typeof RecoverRecoveryCodesParamsSchema>

/** Response of {@link recoverRecoveryCodes}. */
export interface RecoverRecoveryCodesResponse {
  request_id: string
  member_id: string
  member: Member
  organization: Organization
  session_token: string
  session_jwt: string
  recovery_codes_remaining: number
  status_code: number
  member_session?: MemberSession
  member_device?: DeviceInfo
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/recovery_codes/recover',
  params: RecoverRecoveryCodesParamsSchema,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', session_token: 's', session_jwt: 's', recovery_codes_remaining: 'n', status_code: 'n' },
}

/**
 * Completes MFA with a recovery code instead of a TOTP.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/recovery-codes-recover
 */
export function recoverRecoveryCodes(
  ctx: Context,
  params: RecoverRecoveryCodesParams,
  options?: CallOptions,
): Promise<RecoverRecoveryCodesResponse> {
  return call(ctx, endpoint, params, options)
}
