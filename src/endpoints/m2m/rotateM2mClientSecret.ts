// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/m2m/clients/{client_id}/secrets/rotate
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { M2MClient } from '../models.js'

/** Params of {@link rotateM2mClientSecret}; a key it does not name fails before sending. */
export interface RotateM2mClientSecretParams {
  client_id: string
}

/** Response of {@link rotateM2mClientSecret}. */
export interface RotateM2mClientSecretResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  m2m_client: M2MClient
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/m2m/clients/', 'client_id', '/secrets/rotate'],
  params: { client_id: 'S' },
  response: { request_id: 's', m2m_client: 'o', status_code: 'n' },
}

/**
 * Completes a secret rotation: the new secret becomes the only one and the old one stops working.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api/m2m-rotate-secret
 */
export function rotateM2mClientSecret(
  ctx: Context,
  params: RotateM2mClientSecretParams,
  options?: CallOptions,
): Promise<RotateM2mClientSecretResponse> {
  return call(ctx, endpoint, params, options)
}
