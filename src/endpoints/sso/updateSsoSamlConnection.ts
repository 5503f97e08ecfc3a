// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { SamlConnection } from '../models.js'
import type { SamlConnectionImplicitRoleAssignmentInput, SamlGroupImplicitRoleAssignmentInput } from '../inputs.js'
import { SamlConnectionImplicitRoleAssignmentShape, SamlGroupImplicitRoleAssignmentShape } from '../shapes.js'

/** Params of {@link updateSsoSamlConnection}; a key it does not name fails before sending. */
export interface UpdateSsoSamlConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  idp_entity_id?: string | undefined
  display_name?: string | undefined
  attribute_mapping?: Record<string, unknown> | undefined
  x509_certificate?: string | undefined
  /** An absolute URL. */
  idp_sso_url?: string | undefined
  saml_connection_implicit_role_assignments?: SamlConnectionImplicitRoleAssignmentInput[] | undefined
  saml_group_implicit_role_assignments?: SamlGroupImplicitRoleAssignmentInput[] | undefined
  alternative_audience_uri?: string | undefined
  identity_provider?: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {}) | undefined
  signing_private_key?: string | undefined
  nameid_format?: string | undefined
  /** An absolute URL. */
  alternative_acs_url?: string | undefined
  idp_initiated_auth_disabled?: boolean | undefined
  saml_encryption_private_key?: string | undefined
  allow_gateway_callback?: boolean | undefined
}

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
  path: ['/v1/b2b/sso/saml/', 'organization_id', '/connections/', 'connection_id'],
  params: { organization_id: 'S', connection_id: 'S', idp_entity_id: 's', display_name: 's', attribute_mapping: 'r', x509_certificate: 's', idp_sso_url: 's', saml_connection_implicit_role_assignments: ['a', ['o', SamlConnectionImplicitRoleAssignmentShape]], saml_group_implicit_role_assignments: ['a', ['o', SamlGroupImplicitRoleAssignmentShape]], alternative_audience_uri: 's', identity_provider: 's', signing_private_key: 's', nameid_format: 's', alternative_acs_url: 's', idp_initiated_auth_disabled: 'b', saml_encryption_private_key: 's', allow_gateway_callback: 'b' },
  auth: memberSession,
  retry: retrying,
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
