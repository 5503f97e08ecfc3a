// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/scim/{organization_id}/connection/{connection_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { openEnum, strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { ScimConnection } from '../models.js'
import { ScimGroupImplicitRoleAssignmentsSchema } from '../schemas.js'

/** Schema of {@link UpdateScimConnectionParams}: strict, so a misspelt key fails before sending. */
export const UpdateScimConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  display_name: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'generic' | 'okta' | 'microsoft-entra' | 'cyberark' | 'jumpcloud' | 'onelogin' | 'pingfederate' | 'rippling'>()),
  scim_group_implicit_role_assignments: v.optional(v.array(ScimGroupImplicitRoleAssignmentsSchema)),
})

/** Params of {@link updateScimConnection}. */
export type UpdateScimConnectionParams = v.InferInput<typeof UpdateScimConnectionParamsSchema>

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
  path: '/v1/b2b/scim/{organization_id}/connection/{connection_id}',
  params: UpdateScimConnectionParamsSchema,
  auth: true,
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
