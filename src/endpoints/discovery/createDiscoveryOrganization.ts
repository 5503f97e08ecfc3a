// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/discovery/organizations/create
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization, PrimaryRequired } from '../models.js'
import type { EmailImplicitRoleAssignmentInput } from '../inputs.js'
import { EmailImplicitRoleAssignmentShape } from '../shapes.js'

/** Params of {@link createDiscoveryOrganization}; a key it does not name fails before sending. */
export interface CreateDiscoveryOrganizationParams {
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  organization_name?: string | undefined
  /** The organization's unique, URL-safe short name. */
  organization_slug?: string | undefined
  /** The organization's external id, usable in place of `organization_id`. */
  organization_external_id?: string | undefined
  /** An absolute URL. */
  organization_logo_url?: string | undefined
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown> | undefined
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
  first_party_connected_apps_allowed_type?: 'ALL_ALLOWED' | 'RESTRICTED' | 'NOT_ALLOWED' | (string & {}) | undefined
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_first_party_connected_apps?: string[] | undefined
  third_party_connected_apps_allowed_type?: 'ALL_ALLOWED' | 'RESTRICTED' | 'NOT_ALLOWED' | (string & {}) | undefined
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_third_party_connected_apps?: string[] | undefined
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id?: string | undefined
}

/** Response of {@link createDiscoveryOrganization}. */
export interface CreateDiscoveryOrganizationResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: string
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: string
  member: Member
  organization: Organization
  /** Whether a full member session was issued; false means MFA is still required. */
  member_authenticated: boolean
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  /** HTTP status code of the answer. */
  status_code: number
  member_session?: MemberSession
  mfa_required?: MfaRequired
  primary_required?: PrimaryRequired
  member_device?: DeviceInfo
  /** When the intermediate session token stops working (RFC 3339). */
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/discovery/organizations/create'],
  params: { intermediate_session_token: 'S', session_duration_minutes: 'i', session_custom_claims: 'r', organization_name: 's', organization_slug: 's', organization_external_id: 's', organization_logo_url: 's', trusted_metadata: 'r', sso_jit_provisioning: 's', email_allowed_domains: ['a', 's'], email_jit_provisioning: 's', email_invites: 's', auth_methods: 's', allowed_auth_methods: ['a', 's'], mfa_policy: 's', rbac_email_implicit_role_assignments: ['a', ['o', EmailImplicitRoleAssignmentShape]], mfa_methods: 's', allowed_mfa_methods: ['a', 's'], oauth_tenant_jit_provisioning: 's', allowed_oauth_tenants: 'r', first_party_connected_apps_allowed_type: 's', allowed_first_party_connected_apps: ['a', 's'], third_party_connected_apps_allowed_type: 's', allowed_third_party_connected_apps: ['a', 's'], telemetry_id: 's' },
  response: { request_id: 's', member_id: 's', session_token: 's', session_jwt: 's', member: 'o', organization: 'o', member_authenticated: 'b', intermediate_session_token: 's', status_code: 'n' },
}

/**
 * Creates an organization from an intermediate session and makes its holder the first member.
 *
 * Hint: When the organization requires MFA, no session is issued: `member_authenticated` is false
 * and the `intermediate_session_token` must be completed with an OTP, TOTP or recovery code.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/create-organization-via-discovery
 */
export function createDiscoveryOrganization(
  ctx: Context,
  params: CreateDiscoveryOrganizationParams,
  options?: CallOptions,
): Promise<CreateDiscoveryOrganizationResponse> {
  return call(ctx, endpoint, params, options)
}
