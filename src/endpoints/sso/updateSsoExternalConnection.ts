// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/sso/external/{organization_id}/connections/{connection_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Connection } from '../models.js'
import type { ConnectionImplicitRoleAssignmentInput, GroupImplicitRoleAssignmentInput } from '../inputs.js'
import { ConnectionImplicitRoleAssignmentShape, GroupImplicitRoleAssignmentShape } from '../shapes.js'

/** Params of {@link updateSsoExternalConnection}; a key it does not name fails before sending. */
export interface UpdateSsoExternalConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  display_name?: string | undefined
  external_connection_implicit_role_assignments?: ConnectionImplicitRoleAssignmentInput[] | undefined
  external_group_implicit_role_assignments?: GroupImplicitRoleAssignmentInput[] | undefined
}

/** Response of {@link updateSsoExternalConnection}. */
export interface UpdateSsoExternalConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: Connection
}

const endpoint: Endpoint = {
  method: 'PUT',
  path: ['/v1/b2b/sso/external/', 'organization_id', '/connections/', 'connection_id'],
  params: { organization_id: 'S', connection_id: 'S', display_name: 's', external_connection_implicit_role_assignments: ['a', ['o', ConnectionImplicitRoleAssignmentShape]], external_group_implicit_role_assignments: ['a', ['o', GroupImplicitRoleAssignmentShape]] },
  auth: memberSession,
  retry: retrying,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Updates an external SSO connection.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/update-external-connection
 */
export function updateSsoExternalConnection(
  ctx: Context,
  params: UpdateSsoExternalConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<UpdateSsoExternalConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
