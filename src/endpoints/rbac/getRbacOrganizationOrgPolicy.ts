// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/rbac/organizations/{organization_id}
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { OrgPolicy } from '../models.js'

/** Schema of {@link GetRbacOrganizationOrgPolicyParams}: strict, so a misspelt key fails before sending. */
export const GetRbacOrganizationOrgPolicyParamsSchema = v.strictObject({
  organization_id: v.string(),
})

/** Params of {@link getRbacOrganizationOrgPolicy}. */
export type GetRbacOrganizationOrgPolicyParams = v.InferInput<typeof GetRbacOrganizationOrgPolicyParamsSchema>

/** Response of {@link getRbacOrganizationOrgPolicy}. */
export interface GetRbacOrganizationOrgPolicyResponse {
  request_id: string
  org_policy: OrgPolicy
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: '/v1/b2b/rbac/organizations/{organization_id}',
  params: GetRbacOrganizationOrgPolicyParamsSchema,
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
export function getRbacOrganizationOrgPolicy(
  ctx: Context,
  params: GetRbacOrganizationOrgPolicyParams,
  options?: CallOptions,
): Promise<GetRbacOrganizationOrgPolicyResponse> {
  return call(ctx, endpoint, params, options)
}
