// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: DELETE /v1/b2b/organizations/{organization_id}/external_id
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Organization } from '../models.js'

/** Schema of {@link DeleteOrganizationExternalIdParams}: strict, so a misspelt key fails before sending. */
export const DeleteOrganizationExternalIdParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of {@link deleteOrganizationExternalId}. */
export type DeleteOrganizationExternalIdParams = v.InferInput<typeof DeleteOrganizationExternalIdParamsSchema>

/** Response of {@link deleteOrganizationExternalId}. */
export interface DeleteOrganizationExternalIdResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'DELETE',
  path: '/v1/b2b/organizations/{organization_id}/external_id',
  params: DeleteOrganizationExternalIdParamsSchema,
  auth: true,
  response: { request_id: 's', organization: 'o', status_code: 'n' },
}

/**
 * Removes the external id your app assigned to an organization.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/api-reference/b2b/api/organizations/delete-organization-external-id
 */
export function deleteOrganizationExternalId(
  ctx: Context,
  params: DeleteOrganizationExternalIdParams,
  options?: AuthorizedCallOptions,
): Promise<DeleteOrganizationExternalIdResponse> {
  return call(ctx, endpoint, params, options)
}
