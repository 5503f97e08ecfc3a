// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/magic_links/email/login_or_signup
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Schema of {@link LoginOrSignupMagicLinkEmailParams}: strict, so a misspelt key fails before sending. */
export const LoginOrSignupMagicLinkEmailParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  /** An absolute URL. */
  login_redirect_url: v.optional(v.string()),
  /** An absolute URL. */
  signup_redirect_url: v.optional(v.string()),
  pkce_code_challenge: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  signup_template_id: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** How long the link or code stays valid, in minutes. */
  login_expiration_minutes: v.optional(int()),
  /** How long the link or code stays valid, in minutes. */
  signup_expiration_minutes: v.optional(int()),
})

/** Params of {@link loginOrSignupMagicLinkEmail}. */
export type LoginOrSignupMagicLinkEmailParams = v.InferInput<typeof LoginOrSignupMagicLinkEmailParamsSchema>

/** Response of {@link loginOrSignupMagicLinkEmail}. */
export interface LoginOrSignupMagicLinkEmailResponse {
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
  path: '/v1/b2b/magic_links/email/login_or_signup',
  params: LoginOrSignupMagicLinkEmailParamsSchema,
  response: { request_id: 's', member_id: 's', member_created: 'b', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Emails a magic link that logs the member in, or signs them up when the organization allows it.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/send-login-signup-email
 */
export function loginOrSignupMagicLinkEmail(
  ctx: Context,
  params: LoginOrSignupMagicLinkEmailParams,
  options?: CallOptions,
): Promise<LoginOrSignupMagicLinkEmailResponse> {
  return call(ctx, endpoint, params, options)
}
