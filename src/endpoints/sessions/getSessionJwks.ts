// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/sessions/jwks/{project_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Jwk } from '../models.js'

/** Schema of {@link GetSessionJwksParams}: strict, so a misspelt key fails before sending. */
export const GetSessionJwksParamsSchema = strict({
  project_id: v.string(),
})

/** Params of {@link getSessionJwks}. */
export type GetSessionJwksParams = v.InferInput<typeof GetSessionJwksParamsSchema>

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
  path: '/v1/b2b/sessions/jwks/{project_id}',
  params: GetSessionJwksParamsSchema,
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
