// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/connected_apps/clients/{client_id}/secrets/rotate
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedApp } from '../models.js'

/** Params of {@link rotateConnectedAppClientSecret}; a key it does not name fails before sending. */
export interface RotateConnectedAppClientSecretParams {
  client_id: string
}

/** Response of {@link rotateConnectedAppClientSecret}. */
export interface RotateConnectedAppClientSecretResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_app: ConnectedApp
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/connected_apps/clients/', 'client_id', '/secrets/rotate'],
  params: { client_id: 'S' },
  response: { request_id: 's', connected_app: 'o', status_code: 'n' },
}

/**
 * Completes a secret rotation: the new secret becomes the only one and the old one stops working.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api/connected-apps-rotate-secret
 */
export function rotateConnectedAppClientSecret(
  ctx: Context,
  params: RotateConnectedAppClientSecretParams,
  options?: CallOptions,
): Promise<RotateConnectedAppClientSecretResponse> {
  return call(ctx, endpoint, params, options)
}
