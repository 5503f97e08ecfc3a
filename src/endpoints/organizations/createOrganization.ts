// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Organization } from '../models.js'
import { EmailImplicitRoleAssignmentSchema } from '../schemas.js'

/** Schema of {@link CreateOrganizationParams}: strict, so a misspelt key fails before sending. */
export const CreateOrganizationParamsSchema = strict({
  organization_name: v.string(),
  /** The organization's unique, URL-safe short name. */
  organization_slug: v.optional(v.string()),
  /** An absolute URL. */
  organization_logo_url: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** The organization's external id, usable in place of `organization_id`. */
  organization_external_id: v.optional(v.string()),
  sso_jit_provisioning: v.optional(v.string()),
  email_allowed_domains: v.optional(v.array(v.string())),
  email_jit_provisioning: v.optional(v.string()),
  email_invites: v.optional(v.string()),
  auth_methods: v.optional(v.string()),
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_auth_methods: v.optional(v.array(v.string())),
  mfa_policy: v.optional(v.string()),
  rbac_email_implicit_role_assignments: v.optional(v.array(EmailImplicitRoleAssignmentSchema)),
  mfa_methods: v.optional(v.string()),
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_mfa_methods: v.optional(v.array(v.string())),
  oauth_tenant_jit_provisioning: v.optional(v.string()),
  allowed_oauth_tenants: v.optional(v.record(v.string(), v.unknown())),
  claimed_email_domains: v.optional(v.array(v.string())),
  first_party_connected_apps_allowed_type: v.optional(openEnum<'ALL_ALLOWED' | 'RESTRICTED' | 'NOT_ALLOWED'>()),
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_first_party_connected_apps: v.optional(v.array(v.string())),
  third_party_connected_apps_allowed_type: v.optional(openEnum<'ALL_ALLOWED' | 'RESTRICTED' | 'NOT_ALLOWED'>()),
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_third_party_connected_apps: v.optional(v.array(v.string())),
})

/** Params of {@link createOrganization}. */
export type CreateOrganizationParams = v.InferInput<typeof CreateOrganizationParamsSchema>

/** Response of {@link createOrganization}. */
export interface CreateOrganizationResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/organizations',
  params: CreateOrganizationParamsSchema,
  response: { request_id: 's', organization: 'o', status_code: 'n' },
}

/**
 * Creates an organization.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/create-organization
 */
export function createOrganization(
  ctx: Context,
  params: CreateOrganizationParams,
  options?: CallOptions,
): Promise<CreateOrganizationResponse> {
  return call(ctx, endpoint, params, options)
}
