// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/magic_links/email/discovery/send
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link sendMagicLinkEmailDiscovery}; a key it does not name fails before sending. */
export interface SendMagicLinkEmailDiscoveryParams {
  email_address: string
  /** An absolute URL. */
  discovery_redirect_url?: string | undefined
  pkce_code_challenge?: string | undefined
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id?: string | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | (string & {}) | undefined
  /** How long the link or code stays valid, in minutes. */
  discovery_expiration_minutes?: number | undefined
}

/** Response of {@link sendMagicLinkEmailDiscovery}. */
export interface SendMagicLinkEmailDiscoveryResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/magic_links/email/discovery/send'],
  params: { email_address: 'S', discovery_redirect_url: 's', pkce_code_challenge: 's', login_template_id: 's', locale: 's', discovery_expiration_minutes: 'i' },
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Emails a discovery magic link, letting the recipient pick or create an organization afterwards.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/send-discovery-email
 */
export function sendMagicLinkEmailDiscovery(
  ctx: Context,
  params: SendMagicLinkEmailDiscoveryParams,
  options?: CallOptions,
): Promise<SendMagicLinkEmailDiscoveryResponse> {
  return call(ctx, endpoint, params, options)
}
