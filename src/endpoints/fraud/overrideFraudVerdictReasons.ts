// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/verdict_reasons/override
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { VerdictReasonAction } from '../models.js'

/** Params of {@link overrideFraudVerdictReasons}; a key it does not name fails before sending. */
export interface OverrideFraudVerdictReasonsParams {
  verdict_reason: string
  override_action: 'ALLOW' | 'CHALLENGE' | 'BLOCK' | 'NONE' | (string & {})
  override_description?: string | undefined
}

/** Response of {@link overrideFraudVerdictReasons}. */
export interface OverrideFraudVerdictReasonsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  verdict_reason_action: VerdictReasonAction
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/verdict_reasons/override'],
  params: { verdict_reason: 'S', override_action: 'S', override_description: 's' },
  telemetry: true,
  response: { request_id: 's', verdict_reason_action: 'o', status_code: 'n' },
}

/**
 * Changes the action the project takes for one verdict reason.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/fraud/api/set-verdict-reason-override
 */
export function overrideFraudVerdictReasons(
  ctx: Context,
  params: OverrideFraudVerdictReasonsParams,
  options?: CallOptions,
): Promise<OverrideFraudVerdictReasonsResponse> {
  return call(ctx, endpoint, params, options)
}
