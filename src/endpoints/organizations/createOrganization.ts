// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Organization } from '../models.js'
import type { EmailImplicitRoleAssignmentInput } from '../inputs.js'
import { EmailImplicitRoleAssignmentShape } from '../shapes.js'

/** Params of {@link createOrganization}; a key it does not name fails before sending. */
export interface CreateOrganizationParams {
  organization_name: string
  /** The organization's unique, URL-safe short name. */
  organization_slug?: string | undefined
  /** An absolute URL. */
  organization_logo_url?: string | undefined
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown> | undefined
  /** The organization's external id, usable in place of `organization_id`. */
  organization_external_id?: string | undefined
  sso_jit_provisioning?: string | undefined
  email_allowed_domains?: string[] | undefined
  email_jit_provisioning?: string | undefined
  email_invites?: string | undefined
  auth_methods?: string | undefined
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_auth_methods?: string[] | undefined
  mfa_policy?: string | undefined
  rbac_email_implicit_role_assignments?: EmailImplicitRoleAssignmentInput[] | undefined
  mfa_methods?: string | undefined
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_mfa_methods?: string[] | undefined
  oauth_tenant_jit_provisioning?: string | undefined
  allowed_oauth_tenants?: Record<string, unknown> | undefined
  claimed_email_domains?: string[] | undefined
  first_party_connected_apps_allowed_type?: 'ALL_ALLOWED' | 'RESTRICTED' | 'NOT_ALLOWED' | (string & {}) | undefined
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_first_party_connected_apps?: string[] | undefined
  third_party_connected_apps_allowed_type?: 'ALL_ALLOWED' | 'RESTRICTED' | 'NOT_ALLOWED' | (string & {}) | undefined
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_third_party_connected_apps?: string[] | undefined
}

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
  path: ['/v1/b2b/organizations'],
  params: { organization_name: 'S', organization_slug: 's', organization_logo_url: 's', trusted_metadata: 'r', organization_external_id: 's', sso_jit_provisioning: 's', email_allowed_domains: ['a', 's'], email_jit_provisioning: 's', email_invites: 's', auth_methods: 's', allowed_auth_methods: ['a', 's'], mfa_policy: 's', rbac_email_implicit_role_assignments: ['a', ['o', EmailImplicitRoleAssignmentShape]], mfa_methods: 's', allowed_mfa_methods: ['a', 's'], oauth_tenant_jit_provisioning: 's', allowed_oauth_tenants: 'r', claimed_email_domains: ['a', 's'], first_party_connected_apps_allowed_type: 's', allowed_first_party_connected_apps: ['a', 's'], third_party_connected_apps_allowed_type: 's', allowed_third_party_connected_apps: ['a', 's'] },
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
