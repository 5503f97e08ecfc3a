// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/discovery/organizations
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DiscoveredOrganization } from '../models.js'

/** Params of {@link listDiscoveryOrganizations}; a key it does not name fails before sending. */
export interface ListDiscoveryOrganizationsParams {
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token?: string | undefined
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
}

/** Response of {@link listDiscoveryOrganizations}. */
export interface ListDiscoveryOrganizationsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  email_address: string
  discovered_organizations: DiscoveredOrganization[]
  /** HTTP status code of the answer. */
  status_code: number
  organization_id_hint?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/discovery/organizations'],
  params: { intermediate_session_token: 's', session_token: 's', session_jwt: 's' },
  response: { request_id: 's', email_address: 's', discovered_organizations: 'a', status_code: 'n' },
}

/**
 * Lists the organizations the holder of an intermediate session or member session can join or has
 * joined.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/list-discovered-organizations
 */
export function listDiscoveryOrganizations(
  ctx: Context,
  params?: ListDiscoveryOrganizationsParams,
  options?: CallOptions,
): Promise<ListDiscoveryOrganizationsResponse> {
  return call(ctx, endpoint, params, options)
}
