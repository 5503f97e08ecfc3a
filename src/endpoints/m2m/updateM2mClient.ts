// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/m2m/clients/{client_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { M2MClient } from '../models.js'

/** Params of {@link updateM2mClient}; a key it does not name fails before sending. */
export interface UpdateM2mClientParams {
  client_id: string
  client_name?: string | undefined
  client_description?: string | undefined
  status?: 'active' | 'inactive' | (string & {}) | undefined
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes?: string[] | undefined
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown> | undefined
}

/** Response of {@link updateM2mClient}. */
export interface UpdateM2mClientResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  m2m_client: M2MClient
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'PUT',
  path: ['/v1/m2m/clients/', 'client_id'],
  params: { client_id: 'S', client_name: 's', client_description: 's', status: 's', scopes: ['a', 's'], trusted_metadata: 'r' },
  retry: retrying,
  response: { request_id: 's', m2m_client: 'o', status_code: 'n' },
}

/**
 * Changes an M2M client’s name, scopes, metadata or status.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api/update-m2m-client
 */
export function updateM2mClient(
  ctx: Context,
  params: UpdateM2mClientParams,
  options?: CallOptions,
): Promise<UpdateM2mClientResponse> {
  return call(ctx, endpoint, params, options)
}
