// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/start
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { ScimConnectionWithNextToken } from '../models.js'

/** Params of {@link rotateScimConnectionStart}; a key it does not name fails before sending. */
export interface RotateScimConnectionStartParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
}

/** Response of {@link rotateScimConnectionStart}. */
export interface RotateScimConnectionStartResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: ScimConnectionWithNextToken
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/scim/', 'organization_id', '/connection/', 'connection_id', '/rotate/start'],
  params: { organization_id: 'S', connection_id: 'S' },
  auth: memberSession,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Starts a bearer token rotation; both tokens work until it is completed or cancelled.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/scim-rotate-token-start
 */
export function rotateScimConnectionStart(
  ctx: Context,
  params: RotateScimConnectionStartParams,
  options?: AuthorizedCallOptions,
): Promise<RotateScimConnectionStartResponse> {
  return call(ctx, endpoint, params, options)
}
