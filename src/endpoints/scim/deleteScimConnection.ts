// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: DELETE /v1/b2b/scim/{organization_id}/connection/{connection_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'

/** Params of {@link deleteScimConnection}; a key it does not name fails before sending. */
export interface DeleteScimConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
}

/** Response of {@link deleteScimConnection}. */
export interface DeleteScimConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'DELETE',
  path: ['/v1/b2b/scim/', 'organization_id', '/connection/', 'connection_id'],
  params: { organization_id: 'S', connection_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', connection_id: 's', status_code: 'n' },
}

/**
 * Deletes a SCIM connection.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/delete-scim-connection
 */
export function deleteScimConnection(
  ctx: Context,
  params: DeleteScimConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<DeleteScimConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
