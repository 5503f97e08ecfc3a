// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/connected_apps/clients/{client_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedApp } from '../models.js'

/** Schema of {@link UpdateConnectedAppClientParams}: strict, so a misspelt key fails before sending. */
export const UpdateConnectedAppClientParamsSchema = strict({
  client_id: v.string(),
  client_name: v.optional(v.string()),
  client_description: v.optional(v.string()),
  redirect_urls: v.optional(v.array(v.string())),
  full_access_allowed: v.optional(v.boolean()),
  /** A duration in minutes. */
  access_token_expiry_minutes: v.optional(int()),
  access_token_custom_audience: v.optional(v.string()),
  access_token_template_content: v.optional(v.string()),
  post_logout_redirect_urls: v.optional(v.array(v.string())),
  /** An absolute URL. */
  logo_url: v.optional(v.string()),
  bypass_consent_for_offline_access: v.optional(v.boolean()),
  id_token_template_content: v.optional(v.string()),
})

/** Params of {@link updateConnectedAppClient}. */
export type UpdateConnectedAppClientParams = v.InferInput<typeof UpdateConnectedAppClientParamsSchema>

/** Response of {@link updateConnectedAppClient}. */
export interface UpdateConnectedAppClientResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_app: ConnectedApp
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'PUT',
  path: '/v1/connected_apps/clients/{client_id}',
  params: UpdateConnectedAppClientParamsSchema,
  response: { request_id: 's', connected_app: 'o', status_code: 'n' },
}

/**
 * Changes a Connected App client’s settings, such as its name, redirect URLs or access-token
 * lifetime.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api/connected-apps-update
 */
export function updateConnectedAppClient(
  ctx: Context,
  params: UpdateConnectedAppClientParams,
  options?: CallOptions,
): Promise<UpdateConnectedAppClientResponse> {
  return call(ctx, endpoint, params, options)
}
