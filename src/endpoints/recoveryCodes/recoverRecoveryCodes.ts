// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/recovery_codes/recover
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, Organization } from '../models.js'

/** Params of {@link recoverRecoveryCodes}; a key it does not name fails before sending. */
export interface RecoverRecoveryCodesParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  recovery_code: string
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token?: string | undefined
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id?: string | undefined
}

/** Response of {@link recoverRecoveryCodes}. */
export interface RecoverRecoveryCodesResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member: Member
  organization: Organization
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: string
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: string
  recovery_codes_remaining: number
  /** HTTP status code of the answer. */
  status_code: number
  member_session?: MemberSession
  member_device?: DeviceInfo
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/recovery_codes/recover'],
  params: { organization_id: 'S', member_id: 'S', recovery_code: 'S', intermediate_session_token: 's', session_token: 's', session_jwt: 's', session_duration_minutes: 'i', session_custom_claims: 'r', telemetry_id: 's' },
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
