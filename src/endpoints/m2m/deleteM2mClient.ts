// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: DELETE /v1/m2m/clients/{client_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link deleteM2mClient}; a key it does not name fails before sending. */
export interface DeleteM2mClientParams {
  client_id: string
}

/** Response of {@link deleteM2mClient}. */
export interface DeleteM2mClientResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  client_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'DELETE',
  path: ['/v1/m2m/clients/', 'client_id'],
  params: { client_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', client_id: 's', status_code: 'n' },
}

/**
 * Deletes an M2M client; it can no longer get tokens.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/delete-m2m-client
 */
export function deleteM2mClient(
  ctx: Context,
  params: DeleteM2mClientParams,
  options?: CallOptions,
): Promise<DeleteM2mClientResponse> {
  return call(ctx, endpoint, params, options)
}
