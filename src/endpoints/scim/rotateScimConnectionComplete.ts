// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/complete
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { ScimConnection } from '../models.js'

/** Params of {@link rotateScimConnectionComplete}; a key it does not name fails before sending. */
export interface RotateScimConnectionCompleteParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
}

/** Response of {@link rotateScimConnectionComplete}. */
export interface RotateScimConnectionCompleteResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: ScimConnection
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/scim/', 'organization_id', '/connection/', 'connection_id', '/rotate/complete'],
  params: { organization_id: 'S', connection_id: 'S' },
  auth: memberSession,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Completes a bearer token rotation, retiring the old token.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/scim-rotate-token-complete
 */
export function rotateScimConnectionComplete(
  ctx: Context,
  params: RotateScimConnectionCompleteParams,
  options?: AuthorizedCallOptions,
): Promise<RotateScimConnectionCompleteResponse> {
  return call(ctx, endpoint, params, options)
}
