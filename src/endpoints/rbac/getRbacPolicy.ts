// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/rbac/policy
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Policy } from '../models.js'

/** Params of {@link getRbacPolicy}; a key it does not name fails before sending. */
export type GetRbacPolicyParams = Record<string, never>

/** Response of {@link getRbacPolicy}. */
export interface GetRbacPolicyResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
  policy?: Policy
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/rbac/policy'],
  params: {  },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Fetches the project’s RBAC policy: roles, resources and their permissions.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-rbac-policy
 */
export function getRbacPolicy(
  ctx: Context,
  params?: GetRbacPolicyParams,
  options?: CallOptions,
): Promise<GetRbacPolicyResponse> {
  return call(ctx, endpoint, params, options)
}
