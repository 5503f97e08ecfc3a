// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/connected_apps/clients/{client_id}/secrets/rotate/cancel
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedApp } from '../models.js'

/** Params of {@link rotateConnectedAppClientSecretCancel}; a key it does not name fails before sending. */
export interface RotateConnectedAppClientSecretCancelParams {
  client_id: string
}

/** Response of {@link rotateConnectedAppClientSecretCancel}. */
export interface RotateConnectedAppClientSecretCancelResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_app: ConnectedApp
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/connected_apps/clients/', 'client_id', '/secrets/rotate/cancel'],
  params: { client_id: 'S' },
  response: { request_id: 's', connected_app: 'o', status_code: 'n' },
}

/**
 * Cancels a secret rotation in progress, dropping the new secret.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api
 */
export function rotateConnectedAppClientSecretCancel(
  ctx: Context,
  params: RotateConnectedAppClientSecretCancelParams,
  options?: CallOptions,
): Promise<RotateConnectedAppClientSecretCancelResponse> {
  return call(ctx, endpoint, params, options)
}
