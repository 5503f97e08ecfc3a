// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sso/external/{organization_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Connection } from '../models.js'
import { SamlConnectionImplicitRoleAssignmentSchema, SamlGroupImplicitRoleAssignmentSchema } from '../schemas.js'

/** Schema of {@link CreateSsoExternalConnectionParams}: strict, so a misspelt key fails before sending. */
export const CreateSsoExternalConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  external_organization_id: v.string(),
  external_connection_id: v.string(),
  display_name: v.optional(v.string()),
  connection_implicit_role_assignments: v.optional(v.array(SamlConnectionImplicitRoleAssignmentSchema)),
  group_implicit_role_assignments: v.optional(v.array(SamlGroupImplicitRoleAssignmentSchema)),
})

/** Params of {@link createSsoExternalConnection}. */
export type CreateSsoExternalConnectionParams = v.InferInput<typeof CreateSsoExternalConnectionParamsSchema>

/** Response of {@link createSsoExternalConnection}. */
export interface CreateSsoExternalConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: Connection
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/sso/external/{organization_id}',
  params: CreateSsoExternalConnectionParamsSchema,
  auth: true,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Creates an external SSO connection that reuses another organization’s connection.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/create-external-connection
 */
export function createSsoExternalConnection(
  ctx: Context,
  params: CreateSsoExternalConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<CreateSsoExternalConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
