// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/connected_apps/clients/{client_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedApp } from '../models.js'

/** Params of {@link updateConnectedAppClient}; a key it does not name fails before sending. */
export interface UpdateConnectedAppClientParams {
  client_id: string
  client_name?: string | undefined
  client_description?: string | undefined
  redirect_urls?: string[] | undefined
  full_access_allowed?: boolean | undefined
  /** A duration in minutes. */
  access_token_expiry_minutes?: number | undefined
  access_token_custom_audience?: string | undefined
  access_token_template_content?: string | undefined
  post_logout_redirect_urls?: string[] | undefined
  /** An absolute URL. */
  logo_url?: string | undefined
  bypass_consent_for_offline_access?: boolean | undefined
  id_token_template_content?: string | undefined
}

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
  path: ['/v1/connected_apps/clients/', 'client_id'],
  params: { client_id: 'S', client_name: 's', client_description: 's', redirect_urls: ['a', 's'], full_access_allowed: 'b', access_token_expiry_minutes: 'i', access_token_custom_audience: 's', access_token_template_content: 's', post_logout_redirect_urls: ['a', 's'], logo_url: 's', bypass_consent_for_offline_access: 'b', id_token_template_content: 's' },
  retry: retrying,
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
