// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/verdict_reasons/list
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { VerdictReasonAction } from '../models.js'

/** Params of {@link listFraudVerdictReasons}; a key it does not name fails before sending. */
export interface ListFraudVerdictReasonsParams {
  overrides_only?: boolean | undefined
}

/** Response of {@link listFraudVerdictReasons}. */
export interface ListFraudVerdictReasonsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  verdict_reason_actions: VerdictReasonAction[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/verdict_reasons/list'],
  params: { overrides_only: 'b' },
  telemetry: true,
  response: { request_id: 's', verdict_reason_actions: 'a', status_code: 'n' },
}

/**
 * Lists the reasons a fraud verdict can carry, with any override the project set for them.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/fraud/api/get-verdict-reasons
 */
export function listFraudVerdictReasons(
  ctx: Context,
  params?: ListFraudVerdictReasonsParams,
  options?: CallOptions,
): Promise<ListFraudVerdictReasonsResponse> {
  return call(ctx, endpoint, params, options)
}
