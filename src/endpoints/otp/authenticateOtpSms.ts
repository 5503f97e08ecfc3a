// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/otps/sms/authenticate
import { sessionClaims, type ClaimsOf, type ClaimsSchema } from '../../core/claims.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, ClaimsCallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, Organization } from '../models.js'

/** Params of {@link authenticateOtpSms}; a key it does not name fails before sending. */
export interface AuthenticateOtpSmsParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  code: string
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
  set_mfa_enrollment?: string | undefined
  set_default_mfa?: boolean | undefined
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id?: string | undefined
}

/** Response of {@link authenticateOtpSms}. */
export interface AuthenticateOtpSmsResponse<Claims = Record<string, unknown>> {
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
  /** HTTP status code of the answer. */
  status_code: number
  member_session?: Omit<MemberSession, 'custom_claims'> & { custom_claims: Claims }
  member_device?: DeviceInfo
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/otps/sms/authenticate'],
  params: { organization_id: 'S', member_id: 'S', code: 'S', intermediate_session_token: 's', session_token: 's', session_jwt: 's', session_duration_minutes: 'i', session_custom_claims: 'r', set_mfa_enrollment: 's', set_default_mfa: 'b', telemetry_id: 's' },
  claims: sessionClaims,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', session_token: 's', session_jwt: 's', status_code: 'n' },
}

/**
 * Checks an SMS one-time passcode, completing MFA or refreshing a session.
 *
 * Pass `options.claims` (a valibot schema) to validate and type `member_session.custom_claims`.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/authenticate-otp-sms
 */
export function authenticateOtpSms<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  params: AuthenticateOtpSmsParams,
  options?: ClaimsCallOptions<S>,
): Promise<AuthenticateOtpSmsResponse<ClaimsOf<S>>> {
  return call(ctx, endpoint, params, options)
}
