// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/otps/email/discovery/send
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Schema of {@link SendOtpEmailDiscoveryParams}: strict, so a misspelt key fails before sending. */
export const SendOtpEmailDiscoveryParamsSchema = v.strictObject({
  email_address: v.string(),
  login_template_id: v.optional(v.string()),
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  discovery_expiration_minutes: v.optional(int()),
})

/** Params of {@link sendOtpEmailDiscovery}. */
export type SendOtpEmailDiscoveryParams = v.InferInput<typeof SendOtpEmailDiscoveryParamsSchema>

/** Response of {@link sendOtpEmailDiscovery}. */
export interface SendOtpEmailDiscoveryResponse {
  request_id: string
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/otps/email/discovery/send',
  params: SendOtpEmailDiscoveryParamsSchema,
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
