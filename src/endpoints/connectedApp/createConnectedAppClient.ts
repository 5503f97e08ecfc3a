// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/connected_apps/clients
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedAppWithClientSecret } from '../models.js'

/** Params of {@link createConnectedAppClient}; a key it does not name fails before sending. */
export interface CreateConnectedAppClientParams {
  client_type: 'first_party' | 'first_party_public' | 'third_party' | 'third_party_public' | (string & {})
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

/** Response of {@link createConnectedAppClient}. */
export interface CreateConnectedAppClientResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_app: ConnectedAppWithClientSecret
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/connected_apps/clients'],
  params: { client_type: 'S', client_name: 's', client_description: 's', redirect_urls: ['a', 's'], full_access_allowed: 'b', access_token_expiry_minutes: 'i', access_token_custom_audience: 's', access_token_template_content: 's', post_logout_redirect_urls: ['a', 's'], logo_url: 's', bypass_consent_for_offline_access: 'b', id_token_template_content: 's' },
  response: { request_id: 's', connected_app: 'o', status_code: 'n' },
}

/**
 * Registers an OAuth client (a Connected App) that can ask members for access through Stytch.
 *
 * Hint: A confidential client’s secret is returned only here and on rotation: store it then.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api/connected-apps-create
 */
export function createConnectedAppClient(
  ctx: Context,
  params: CreateConnectedAppClientParams,
  options?: CallOptions,
): Promise<CreateConnectedAppClientResponse> {
  return call(ctx, endpoint, params, options)
}
