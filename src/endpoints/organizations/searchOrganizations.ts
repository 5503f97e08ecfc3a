// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations/search
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Organization, ResultsMetadata } from '../models.js'
import type { SearchQueryInput } from '../inputs.js'
import { SearchQueryShape } from '../shapes.js'

/** Params of {@link searchOrganizations}; a key it does not name fails before sending. */
export interface SearchOrganizationsParams {
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor?: string | undefined
  /** Most results in one page. */
  limit?: number | undefined
  query?: SearchQueryInput | undefined
}

/** Response of {@link searchOrganizations}. */
export interface SearchOrganizationsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  organizations: Organization[]
  results_metadata: ResultsMetadata
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/organizations/search'],
  params: { cursor: 's', limit: 'i', query: ['o', SearchQueryShape] },
  response: { request_id: 's', organizations: 'a', results_metadata: 'o', status_code: 'n' },
}

/**
 * Searches organizations with a filter query, page by page.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/search-organizations
 */
export function searchOrganizations(
  ctx: Context,
  params?: SearchOrganizationsParams,
  options?: CallOptions,
): Promise<SearchOrganizationsResponse> {
  return call(ctx, endpoint, params, options)
}
