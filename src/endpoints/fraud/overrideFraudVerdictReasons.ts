// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/verdict_reasons/override
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { VerdictReasonAction } from '../models.js'

/** Schema of {@link OverrideFraudVerdictReasonsParams}: strict, so a misspelt key fails before sending. */
export const OverrideFraudVerdictReasonsParamsSchema = strict({
  verdict_reason: v.string(),
  override_action: openEnum<'ALLOW' | 'CHALLENGE' | 'BLOCK' | 'NONE'>(),
  override_description: v.optional(v.string()),
})

/** Params of {@link overrideFraudVerdictReasons}. */
export type OverrideFraudVerdictReasonsParams = v.InferInput<typeof OverrideFraudVerdictReasonsParamsSchema>

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
  path: '/v1/verdict_reasons/override',
  params: OverrideFraudVerdictReasonsParamsSchema,
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
