// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/sso/external/{organization_id}/connections/{connection_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Connection } from '../models.js'
import { ConnectionImplicitRoleAssignmentSchema, GroupImplicitRoleAssignmentSchema } from '../schemas.js'

/** Schema of {@link UpdateSsoExternalConnectionParams}: strict, so a misspelt key fails before sending. */
export const UpdateSsoExternalConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  display_name: v.optional(v.string()),
  external_connection_implicit_role_assignments: v.optional(v.array(ConnectionImplicitRoleAssignmentSchema)),
  external_group_implicit_role_assignments: v.optional(v.array(GroupImplicitRoleAssignmentSchema)),
})

/** Params of {@link updateSsoExternalConnection}. */
export type UpdateSsoExternalConnectionParams = v.InferInput<typeof UpdateSsoExternalConnectionParamsSchema>

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
  path: '/v1/b2b/sso/external/{organization_id}/connections/{connection_id}',
  params: UpdateSsoExternalConnectionParamsSchema,
  auth: true,
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
