// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sso/oidc/{organization_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { OidcConnection } from '../models.js'

/** Params of {@link createSsoOidcConnection}; a key it does not name fails before sending. */
export interface CreateSsoOidcConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  display_name?: string | undefined
  identity_provider?: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {}) | undefined
}

/** Response of {@link createSsoOidcConnection}. */
export interface CreateSsoOidcConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: OidcConnection
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/sso/oidc/', 'organization_id'],
  params: { organization_id: 'S', display_name: 's', identity_provider: 's' },
  auth: memberSession,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Creates an OIDC SSO connection.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/create-oidc-connection
 */
export function createSsoOidcConnection(
  ctx: Context,
  params: CreateSsoOidcConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<CreateSsoOidcConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
