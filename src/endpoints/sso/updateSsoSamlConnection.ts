// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { openEnum, strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { SamlConnection } from '../models.js'
import { SamlConnectionImplicitRoleAssignmentSchema, SamlGroupImplicitRoleAssignmentSchema } from '../schemas.js'

/** Schema of {@link UpdateSsoSamlConnectionParams}: strict, so a misspelt key fails before sending. */
export const UpdateSsoSamlConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  idp_entity_id: v.optional(v.string()),
  display_name: v.optional(v.string()),
  attribute_mapping: v.optional(v.record(v.string(), v.unknown())),
  x509_certificate: v.optional(v.string()),
  /** An absolute URL. */
  idp_sso_url: v.optional(v.string()),
  saml_connection_implicit_role_assignments: v.optional(v.array(SamlConnectionImplicitRoleAssignmentSchema)),
  saml_group_implicit_role_assignments: v.optional(v.array(SamlGroupImplicitRoleAssignmentSchema)),
  alternative_audience_uri: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth'>()),
  signing_private_key: v.optional(v.string()),
  nameid_format: v.optional(v.string()),
  /** An absolute URL. */
  alternative_acs_url: v.optional(v.string()),
  idp_initiated_auth_disabled: v.optional(v.boolean()),
  saml_encryption_private_key: v.optional(v.string()),
  allow_gateway_callback: v.optional(v.boolean()),
})

/** Params of {@link updateSsoSamlConnection}. */
export type UpdateSsoSamlConnectionParams = v.InferInput<typeof UpdateSsoSamlConnectionParamsSchema>

/** Response of {@link updateSsoSamlConnection}. */
export interface UpdateSsoSamlConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: SamlConnection
}

const endpoint: Endpoint = {
  method: 'PUT',
  path: '/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}',
  params: UpdateSsoSamlConnectionParamsSchema,
  auth: true,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Updates a SAML connection’s settings, certificate and attribute mapping.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/update-saml-connection
 */
export function updateSsoSamlConnection(
  ctx: Context,
  params: UpdateSsoSamlConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<UpdateSsoSamlConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
