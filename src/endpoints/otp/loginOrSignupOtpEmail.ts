// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/otps/email/login_or_signup
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link loginOrSignupOtpEmail}; a key it does not name fails before sending. */
export interface LoginOrSignupOtpEmailParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  email_address: string
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id?: string | undefined
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  signup_template_id?: string | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | (string & {}) | undefined
  /** How long the link or code stays valid, in minutes. */
  login_expiration_minutes?: number | undefined
  /** How long the link or code stays valid, in minutes. */
  signup_expiration_minutes?: number | undefined
}

/** Response of {@link loginOrSignupOtpEmail}. */
export interface LoginOrSignupOtpEmailResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member_created: boolean
  member: Member
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/otps/email/login_or_signup'],
  params: { organization_id: 'S', email_address: 'S', login_template_id: 's', signup_template_id: 's', locale: 's', login_expiration_minutes: 'i', signup_expiration_minutes: 'i' },
  response: { request_id: 's', member_id: 's', member_created: 'b', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Emails a one-time passcode that logs the member in, or signs them up when the organization allows
 * it.
 *
 * Hint: Each new code cancels any earlier code still pending for the same address.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/send-login-signup-email-otp
 */
export function loginOrSignupOtpEmail(
  ctx: Context,
  params: LoginOrSignupOtpEmailParams,
  options?: CallOptions,
): Promise<LoginOrSignupOtpEmailResponse> {
  return call(ctx, endpoint, params, options)
}
