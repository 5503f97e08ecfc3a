// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/scim/{organization_id}/connection/{connection_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { ScimGroup } from '../models.js'

/** Schema of {@link GetScimConnectionGroupsParams}: strict, so a misspelt key fails before sending. */
export const GetScimConnectionGroupsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor: v.optional(v.string()),
  /** Most results in one page. */
  limit: v.optional(int()),
})

/** Params of {@link getScimConnectionGroups}. */
export type GetScimConnectionGroupsParams = v.InferInput<typeof GetScimConnectionGroupsParamsSchema>

/** Response of {@link getScimConnectionGroups}. */
export interface GetScimConnectionGroupsResponse {
  scim_groups: ScimGroup[]
  /** HTTP status code of the answer. */
  status_code: number
  next_cursor?: string
}

const endpoint: Endpoint = {
  method: 'GET',
  path: '/v1/b2b/scim/{organization_id}/connection/{connection_id}',
  params: GetScimConnectionGroupsParamsSchema,
  auth: true,
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
