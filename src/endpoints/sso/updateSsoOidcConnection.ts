// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { OidcConnection } from '../models.js'

/** Params of {@link updateSsoOidcConnection}; a key it does not name fails before sending. */
export interface UpdateSsoOidcConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  display_name?: string | undefined
  client_id?: string | undefined
  client_secret?: string | undefined
  issuer?: string | undefined
  /** An absolute URL. */
  authorization_url?: string | undefined
  /** An absolute URL. */
  token_url?: string | undefined
  /** An absolute URL. */
  userinfo_url?: string | undefined
  /** An absolute URL. */
  jwks_url?: string | undefined
  identity_provider?: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {}) | undefined
  custom_scopes?: string | undefined
  attribute_mapping?: Record<string, unknown> | undefined
}

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
  path: ['/v1/b2b/sso/oidc/', 'organization_id', '/connections/', 'connection_id'],
  params: { organization_id: 'S', connection_id: 'S', display_name: 's', client_id: 's', client_secret: 's', issuer: 's', authorization_url: 's', token_url: 's', userinfo_url: 's', jwks_url: 's', identity_provider: 's', custom_scopes: 's', attribute_mapping: 'r' },
  auth: memberSession,
  retry: retrying,
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
