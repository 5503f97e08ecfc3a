// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/metrics
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link getOrganizationMetrics}; a key it does not name fails before sending. */
export interface GetOrganizationMetricsParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
}

/** Response of {@link getOrganizationMetrics}. */
export interface GetOrganizationMetricsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  member_count: number
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/', 'organization_id', '/metrics'],
  params: { organization_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', member_count: 'n', status_code: 'n' },
}

/**
 * Counts the members of an organization.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api
 */
export function getOrganizationMetrics(
  ctx: Context,
  params: GetOrganizationMetricsParams,
  options?: CallOptions,
): Promise<GetOrganizationMetricsResponse> {
  return call(ctx, endpoint, params, options)
}
