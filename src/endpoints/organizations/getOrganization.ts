// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Organization } from '../models.js'

/** Params of {@link getOrganization}; a key it does not name fails before sending. */
export interface GetOrganizationParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
}

/** Response of {@link getOrganization}. */
export interface GetOrganizationResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/', 'organization_id'],
  params: { organization_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', organization: 'o', status_code: 'n' },
}

/**
 * Fetches an organization by id.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-organization
 */
export function getOrganization(
  ctx: Context,
  params: GetOrganizationParams,
  options?: CallOptions,
): Promise<GetOrganizationResponse> {
  return call(ctx, endpoint, params, options)
}
