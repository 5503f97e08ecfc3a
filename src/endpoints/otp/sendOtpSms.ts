// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/otps/sms/send
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link sendOtpSms}; a key it does not name fails before sending. */
export interface SendOtpSmsParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number?: string | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs' | (string & {}) | undefined
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token?: string | undefined
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
}

/** Response of {@link sendOtpSms}. */
export interface SendOtpSmsResponse {
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
  method: 'POST',
  path: ['/v1/b2b/otps/sms/send'],
  params: { organization_id: 'S', member_id: 'S', mfa_phone_number: 's', locale: 's', intermediate_session_token: 's', session_token: 's', session_jwt: 's' },
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Texts a one-time passcode to the member’s MFA phone number.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/otp-sms-send
 */
export function sendOtpSms(
  ctx: Context,
  params: SendOtpSmsParams,
  options?: CallOptions,
): Promise<SendOtpSmsResponse> {
  return call(ctx, endpoint, params, options)
}
