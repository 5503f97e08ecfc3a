// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/email/risk
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { AddressInformation, DomainInformation } from '../models.js'

/** Params of {@link getFraudEmailRisk}; a key it does not name fails before sending. */
export interface GetFraudEmailRiskParams {
  email_address: string
}

/** Response of {@link getFraudEmailRisk}. */
export interface GetFraudEmailRiskResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  address_information: AddressInformation
  domain_information: DomainInformation
  action: 'ALLOW' | 'CHALLENGE' | 'BLOCK' | (string & {})
  risk_score: number
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/email/risk'],
  params: { email_address: 'S' },
  telemetry: true,
  response: { request_id: 's', address_information: 'o', domain_information: 'o', action: 's', risk_score: 'n', status_code: 'n' },
}

/**
 * Scores how risky an email address looks for sign-up, from Stytch’s fraud signals.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/fraud/api/check-email-risk
 */
export function getFraudEmailRisk(
  ctx: Context,
  params: GetFraudEmailRiskParams,
  options?: CallOptions,
): Promise<GetFraudEmailRiskResponse> {
  return call(ctx, endpoint, params, options)
}
