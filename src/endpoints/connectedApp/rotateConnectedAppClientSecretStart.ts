// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/connected_apps/clients/{client_id}/secrets/rotate/start
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedAppWithNextClientSecret } from '../models.js'

/** Params of {@link rotateConnectedAppClientSecretStart}; a key it does not name fails before sending. */
export interface RotateConnectedAppClientSecretStartParams {
  client_id: string
}

/** Response of {@link rotateConnectedAppClientSecretStart}. */
export interface RotateConnectedAppClientSecretStartResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_app: ConnectedAppWithNextClientSecret
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/connected_apps/clients/', 'client_id', '/secrets/rotate/start'],
  params: { client_id: 'S' },
  response: { request_id: 's', connected_app: 'o', status_code: 'n' },
}

/**
 * Starts a secret rotation: issues a second secret, valid alongside the current one until the
 * rotation completes.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api-reference/b2b/api/connected-apps/rotate-secret/start-secret-rotation
 */
export function rotateConnectedAppClientSecretStart(
  ctx: Context,
  params: RotateConnectedAppClientSecretStartParams,
  options?: CallOptions,
): Promise<RotateConnectedAppClientSecretStartResponse> {
  return call(ctx, endpoint, params, options)
}
