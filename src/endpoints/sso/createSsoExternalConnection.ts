// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sso/external/{organization_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Connection } from '../models.js'
import type { SamlConnectionImplicitRoleAssignmentInput, SamlGroupImplicitRoleAssignmentInput } from '../inputs.js'
import { SamlConnectionImplicitRoleAssignmentShape, SamlGroupImplicitRoleAssignmentShape } from '../shapes.js'

/** Params of {@link createSsoExternalConnection}; a key it does not name fails before sending. */
export interface CreateSsoExternalConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  external_organization_id: string
  external_connection_id: string
  display_name?: string | undefined
  connection_implicit_role_assignments?: SamlConnectionImplicitRoleAssignmentInput[] | undefined
  group_implicit_role_assignments?: SamlGroupImplicitRoleAssignmentInput[] | undefined
}

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
  path: ['/v1/b2b/sso/external/', 'organization_id'],
  params: { organization_id: 'S', external_organization_id: 'S', external_connection_id: 'S', display_name: 's', connection_implicit_role_assignments: ['a', ['o', SamlConnectionImplicitRoleAssignmentShape]], group_implicit_role_assignments: ['a', ['o', SamlGroupImplicitRoleAssignmentShape]] },
  auth: memberSession,
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
