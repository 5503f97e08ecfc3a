// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sso/saml/{organization_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { openEnum, strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { SamlConnection } from '../models.js'

/** Schema of {@link CreateSsoSamlConnectionParams}: strict, so a misspelt key fails before sending. */
export const CreateSsoSamlConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  display_name: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth'>()),
})

/** Params of {@link createSsoSamlConnection}. */
export type CreateSsoSamlConnectionParams = v.InferInput<typeof CreateSsoSamlConnectionParamsSchema>

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
  path: '/v1/b2b/sso/saml/{organization_id}',
  params: CreateSsoSamlConnectionParamsSchema,
  auth: true,
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
