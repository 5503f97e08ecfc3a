// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: DELETE /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/encryption_private_keys/{private_key_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'

/** Params of {@link deleteSsoSamlEncryptionPrivateKey}; a key it does not name fails before sending. */
export interface DeleteSsoSamlEncryptionPrivateKeyParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  private_key_id: string
}

/** Response of {@link deleteSsoSamlEncryptionPrivateKey}. */
export interface DeleteSsoSamlEncryptionPrivateKeyResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  private_key_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'DELETE',
  path: ['/v1/b2b/sso/saml/', 'organization_id', '/connections/', 'connection_id', '/encryption_private_keys/', 'private_key_id'],
  params: { organization_id: 'S', connection_id: 'S', private_key_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', private_key_id: 's', status_code: 'n' },
}

/**
 * Removes a private key that a SAML connection uses to decrypt encrypted assertions.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/delete-encryption-private-key
 */
export function deleteSsoSamlEncryptionPrivateKey(
  ctx: Context,
  params: DeleteSsoSamlEncryptionPrivateKeyParams,
  options?: AuthorizedCallOptions,
): Promise<DeleteSsoSamlEncryptionPrivateKeyResponse> {
  return call(ctx, endpoint, params, options)
}
