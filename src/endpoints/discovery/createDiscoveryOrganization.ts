// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/discovery/organizations/create
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization, PrimaryRequired } from '../models.js'
import { EmailImplicitRoleAssignmentSchema } from '../schemas.js'

/** Schema of {@link CreateDiscoveryOrganizationParams}: strict, so a misspelt key fails before sending. */
export const CreateDiscoveryOrganizationParamsSchema = strict({
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.string(),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  organization_name: v.optional(v.string()),
  /** The organization's unique, URL-safe short name. */
  organization_slug: v.optional(v.string()),
  /** The organization's external id, usable in place of `organization_id`. */
  organization_external_id: v.optional(v.string()),
  /** An absolute URL. */
  organization_logo_url: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
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
  first_party_connected_apps_allowed_type: v.optional(openEnum<'ALL_ALLOWED' | 'RESTRICTED' | 'NOT_ALLOWED'>()),
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_first_party_connected_apps: v.optional(v.array(v.string())),
  third_party_connected_apps_allowed_type: v.optional(openEnum<'ALL_ALLOWED' | 'RESTRICTED' | 'NOT_ALLOWED'>()),
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_third_party_connected_apps: v.optional(v.array(v.string())),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link createDiscoveryOrganization}. */
export type CreateDiscoveryOrganizationParams = v.InferInput<typeof CreateDiscoveryOrganizationParamsSchema>

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
  path: '/v1/b2b/discovery/organizations/create',
  params: CreateDiscoveryOrganizationParamsSchema,
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
