// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/metrics
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Schema of {@link GetOrganizationMetricsParams}: strict, so a misspelt key fails before sending. */
export const GetOrganizationMetricsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of {@link getOrganizationMetrics}. */
export type GetOrganizationMetricsParams = v.InferInput<typeof GetOrganizationMetricsParamsSchema>

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
  path: '/v1/b2b/organizations/{organization_id}/metrics',
  params: GetOrganizationMetricsParamsSchema,
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
