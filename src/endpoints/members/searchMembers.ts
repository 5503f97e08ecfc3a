// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations/members/search
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization, ResultsMetadata } from '../models.js'
import type { SearchQueryInput } from '../inputs.js'
import { SearchQueryShape } from '../shapes.js'

/** Params of {@link searchMembers}; a key it does not name fails before sending. */
export interface SearchMembersParams {
  organization_ids: string[]
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor?: string | undefined
  /** Most results in one page. */
  limit?: number | undefined
  query?: SearchQueryInput | undefined
}

/** Response of {@link searchMembers}. */
export interface SearchMembersResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  members: Member[]
  results_metadata: ResultsMetadata
  organizations: Record<string, Organization>
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/organizations/members/search'],
  params: { organization_ids: ['a', 's', 1], cursor: 's', limit: 'i', query: ['o', SearchQueryShape] },
  auth: memberSession,
  response: { request_id: 's', members: 'a', results_metadata: 'o', organizations: 'o', status_code: 'n' },
}

/**
 * Searches members across the given organizations with a filter query.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/search-members
 */
export function searchMembers(
  ctx: Context,
  params: SearchMembersParams,
  options?: AuthorizedCallOptions,
): Promise<SearchMembersResponse> {
  return call(ctx, endpoint, params, options)
}
