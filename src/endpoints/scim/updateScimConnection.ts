// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/scim/{organization_id}/connection/{connection_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { ScimConnection } from '../models.js'
import type { ScimGroupImplicitRoleAssignmentsInput } from '../inputs.js'
import { ScimGroupImplicitRoleAssignmentsShape } from '../shapes.js'

/** Params of {@link updateScimConnection}; a key it does not name fails before sending. */
export interface UpdateScimConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  display_name?: string | undefined
  identity_provider?: 'generic' | 'okta' | 'microsoft-entra' | 'cyberark' | 'jumpcloud' | 'onelogin' | 'pingfederate' | 'rippling' | (string & {}) | undefined
  scim_group_implicit_role_assignments?: ScimGroupImplicitRoleAssignmentsInput[] | undefined
}

/** Response of {@link updateScimConnection}. */
export interface UpdateScimConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: ScimConnection
}

const endpoint: Endpoint = {
  method: 'PUT',
  path: ['/v1/b2b/scim/', 'organization_id', '/connection/', 'connection_id'],
  params: { organization_id: 'S', connection_id: 'S', display_name: 's', identity_provider: 's', scim_group_implicit_role_assignments: ['a', ['o', ScimGroupImplicitRoleAssignmentsShape]] },
  auth: memberSession,
  retry: retrying,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Updates a SCIM connection’s name, identity provider or group role mapping.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/update-scim-connection
 */
export function updateScimConnection(
  ctx: Context,
  params: UpdateScimConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<UpdateScimConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
