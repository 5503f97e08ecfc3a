// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: PUT /v1/b2b/rbac/organizations/{organization_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { OrgPolicy } from '../models.js'
import type { OrgPolicyInput } from '../inputs.js'
import { OrgPolicyShape } from '../shapes.js'

/** Params of {@link setRbacOrganizationPolicy}; a key it does not name fails before sending. */
export interface SetRbacOrganizationPolicyParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  org_policy: OrgPolicyInput
}

/** Response of {@link setRbacOrganizationPolicy}. */
export interface SetRbacOrganizationPolicyResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  org_policy: OrgPolicy
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'PUT',
  path: ['/v1/b2b/rbac/organizations/', 'organization_id'],
  params: { organization_id: 'S', org_policy: ['o', OrgPolicyShape, 1] },
  retry: retrying,
  response: { request_id: 's', org_policy: 'o', status_code: 'n' },
}

/**
 * Replaces the whole set of custom roles of one organization; the project policy is left as it is.
 *
 * Hint: Organization policies are a private beta: Stytch has to switch them on for the workspace
 * first.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/set-rbac-org-policy
 */
export function setRbacOrganizationPolicy(
  ctx: Context,
  params: SetRbacOrganizationPolicyParams,
  options?: CallOptions,
): Promise<SetRbacOrganizationPolicyResponse> {
  return call(ctx, endpoint, params, options)
}
