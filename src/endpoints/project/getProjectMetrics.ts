// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/projects/metrics
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ProjectMetric } from '../models.js'

/** Params of {@link getProjectMetrics}; a key it does not name fails before sending. */
export type GetProjectMetricsParams = Record<string, never>

/** Response of {@link getProjectMetrics}. */
export interface GetProjectMetricsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  project_id: string
  metrics: ProjectMetric[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/projects/metrics'],
  params: {  },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', project_id: 's', metrics: 'a', status_code: 'n' },
}

/**
 * Returns the project’s usage counts, one per metric type, for dashboards.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api
 */
export function getProjectMetrics(
  ctx: Context,
  params?: GetProjectMetricsParams,
  options?: CallOptions,
): Promise<GetProjectMetricsResponse> {
  return call(ctx, endpoint, params, options)
}
