// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { openEnum, strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { OidcConnection } from '../models.js'

/** Schema of {@link UpdateSsoOidcConnectionParams}: strict, so a misspelt key fails before sending. */
export const UpdateSsoOidcConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  display_name: v.optional(v.string()),
  client_id: v.optional(v.string()),
  client_secret: v.optional(v.string()),
  issuer: v.optional(v.string()),
  /** An absolute URL. */
  authorization_url: v.optional(v.string()),
  /** An absolute URL. */
  token_url: v.optional(v.string()),
  /** An absolute URL. */
  userinfo_url: v.optional(v.string()),
  /** An absolute URL. */
  jwks_url: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth'>()),
  custom_scopes: v.optional(v.string()),
  attribute_mapping: v.optional(v.record(v.string(), v.unknown())),
})

/** Params of {@link updateSsoOidcConnection}. */
export type UpdateSsoOidcConnectionParams = v.InferInput<typeof UpdateSsoOidcConnectionParamsSchema>

/** Response of {@link updateSsoOidcConnection}. */
export interface UpdateSsoOidcConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: OidcConnection
  warning?: string
}

const endpoint: Endpoint = {
  method: 'PUT',
  path: '/v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}',
  params: UpdateSsoOidcConnectionParamsSchema,
  auth: true,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Updates an OIDC SSO connection’s issuer, client and endpoints.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/update-oidc-connection
 */
export function updateSsoOidcConnection(
  ctx: Context,
  params: UpdateSsoOidcConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<UpdateSsoOidcConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
