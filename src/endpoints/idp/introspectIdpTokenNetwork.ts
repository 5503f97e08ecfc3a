// Hand-written (not generated): a form POST with the Connected App's credentials, not a JSON call.
// Route: POST /v1/public/{project_id}/oauth2/introspect
import type { Context } from '../../core/context.js'
import { StytchInactiveTokenError } from '../../core/errors.js'
import { formOptions, formParams, postForm } from '../../core/form.js'
import type { Shape } from '../../core/check.js'
import type { CallOptions } from '../../core/types.js'

/** Params of {@link introspectIdpTokenNetwork}; a key it does not name fails before sending. */
export interface IntrospectIdpTokenNetworkParams {
  /** The access or refresh token to introspect. */
  token: string
  /** Id of the Connected App client asking. */
  client_id: string
  /** The client's secret; left out for public clients. */
  client_secret?: string | undefined
  /** `access_token` or `refresh_token`, to speed up the lookup. */
  token_type_hint?: string | undefined
}

const PARAMS: Shape = { token: 'S', client_id: 'S', client_secret: 's', token_type_hint: 's' }

/** The organization an introspected token belongs to. */
export interface IntrospectTokenOrganization {
  organization_id: string
  slug: string
}

/**
 * Response of {@link introspectIdpTokenNetwork}: the claims of an active token, as the API sends
 * them (RFC 7662). Custom claims sit at the top level next to the standard ones.
 */
export interface IntrospectIdpTokenNetworkResponse {
  /** Always true: an inactive token throws `StytchInactiveTokenError`. */
  active: true
  token_type?: string
  iss?: string
  /** The member (or client) the token was issued for. */
  sub?: string
  aud?: string[]
  /** Space-separated scopes. */
  scope?: string
  client_id?: string
  /** Expiry, in seconds since the epoch. */
  exp?: number
  /** Issue time, in seconds since the epoch. */
  iat?: number
  'https://stytch.com/organization'?: IntrospectTokenOrganization
  request_id?: string
  status_code?: number
  [claim: string]: unknown
}

// The route, spelt as the generated modules spell theirs, for the endpoint index.
// POST /v1/public/{project_id}/oauth2/introspect, as the pipeline takes paths (see PathParts).
const route = { method: 'POST', path: ['/v1/public/', 'project_id', '/oauth2/introspect'] } as const

/**
 * Asks Stytch whether a Connected App access or refresh token is active and returns its claims.
 * The request is authenticated by the client's `client_id` (and `client_secret`, for a
 * confidential client) in the form body, not by the project secret.
 *
 * Hint: for access tokens, local JWT verification avoids this round trip; this call also sees
 * revocation.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchInactiveTokenError` (code
 *   `oauth2_invalid_token_error`) when the token is not active; `StytchApiError` with the OAuth2
 *   `error` (e.g. `invalid_client`) as `code`; or a network, timeout, abort or decode error.
 *   No error holds the token or the client secret (of 8 characters or more).
 * @see https://stytch.com/docs/b2b/api/connected-app-token-introspection
 */
export async function introspectIdpTokenNetwork(
  ctx: Context,
  params: IntrospectIdpTokenNetworkParams,
  options?: CallOptions,
): Promise<IntrospectIdpTokenNetworkResponse> {
  const { token, client_id, client_secret, token_type_hint } = formParams<IntrospectIdpTokenNetworkParams>(PARAMS, params)
  const read = formOptions(options)
  // The official SDKs' order; empty optional fields are left out, as the Node SDK does.
  const fields = [['token', token], ['client_id', client_id], ['client_secret', client_secret || undefined], ['token_type_hint', token_type_hint || undefined]] as const
  const data = await postForm(ctx, route.path, fields, [token, client_secret], { active: 'b' }, read)
  if (data['active'] !== true) throw new StytchInactiveTokenError()
  return data as IntrospectIdpTokenNetworkResponse
}
