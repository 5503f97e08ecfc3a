// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/url
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { SamlConnection } from '../models.js'

/** Params of {@link updateSsoSamlByUrl}; a key it does not name fails before sending. */
export interface UpdateSsoSamlByUrlParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  /** An absolute URL. */
  metadata_url: string
}

/** Response of {@link updateSsoSamlByUrl}. */
export interface UpdateSsoSamlByUrlResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  connection?: SamlConnection
}

const endpoint: Endpoint = {
  method: 'PUT',
  path: ['/v1/b2b/sso/saml/', 'organization_id', '/connections/', 'connection_id', '/url'],
  params: { organization_id: 'S', connection_id: 'S', metadata_url: 'S' },
  auth: memberSession,
  retry: retrying,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Updates a SAML connection from the identity provider’s metadata URL.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/update-saml-connection-url
 */
export function updateSsoSamlByUrl(
  ctx: Context,
  params: UpdateSsoSamlByUrlParams,
  options?: AuthorizedCallOptions,
): Promise<UpdateSsoSamlByUrlResponse> {
  return call(ctx, endpoint, params, options)
}
