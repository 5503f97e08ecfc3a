// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oidc_providers
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { OidcProviderInfo } from '../models.js'

/** Params of {@link getMemberOidcProviders}; a key it does not name fails before sending. */
export interface GetMemberOidcProvidersParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  include_refresh_token?: boolean | undefined
}

/** Response of {@link getMemberOidcProviders}. */
export interface GetMemberOidcProvidersResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  registrations: OidcProviderInfo[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id', '/oidc_providers'],
  params: { organization_id: 'S', member_id: 'S', include_refresh_token: 'b' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', registrations: 'a', status_code: 'n' },
}

/**
 * Returns the OIDC SSO tokens Stytch holds for a member, per registration.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-oidc-access-token
 */
export function getMemberOidcProviders(
  ctx: Context,
  params: GetMemberOidcProvidersParams,
  options?: CallOptions,
): Promise<GetMemberOidcProvidersResponse> {
  return call(ctx, endpoint, params, options)
}
