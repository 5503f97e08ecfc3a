// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/organizations/{organization_id}/connected_apps
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { OrganizationConnectedApp } from '../models.js'

/** Params of {@link getOrganizationConnectedApps}; a key it does not name fails before sending. */
export interface GetOrganizationConnectedAppsParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
}

/** Response of {@link getOrganizationConnectedApps}. */
export interface GetOrganizationConnectedAppsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  connected_apps: OrganizationConnectedApp[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/organizations/', 'organization_id', '/connected_apps'],
  params: { organization_id: 'S' },
  auth: memberSession,
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', connected_apps: 'a', status_code: 'n' },
}

/**
 * Lists the Connected Apps that members of an organization have authorized.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/connected-app-org-get-all
 */
export function getOrganizationConnectedApps(
  ctx: Context,
  params: GetOrganizationConnectedAppsParams,
  options?: AuthorizedCallOptions,
): Promise<GetOrganizationConnectedAppsResponse> {
  return call(ctx, endpoint, params, options)
}
