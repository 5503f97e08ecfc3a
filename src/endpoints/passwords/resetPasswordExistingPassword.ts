// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/existing_password/reset
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization, PrimaryRequired } from '../models.js'

/** Params of {@link resetPasswordExistingPassword}; a key it does not name fails before sending. */
export interface ResetPasswordExistingPasswordParams {
  email_address: string
  existing_password: string
  new_password: string
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | (string & {}) | undefined
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id?: string | undefined
}

/** Response of {@link resetPasswordExistingPassword}. */
export interface ResetPasswordExistingPasswordResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member: Member
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: string
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: string
  organization: Organization
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  /** Whether a full member session was issued; false means MFA is still required. */
  member_authenticated: boolean
  /** HTTP status code of the answer. */
  status_code: number
  member_session?: MemberSession
  mfa_required?: MfaRequired
  primary_required?: PrimaryRequired
  member_device?: DeviceInfo
  /** When the intermediate session token stops working (RFC 3339). */
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/passwords/existing_password/reset'],
  params: { email_address: 'S', existing_password: 'S', new_password: 'S', organization_id: 'S', session_token: 's', session_duration_minutes: 'i', session_jwt: 's', session_custom_claims: 'r', locale: 's', telemetry_id: 's' },
  response: { request_id: 's', member_id: 's', member: 'o', session_token: 's', session_jwt: 's', organization: 'o', intermediate_session_token: 's', member_authenticated: 'b', status_code: 'n' },
}

/**
 * Changes a password after checking the current one.
 *
 * Hint: When the organization requires MFA, no session is issued: `member_authenticated` is false
 * and the `intermediate_session_token` must be completed with an OTP, TOTP or recovery code.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/existing-reset
 */
export function resetPasswordExistingPassword(
  ctx: Context,
  params: ResetPasswordExistingPasswordParams,
  options?: CallOptions,
): Promise<ResetPasswordExistingPasswordResponse> {
  return call(ctx, endpoint, params, options)
}
