// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/otps/email/discovery/send
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link sendOtpEmailDiscovery}; a key it does not name fails before sending. */
export interface SendOtpEmailDiscoveryParams {
  email_address: string
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id?: string | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | (string & {}) | undefined
  /** How long the link or code stays valid, in minutes. */
  discovery_expiration_minutes?: number | undefined
}

/** Response of {@link sendOtpEmailDiscovery}. */
export interface SendOtpEmailDiscoveryResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/otps/email/discovery/send'],
  params: { email_address: 'S', login_template_id: 's', locale: 's', discovery_expiration_minutes: 'i' },
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Emails a discovery passcode before the recipient has picked an organization.
 *
 * Hint: Each new code cancels any earlier code still pending for the same address.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/send-discovery-email-otp
 */
export function sendOtpEmailDiscovery(
  ctx: Context,
  params: SendOtpEmailDiscoveryParams,
  options?: CallOptions,
): Promise<SendOtpEmailDiscoveryResponse> {
  return call(ctx, endpoint, params, options)
}
