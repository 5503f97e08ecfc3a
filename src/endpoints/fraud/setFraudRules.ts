// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/rules/set
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Schema of {@link SetFraudRulesParams}: strict, so a misspelt key fails before sending. */
export const SetFraudRulesParamsSchema = strict({
  action: openEnum<'ALLOW' | 'CHALLENGE' | 'BLOCK' | 'NONE'>(),
  visitor_id: v.optional(v.string()),
  browser_id: v.optional(v.string()),
  visitor_fingerprint: v.optional(v.string()),
  browser_fingerprint: v.optional(v.string()),
  hardware_fingerprint: v.optional(v.string()),
  network_fingerprint: v.optional(v.string()),
  /** A duration in minutes. */
  expires_in_minutes: v.optional(int()),
  description: v.optional(v.string()),
  cidr_block: v.optional(v.string()),
  country_code: v.optional(v.string()),
  asn: v.optional(v.string()),
})

/** Params of {@link setFraudRules}. */
export type SetFraudRulesParams = v.InferInput<typeof SetFraudRulesParamsSchema>

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
  path: '/v1/rules/set',
  params: SetFraudRulesParamsSchema,
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
