// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/email/reset/start
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member } from '../models.js'

/** Schema of {@link ResetPasswordEmailStartParams}: strict, so a misspelt key fails before sending. */
export const ResetPasswordEmailStartParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  /** An absolute URL. */
  reset_password_redirect_url: v.optional(v.string()),
  /** How long the link or code stays valid, in minutes. */
  reset_password_expiration_minutes: v.optional(int()),
  code_challenge: v.optional(v.string()),
  /** An absolute URL. */
  login_redirect_url: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  reset_password_template_id: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  verify_email_template_id: v.optional(v.string()),
})

/** Params of {@link resetPasswordEmailStart}. */
export type ResetPasswordEmailStartParams = v.InferInput<typeof ResetPasswordEmailStartParamsSchema>

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
  path: '/v1/b2b/passwords/email/reset/start',
  params: ResetPasswordEmailStartParamsSchema,
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
