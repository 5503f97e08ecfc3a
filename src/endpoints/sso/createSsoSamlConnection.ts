// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sso/saml/{organization_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { SamlConnection } from '../models.js'

/** Params of {@link createSsoSamlConnection}; a key it does not name fails before sending. */
export interface CreateSsoSamlConnectionParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  display_name?: string | undefined
  identity_provider?: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {}) | undefined
}

/** Response of {@link createSsoSamlConnection}. */
export interface CreateSsoSamlConnectionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: SamlConnection
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/sso/saml/', 'organization_id'],
  params: { organization_id: 'S', display_name: 's', identity_provider: 's' },
  auth: memberSession,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Creates a SAML SSO connection.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/create-saml-connection
 */
export function createSsoSamlConnection(
  ctx: Context,
  params: CreateSsoSamlConnectionParams,
  options?: AuthorizedCallOptions,
): Promise<CreateSsoSamlConnectionResponse> {
  return call(ctx, endpoint, params, options)
}
