// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/rbac/organizations/{organization_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { OrgPolicy } from '../models.js'

/** Params of {@link getRbacOrganizationPolicy}; a key it does not name fails before sending. */
export interface GetRbacOrganizationPolicyParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
}

/** Response of {@link getRbacOrganizationPolicy}. */
export interface GetRbacOrganizationPolicyResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  org_policy: OrgPolicy
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/rbac/organizations/', 'organization_id'],
  params: { organization_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', org_policy: 'o', status_code: 'n' },
}

/**
 * Fetches the custom roles one organization defines on top of the project’s RBAC policy.
 *
 * Hint: Organization policies are a private beta: Stytch has to switch them on for the workspace
 * first.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-rbac-org-policy
 */
export function getRbacOrganizationPolicy(
  ctx: Context,
  params: GetRbacOrganizationPolicyParams,
  options?: CallOptions,
): Promise<GetRbacOrganizationPolicyResponse> {
  return call(ctx, endpoint, params, options)
}
