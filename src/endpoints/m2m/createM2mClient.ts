// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/m2m/clients
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { M2MClientWithClientSecret } from '../models.js'

/** Params of {@link createM2mClient}; a key it does not name fails before sending. */
export interface CreateM2mClientParams {
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  client_id?: string | undefined
  client_secret?: string | undefined
  client_name?: string | undefined
  client_description?: string | undefined
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown> | undefined
}

/** Response of {@link createM2mClient}. */
export interface CreateM2mClientResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  m2m_client: M2MClientWithClientSecret
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/m2m/clients'],
  params: { scopes: ['a', 's', 1], client_id: 's', client_secret: 's', client_name: 's', client_description: 's', trusted_metadata: 'r' },
  response: { request_id: 's', m2m_client: 'o', status_code: 'n' },
}

/**
 * Creates a machine-to-machine client with its scopes.
 *
 * Hint: Its secret is returned only here and on rotation: store it then.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api/create-m2m-client
 */
export function createM2mClient(
  ctx: Context,
  params: CreateM2mClientParams,
  options?: CallOptions,
): Promise<CreateM2mClientResponse> {
  return call(ctx, endpoint, params, options)
}
