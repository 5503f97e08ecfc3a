// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/connected_apps/clients/search
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedApp, ConnectedAppsResultsMetadata } from '../models.js'

/** Params of {@link searchConnectedAppClients}; a key it does not name fails before sending. */
export interface SearchConnectedAppClientsParams {
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor?: string | undefined
  /** Most results in one page. */
  limit?: number | undefined
}

/** Response of {@link searchConnectedAppClients}. */
export interface SearchConnectedAppClientsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_apps: ConnectedApp[]
  results_metadata: ConnectedAppsResultsMetadata
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/connected_apps/clients/search'],
  params: { cursor: 's', limit: 'i' },
  response: { request_id: 's', connected_apps: 'a', results_metadata: 'o', status_code: 'n' },
}

/**
 * Lists Connected App clients page by page, optionally filtered.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/connected-apps-search
 */
export function searchConnectedAppClients(
  ctx: Context,
  params?: SearchConnectedAppClientsParams,
  options?: CallOptions,
): Promise<SearchConnectedAppClientsResponse> {
  return call(ctx, endpoint, params, options)
}
