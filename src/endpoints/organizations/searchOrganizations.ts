// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations/search
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Organization, ResultsMetadata } from '../models.js'
import { SearchQuerySchema } from '../schemas.js'

/** Schema of {@link SearchOrganizationsParams}: strict, so a misspelt key fails before sending. */
export const SearchOrganizationsParamsSchema = strict({
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor: v.optional(v.string()),
  /** Most results in one page. */
  limit: v.optional(int()),
  query: v.optional(SearchQuerySchema),
})

/** Params of {@link searchOrganizations}. */
export type SearchOrganizationsParams = v.InferInput<typeof SearchOrganizationsParamsSchema>

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
  path: '/v1/b2b/organizations/search',
  params: SearchOrganizationsParamsSchema,
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
