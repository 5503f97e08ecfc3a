// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/discovery/organizations
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DiscoveredOrganization } from '../models.js'

/** Schema of {@link ListDiscoveryOrganizationsParams}: strict, so a misspelt key fails before sending. */
export const ListDiscoveryOrganizationsParamsSchema = strict({
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
})

/** Params of {@link listDiscoveryOrganizations}. */
export type ListDiscoveryOrganizationsParams = v.InferInput<typeof ListDiscoveryOrganizationsParamsSchema>

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
  path: '/v1/b2b/discovery/organizations',
  params: ListDiscoveryOrganizationsParamsSchema,
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
