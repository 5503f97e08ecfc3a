// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/sessions/jwks/{project_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Jwk } from '../models.js'

/** Params of {@link getSessionJwks}; a key it does not name fails before sending. */
export interface GetSessionJwksParams {
  project_id: string
}

/** Response of {@link getSessionJwks}. */
export interface GetSessionJwksResponse {
  keys: Jwk[]
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/sessions/jwks/', 'project_id'],
  params: { project_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { keys: 'a', request_id: 's', status_code: 'n' },
}

/**
 * Fetches the public keys that sign the project’s session JWTs.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-jwks
 */
export function getSessionJwks(
  ctx: Context,
  params: GetSessionJwksParams,
  options?: CallOptions,
): Promise<GetSessionJwksResponse> {
  return call(ctx, endpoint, params, options)
}
