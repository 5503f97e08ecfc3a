// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/m2m/clients/{client_id}/secrets/rotate/cancel
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { M2MClient } from '../models.js'

/** Schema of {@link RotateM2mClientSecretCancelParams}: strict, so a misspelt key fails before sending. */
export const RotateM2mClientSecretCancelParamsSchema = strict({
  client_id: v.string(),
})

/** Params of {@link rotateM2mClientSecretCancel}. */
export type RotateM2mClientSecretCancelParams = v.InferInput<typeof RotateM2mClientSecretCancelParamsSchema>

/** Response of {@link rotateM2mClientSecretCancel}. */
export interface RotateM2mClientSecretCancelResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  m2m_client: M2MClient
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/m2m/clients/{client_id}/secrets/rotate/cancel',
  params: RotateM2mClientSecretCancelParamsSchema,
  response: { request_id: 's', m2m_client: 'o', status_code: 'n' },
}

/**
 * Cancels a secret rotation in progress, dropping the new secret.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api-reference/consumer/api/m2m/rotate-secret/cancel-secret-rotation
 */
export function rotateM2mClientSecretCancel(
  ctx: Context,
  params: RotateM2mClientSecretCancelParams,
  options?: CallOptions,
): Promise<RotateM2mClientSecretCancelResponse> {
  return call(ctx, endpoint, params, options)
}
