// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/strength_check
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { LudsFeedback, ZxcvbnFeedback } from '../models.js'

/** Params of {@link checkPasswordStrength}; a key it does not name fails before sending. */
export interface CheckPasswordStrengthParams {
  /** The password in clear text; it is never logged or echoed by this library. */
  password: string
  email_address?: string | undefined
}

/** Response of {@link checkPasswordStrength}. */
export interface CheckPasswordStrengthResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  valid_password: boolean
  score: number
  breached_password: boolean
  strength_policy: string
  breach_detection_on_create: boolean
  /** HTTP status code of the answer. */
  status_code: number
  luds_feedback?: LudsFeedback
  zxcvbn_feedback?: ZxcvbnFeedback
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/passwords/strength_check'],
  params: { password: 'S', email_address: 's' },
  response: { request_id: 's', valid_password: 'b', score: 'n', breached_password: 'b', strength_policy: 's', breach_detection_on_create: 'b', status_code: 'n' },
}

/**
 * Scores a candidate password against the project’s password policy.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/strength-check
 */
export function checkPasswordStrength(
  ctx: Context,
  params: CheckPasswordStrengthParams,
  options?: CallOptions,
): Promise<CheckPasswordStrengthResponse> {
  return call(ctx, endpoint, params, options)
}
