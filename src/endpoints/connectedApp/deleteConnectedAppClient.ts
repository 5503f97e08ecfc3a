// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: DELETE /v1/connected_apps/clients/{client_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link deleteConnectedAppClient}; a key it does not name fails before sending. */
export interface DeleteConnectedAppClientParams {
  client_id: string
}

/** Response of {@link deleteConnectedAppClient}. */
export interface DeleteConnectedAppClientResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  client_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'DELETE',
  path: ['/v1/connected_apps/clients/', 'client_id'],
  params: { client_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', client_id: 's', status_code: 'n' },
}

/**
 * Deletes a Connected App client; its tokens stop working.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api-reference/b2b/api/connected-apps/application-management/delete-connected-app
 */
export function deleteConnectedAppClient(
  ctx: Context,
  params: DeleteConnectedAppClientParams,
  options?: CallOptions,
): Promise<DeleteConnectedAppClientResponse> {
  return call(ctx, endpoint, params, options)
}
