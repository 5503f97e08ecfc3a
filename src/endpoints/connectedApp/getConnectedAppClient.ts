// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/connected_apps/clients/{client_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedApp } from '../models.js'

/** Params of {@link getConnectedAppClient}; a key it does not name fails before sending. */
export interface GetConnectedAppClientParams {
  client_id: string
}

/** Response of {@link getConnectedAppClient}. */
export interface GetConnectedAppClientResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_app: ConnectedApp
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/connected_apps/clients/', 'client_id'],
  params: { client_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', connected_app: 'o', status_code: 'n' },
}

/**
 * Fetches a Connected App client by id (without its secret).
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/connected-apps-get
 */
export function getConnectedAppClient(
  ctx: Context,
  params: GetConnectedAppClientParams,
  options?: CallOptions,
): Promise<GetConnectedAppClientResponse> {
  return call(ctx, endpoint, params, options)
}
