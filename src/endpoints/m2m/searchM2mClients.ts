// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/m2m/clients/search
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { M2MClient, M2MResultsMetadata } from '../models.js'
import type { M2MSearchQueryInput } from '../inputs.js'
import { M2MSearchQueryShape } from '../shapes.js'

/** Params of {@link searchM2mClients}; a key it does not name fails before sending. */
export interface SearchM2mClientsParams {
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor?: string | undefined
  /** Most results in one page. */
  limit?: number | undefined
  query?: M2MSearchQueryInput | undefined
}

/** Response of {@link searchM2mClients}. */
export interface SearchM2mClientsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  m2m_clients: M2MClient[]
  results_metadata: M2MResultsMetadata
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/m2m/clients/search'],
  params: { cursor: 's', limit: 'i', query: ['o', M2MSearchQueryShape] },
  response: { request_id: 's', m2m_clients: 'a', results_metadata: 'o', status_code: 'n' },
}

/**
 * Lists M2M clients page by page, optionally filtered by id, name or scope.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api/search-m2m-clients
 */
export function searchM2mClients(
  ctx: Context,
  params?: SearchM2mClientsParams,
  options?: CallOptions,
): Promise<SearchM2mClientsResponse> {
  return call(ctx, endpoint, params, options)
}
