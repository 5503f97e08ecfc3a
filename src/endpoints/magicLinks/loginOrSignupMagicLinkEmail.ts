// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/magic_links/email/login_or_signup
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link loginOrSignupMagicLinkEmail}; a key it does not name fails before sending. */
export interface LoginOrSignupMagicLinkEmailParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  email_address: string
  /** An absolute URL. */
  login_redirect_url?: string | undefined
  /** An absolute URL. */
  signup_redirect_url?: string | undefined
  pkce_code_challenge?: string | undefined
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
  path: ['/v1/b2b/magic_links/email/login_or_signup'],
  params: { organization_id: 'S', email_address: 'S', login_redirect_url: 's', signup_redirect_url: 's', pkce_code_challenge: 's', login_template_id: 's', signup_template_id: 's', locale: 's', login_expiration_minutes: 'i', signup_expiration_minutes: 'i' },
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
