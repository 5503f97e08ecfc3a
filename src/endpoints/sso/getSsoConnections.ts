// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/sso/{organization_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Connection, OidcConnection, SamlConnection } from '../models.js'

/** Params of {@link getSsoConnections}; a key it does not name fails before sending. */
export interface GetSsoConnectionsParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
}

/** Response of {@link getSsoConnections}. */
export interface GetSsoConnectionsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  saml_connections: SamlConnection[]
  oidc_connections: OidcConnection[]
  external_connections: Connection[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/sso/', 'organization_id'],
  params: { organization_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', saml_connections: 'a', oidc_connections: 'a', external_connections: 'a', status_code: 'n' },
}

/**
 * Lists an organization’s SAML, OIDC and external SSO connections.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-sso-connections
 */
export function getSsoConnections(
  ctx: Context,
  params: GetSsoConnectionsParams,
  options?: AuthorizedCallOptions,
): Promise<GetSsoConnectionsResponse> {
  return call(ctx, endpoint, params, options)
}
