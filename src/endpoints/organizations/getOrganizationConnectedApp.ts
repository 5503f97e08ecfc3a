// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/connected_apps/{connected_app_id}
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { OrganizationConnectedAppActiveMember } from '../models.js'

/** Params of {@link getOrganizationConnectedApp}; a key it does not name fails before sending. */
export interface GetOrganizationConnectedAppParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  connected_app_id: string
}

/** Response of {@link getOrganizationConnectedApp}. */
export interface GetOrganizationConnectedAppResponse {
  connected_app_id: string
  name: string
  description: string
  client_type: 'first_party' | 'first_party_public' | 'third_party' | 'third_party_public' | (string & {})
  active_members: OrganizationConnectedAppActiveMember[]
  /** HTTP status code of the answer. */
  status_code: number
  /** An absolute URL. */
  logo_url?: string
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/', 'organization_id', '/connected_apps/', 'connected_app_id'],
  params: { organization_id: 'S', connected_app_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { connected_app_id: 's', name: 's', description: 's', client_type: 's', active_members: 'a', status_code: 'n' },
}

/**
 * Fetches one Connected App together with the organization’s members who authorized it and the
 * scopes each one granted.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/connected-app-org-get
 */
export function getOrganizationConnectedApp(
  ctx: Context,
  params: GetOrganizationConnectedAppParams,
  options?: AuthorizedCallOptions,
): Promise<GetOrganizationConnectedAppResponse> {
  return call(ctx, endpoint, params, options)
}
