// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/session/reset
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization } from '../models.js'

/** Params of {@link resetPasswordSession}; a key it does not name fails before sending. */
export interface ResetPasswordSessionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** The password in clear text; it is never logged or echoed by this library. */
  password: string
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | (string & {}) | undefined
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id?: string | undefined
}

/** Response of {@link resetPasswordSession}. */
export interface ResetPasswordSessionResponse {
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
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  /** Whether a full member session was issued; false means MFA is still required. */
  member_authenticated: boolean
  /** HTTP status code of the answer. */
  status_code: number
  member_session?: MemberSession
  mfa_required?: MfaRequired
  member_device?: DeviceInfo
  /** When the intermediate session token stops working (RFC 3339). */
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/passwords/session/reset'],
  params: { organization_id: 'S', password: 'S', session_token: 's', session_jwt: 's', session_duration_minutes: 'i', session_custom_claims: 'r', locale: 's', telemetry_id: 's' },
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', session_token: 's', session_jwt: 's', intermediate_session_token: 's', member_authenticated: 'b', status_code: 'n' },
}

/**
 * Sets a new password for the member of a valid session.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/session-reset
 */
export function resetPasswordSession(
  ctx: Context,
  params: ResetPasswordSessionParams,
  options?: CallOptions,
): Promise<ResetPasswordSessionResponse> {
  return call(ctx, endpoint, params, options)
}
