// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/otps/sms/send
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Schema of {@link SendOtpSmsParams}: strict, so a misspelt key fails before sending. */
export const SendOtpSmsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs'>()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
})

/** Params of {@link sendOtpSms}. */
export type SendOtpSmsParams = v.InferInput<typeof SendOtpSmsParamsSchema>

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
  path: '/v1/b2b/otps/sms/send',
  params: SendOtpSmsParamsSchema,
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
