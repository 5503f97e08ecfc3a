// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/scim/{organization_id}/connection
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { ScimConnectionWithToken } from '../models.js'

/** Params of {@link createScimConnection}; a key it does not name fails before sending. */
export interface CreateScimConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  display_name?: string | undefined
  identity_provider?: 'generic' | 'okta' | 'microsoft-entra' | 'cyberark' | 'jumpcloud' | 'onelogin' | 'pingfederate' | 'rippling' | (string & {}) | undefined
}

/** Response of {@link createScimConnection}. */
export interface CreateScimConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: ScimConnectionWithToken
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/scim/', 'organization_id', '/connection'],
  params: { organization_id: 'S', display_name: 's', identity_provider: 's' },
  auth: memberSession,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Creates a SCIM connection for an organization and returns its bearer token once.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/create-scim-connection
 */
export function createScimConnection(
  ctx: Context,
  params: CreateScimConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<CreateScimConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
