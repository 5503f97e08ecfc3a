// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/magic_links/email/discovery/send
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Schema of {@link SendMagicLinkEmailDiscoveryParams}: strict, so a misspelt key fails before sending. */
export const SendMagicLinkEmailDiscoveryParamsSchema = strict({
  email_address: v.string(),
  /** An absolute URL. */
  discovery_redirect_url: v.optional(v.string()),
  pkce_code_challenge: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** How long the link or code stays valid, in minutes. */
  discovery_expiration_minutes: v.optional(int()),
})

/** Params of {@link sendMagicLinkEmailDiscovery}. */
export type SendMagicLinkEmailDiscoveryParams = v.InferInput<typeof SendMagicLinkEmailDiscoveryParamsSchema>

/** Response of {@link sendMagicLinkEmailDiscovery}. */
export interface SendMagicLinkEmailDiscoveryResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/magic_links/email/discovery/send',
  params: SendMagicLinkEmailDiscoveryParamsSchema,
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
