// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/scim/{organization_id}/connection
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { ScimConnection } from '../models.js'

/** Params of {@link getScimConnection}; a key it does not name fails before sending. */
export interface GetScimConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
}

/** Response of {@link getScimConnection}. */
export interface GetScimConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: ScimConnection
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/scim/', 'organization_id', '/connection'],
  params: { organization_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Fetches an organization’s SCIM connection.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-scim-connection
 */
export function getScimConnection(
  ctx: Context,
  params: GetScimConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<GetScimConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
