// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/email/reset/start
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member } from '../models.js'

/** Params of {@link resetPasswordEmailStart}; a key it does not name fails before sending. */
export interface ResetPasswordEmailStartParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  email_address: string
  /** An absolute URL. */
  reset_password_redirect_url?: string | undefined
  /** How long the link or code stays valid, in minutes. */
  reset_password_expiration_minutes?: number | undefined
  code_challenge?: string | undefined
  /** An absolute URL. */
  login_redirect_url?: string | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | (string & {}) | undefined
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  reset_password_template_id?: string | undefined
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  verify_email_template_id?: string | undefined
}

/** Response of {@link resetPasswordEmailStart}. */
export interface ResetPasswordEmailStartResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member_email_id: string
  member: Member
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/passwords/email/reset/start'],
  params: { organization_id: 'S', email_address: 'S', reset_password_redirect_url: 's', reset_password_expiration_minutes: 'i', code_challenge: 's', login_redirect_url: 's', locale: 's', reset_password_template_id: 's', verify_email_template_id: 's' },
  response: { request_id: 's', member_id: 's', member_email_id: 's', member: 'o', status_code: 'n' },
}

/**
 * Emails a password reset link to a member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/email-reset-start
 */
export function resetPasswordEmailStart(
  ctx: Context,
  params: ResetPasswordEmailStartParams,
  options?: CallOptions,
): Promise<ResetPasswordEmailStartResponse> {
  return call(ctx, endpoint, params, options)
}
