// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/m2m/clients/{client_id}/secrets/rotate/start
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { M2MClientWithNextClientSecret } from '../models.js'

/** Params of {@link rotateM2mClientSecretStart}; a key it does not name fails before sending. */
export interface RotateM2mClientSecretStartParams {
  client_id: string
}

/** Response of {@link rotateM2mClientSecretStart}. */
export interface RotateM2mClientSecretStartResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  m2m_client: M2MClientWithNextClientSecret
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/m2m/clients/', 'client_id', '/secrets/rotate/start'],
  params: { client_id: 'S' },
  response: { request_id: 's', m2m_client: 'o', status_code: 'n' },
}

/**
 * Starts a secret rotation: issues a second secret, valid alongside the current one until the
 * rotation completes.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api/m2m-rotate-secret-start
 */
export function rotateM2mClientSecretStart(
  ctx: Context,
  params: RotateM2mClientSecretStartParams,
  options?: CallOptions,
): Promise<RotateM2mClientSecretStartResponse> {
  return call(ctx, endpoint, params, options)
}
