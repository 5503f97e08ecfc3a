// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/connected_apps/clients/{client_id}/secrets/rotate/start
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedAppWithNextClientSecret } from '../models.js'

/** Schema of {@link RotateConnectedAppClientSecretStartParams}: strict, so a misspelt key fails before sending. */
export const RotateConnectedAppClientSecretStartParamsSchema = strict({
  client_id: v.string(),
})

/** Params of {@link rotateConnectedAppClientSecretStart}. */
export type RotateConnectedAppClientSecretStartParams = v.InferInput<typeof RotateConnectedAppClientSecretStartParamsSchema>

/** Response of {@link rotateConnectedAppClientSecretStart}. */
export interface RotateConnectedAppClientSecretStartResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_app: ConnectedAppWithNextClientSecret
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/connected_apps/clients/{client_id}/secrets/rotate/start',
  params: RotateConnectedAppClientSecretStartParamsSchema,
  response: { request_id: 's', connected_app: 'o', status_code: 'n' },
}

/**
 * Starts a secret rotation: issues a second secret, valid alongside the current one until the
 * rotation completes.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api-reference/b2b/api/connected-apps/rotate-secret/start-secret-rotation
 */
export function rotateConnectedAppClientSecretStart(
  ctx: Context,
  params: RotateConnectedAppClientSecretStartParams,
  options?: CallOptions,
): Promise<RotateConnectedAppClientSecretStartResponse> {
  return call(ctx, endpoint, params, options)
}
