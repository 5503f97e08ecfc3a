// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/discovery/email/reset/start
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link resetPasswordDiscoveryEmailStart}; a key it does not name fails before sending. */
export interface ResetPasswordDiscoveryEmailStartParams {
  email_address: string
  /** An absolute URL. */
  reset_password_redirect_url?: string | undefined
  /** An absolute URL. */
  discovery_redirect_url?: string | undefined
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  reset_password_template_id?: string | undefined
  /** How long the link or code stays valid, in minutes. */
  reset_password_expiration_minutes?: number | undefined
  pkce_code_challenge?: string | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: string | undefined
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  verify_email_template_id?: string | undefined
}

/** Response of {@link resetPasswordDiscoveryEmailStart}. */
export interface ResetPasswordDiscoveryEmailStartResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/passwords/discovery/email/reset/start'],
  params: { email_address: 'S', reset_password_redirect_url: 's', discovery_redirect_url: 's', reset_password_template_id: 's', reset_password_expiration_minutes: 'i', pkce_code_challenge: 's', locale: 's', verify_email_template_id: 's' },
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Emails a password reset link that is not tied to one organization.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/discovery-email-reset-start
 */
export function resetPasswordDiscoveryEmailStart(
  ctx: Context,
  params: ResetPasswordDiscoveryEmailStartParams,
  options?: CallOptions,
): Promise<ResetPasswordDiscoveryEmailStartResponse> {
  return call(ctx, endpoint, params, options)
}
