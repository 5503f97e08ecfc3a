// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/rules/set
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link setFraudRules}; a key it does not name fails before sending. */
export interface SetFraudRulesParams {
  action: 'ALLOW' | 'CHALLENGE' | 'BLOCK' | 'NONE' | (string & {})
  visitor_id?: string | undefined
  browser_id?: string | undefined
  visitor_fingerprint?: string | undefined
  browser_fingerprint?: string | undefined
  hardware_fingerprint?: string | undefined
  network_fingerprint?: string | undefined
  /** A duration in minutes. */
  expires_in_minutes?: number | undefined
  description?: string | undefined
  cidr_block?: string | undefined
  country_code?: string | undefined
  asn?: string | undefined
}

/** Response of {@link setFraudRules}. */
export interface SetFraudRulesResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  action: 'ALLOW' | 'CHALLENGE' | 'BLOCK' | 'NONE' | (string & {})
  /** HTTP status code of the answer. */
  status_code: number
  visitor_id?: string
  browser_id?: string
  visitor_fingerprint?: string
  browser_fingerprint?: string
  hardware_fingerprint?: string
  network_fingerprint?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  expires_at?: string
  cidr_block?: string
  country_code?: string
  asn?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/rules/set'],
  params: { action: 'S', visitor_id: 's', browser_id: 's', visitor_fingerprint: 's', browser_fingerprint: 's', hardware_fingerprint: 's', network_fingerprint: 's', expires_in_minutes: 'i', description: 's', cidr_block: 's', country_code: 's', asn: 's' },
  telemetry: true,
  response: { request_id: 's', action: 's', status_code: 'n' },
}

/**
 * Adds or replaces a fraud rule that forces a verdict for matching devices or networks.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/fraud/api/set-rule
 */
export function setFraudRules(
  ctx: Context,
  params: SetFraudRulesParams,
  options?: CallOptions,
): Promise<SetFraudRulesResponse> {
  return call(ctx, endpoint, params, options)
}
