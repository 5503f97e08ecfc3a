// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/debug/whoami
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'

/** Params of {@link getDebugWhoami}; a key it does not name fails before sending. */
export type GetDebugWhoamiParams = Record<string, never>

/** Response of {@link getDebugWhoami}. */
export interface GetDebugWhoamiResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  project_id: string
  name: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/debug/whoami'],
  params: {  },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', project_id: 's', name: 's', status_code: 'n' },
}

/**
 * Tells which project the credentials belong to, and its name: a quick check of the configuration.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api
 */
export function getDebugWhoami(
  ctx: Context,
  params?: GetDebugWhoamiParams,
  options?: CallOptions,
): Promise<GetDebugWhoamiResponse> {
  return call(ctx, endpoint, params, options)
}
