// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/scim/{organization_id}/connection/{connection_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { ScimGroup } from '../models.js'

/** Params of {@link getScimConnectionGroups}; a key it does not name fails before sending. */
export interface GetScimConnectionGroupsParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor?: string | undefined
  /** Most results in one page. */
  limit?: number | undefined
}

/** Response of {@link getScimConnectionGroups}. */
export interface GetScimConnectionGroupsResponse {
  scim_groups: ScimGroup[]
  /** HTTP status code of the answer. */
  status_code: number
  next_cursor?: string
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/scim/', 'organization_id', '/connection/', 'connection_id'],
  params: { organization_id: 'S', connection_id: 'S', cursor: 's', limit: 'i' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { scim_groups: 'a', status_code: 'n' },
}

/**
 * Lists the groups a SCIM connection has provisioned, page by page.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-scim-connection-groups
 */
export function getScimConnectionGroups(
  ctx: Context,
  params: GetScimConnectionGroupsParams,
  options?: AuthorizedCallOptions,
): Promise<GetScimConnectionGroupsResponse> {
  return call(ctx, endpoint, params, options)
}
