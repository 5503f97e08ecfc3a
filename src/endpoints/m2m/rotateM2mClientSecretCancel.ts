// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/m2m/clients/{client_id}/secrets/rotate/cancel
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { M2MClient } from '../models.js'

/** Params of {@link rotateM2mClientSecretCancel}; a key it does not name fails before sending. */
export interface RotateM2mClientSecretCancelParams {
  client_id: string
}

/** Response of {@link rotateM2mClientSecretCancel}. */
export interface RotateM2mClientSecretCancelResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  m2m_client: M2MClient
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/m2m/clients/', 'client_id', '/secrets/rotate/cancel'],
  params: { client_id: 'S' },
  response: { request_id: 's', m2m_client: 'o', status_code: 'n' },
}

/**
 * Cancels a secret rotation in progress, dropping the new secret.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api-reference/consumer/api/m2m/rotate-secret/cancel-secret-rotation
 */
export function rotateM2mClientSecretCancel(
  ctx: Context,
  params: RotateM2mClientSecretCancelParams,
  options?: CallOptions,
): Promise<RotateM2mClientSecretCancelResponse> {
  return call(ctx, endpoint, params, options)
}
