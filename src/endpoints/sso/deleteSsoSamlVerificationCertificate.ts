// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: DELETE /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'

/** Params of {@link deleteSsoSamlVerificationCertificate}; a key it does not name fails before sending. */
export interface DeleteSsoSamlVerificationCertificateParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  certificate_id: string
}

/** Response of {@link deleteSsoSamlVerificationCertificate}. */
export interface DeleteSsoSamlVerificationCertificateResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  certificate_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'DELETE',
  path: ['/v1/b2b/sso/saml/', 'organization_id', '/connections/', 'connection_id', '/verification_certificates/', 'certificate_id'],
  params: { organization_id: 'S', connection_id: 'S', certificate_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', certificate_id: 's', status_code: 'n' },
}

/**
 * Removes a verification certificate from a SAML connection.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/delete-verification-certificate
 */
export function deleteSsoSamlVerificationCertificate(
  ctx: Context,
  params: DeleteSsoSamlVerificationCertificateParams,
  options?: AuthorizedCallOptions,
): Promise<DeleteSsoSamlVerificationCertificateResponse> {
  return call(ctx, endpoint, params, options)
}
