// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/connected_apps/clients
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { ConnectedAppWithClientSecret } from '../models.js'

/** Schema of {@link CreateConnectedAppClientParams}: strict, so a misspelt key fails before sending. */
export const CreateConnectedAppClientParamsSchema = strict({
  client_type: openEnum<'first_party' | 'first_party_public' | 'third_party' | 'third_party_public'>(),
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

/** Params of {@link createConnectedAppClient}. */
export type CreateConnectedAppClientParams = v.InferInput<typeof CreateConnectedAppClientParamsSchema>

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
  path: '/v1/connected_apps/clients',
  params: CreateConnectedAppClientParamsSchema,
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
