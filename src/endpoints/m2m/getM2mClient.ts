// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/m2m/clients/{client_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { M2MClient } from '../models.js'

/** Params of {@link getM2mClient}; a key it does not name fails before sending. */
export interface GetM2mClientParams {
  client_id: string
}

/** Response of {@link getM2mClient}. */
export interface GetM2mClientResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  m2m_client: M2MClient
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/m2m/clients/', 'client_id'],
  params: { client_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', m2m_client: 'o', status_code: 'n' },
}

/**
 * Fetches an M2M client by id (without its secret).
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api/get-m2m-client
 */
export function getM2mClient(
  ctx: Context,
  params: GetM2mClientParams,
  options?: CallOptions,
): Promise<GetM2mClientResponse> {
  return call(ctx, endpoint, params, options)
}
