// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/rules/list
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Rule } from '../models.js'

/** Params of {@link listFraudRules}; a key it does not name fails before sending. */
export interface ListFraudRulesParams {
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor?: string | undefined
  /** Most results in one page. */
  limit?: number | undefined
}

/** Response of {@link listFraudRules}. */
export interface ListFraudRulesResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  next_cursor: string
  rules: Rule[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/rules/list'],
  params: { cursor: 's', limit: 'i' },
  telemetry: true,
  response: { request_id: 's', next_cursor: 's', rules: 'a', status_code: 'n' },
}

/**
 * Lists the fraud rules of the project (allow, block or challenge decisions for fingerprints, IPs
 * and the like).
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/fraud/api/get-rules
 */
export function listFraudRules(
  ctx: Context,
  params?: ListFraudRulesParams,
  options?: CallOptions,
): Promise<ListFraudRulesResponse> {
  return call(ctx, endpoint, params, options)
}
