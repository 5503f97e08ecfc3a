// Generated from spec/b2b-api.json by `npm run generate`; do not edit.
/**
 * Strict valibot schemas of every endpoint's params (`…ParamsSchema`) and of the objects nested
 * in them, for validating input with valibot before calling. The endpoints do not need them: they
 * check params against the same spec themselves, and this module is loaded only when imported.
 *
 * @module
 */
import * as v from 'valibot'
import { int, openEnum, strict } from '../core/schema.js'

export * from './form.js'

/** Schema of a nested `Metadata` param object. */
export const MetadataSchema = strict({
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: v.optional(v.string()),
  /** Id of the organization (`organization-…`). */
  organization_id: v.optional(v.string()),
  user_action: v.optional(v.string()),
})

/** Schema of a nested `M2MSearchQuery` param object. */
export const M2MSearchQuerySchema = strict({
  operator: openEnum<'OR' | 'AND'>(),
  operands: v.array(v.record(v.string(), v.unknown())),
})

/** Schema of a nested `Argon2Config` param object. */
export const Argon2ConfigSchema = strict({
  salt: v.string(),
  iteration_amount: int(),
  memory: int(),
  threads: int(),
  key_length: int(),
})

/** Schema of a nested `Md5Config` param object. */
export const Md5ConfigSchema = strict({
  prepend_salt: v.string(),
  append_salt: v.string(),
})

/** Schema of a nested `Pbkdf2Config` param object. */
export const Pbkdf2ConfigSchema = strict({
  salt: v.string(),
  iteration_amount: int(),
  key_length: int(),
  algorithm: v.string(),
})

/** Schema of a nested `Sha1Config` param object. */
export const Sha1ConfigSchema = strict({
  prepend_salt: v.string(),
  append_salt: v.string(),
})

/** Schema of a nested `Sha512Config` param object. */
export const Sha512ConfigSchema = strict({
  prepend_salt: v.string(),
  append_salt: v.string(),
})

/** Schema of a nested `ScryptConfig` param object. */
export const ScryptConfigSchema = strict({
  salt: v.string(),
  n_parameter: int(),
  r_parameter: int(),
  p_parameter: int(),
  key_length: int(),
})

/** Schema of a nested `EmailImplicitRoleAssignment` param object. */
export const EmailImplicitRoleAssignmentSchema = strict({
  domain: v.string(),
  role_id: v.string(),
})

/** Schema of a nested `SearchQuery` param object. */
export const SearchQuerySchema = strict({
  operator: openEnum<'OR' | 'AND'>(),
  operands: v.array(v.record(v.string(), v.unknown())),
})

/** Schema of a nested `PolicyRolePermission` param object. */
export const PolicyRolePermissionSchema = strict({
  resource_id: v.string(),
  actions: v.array(v.string()),
})

/** Schema of a nested `PolicyRole` param object. */
export const PolicyRoleSchema = strict({
  role_id: v.string(),
  description: v.string(),
  permissions: v.array(PolicyRolePermissionSchema),
})

/** Schema of a nested `OrgPolicy` param object. */
export const OrgPolicySchema = strict({
  roles: v.array(PolicyRoleSchema),
})

/** Schema of a nested `ScimGroupImplicitRoleAssignments` param object. */
export const ScimGroupImplicitRoleAssignmentsSchema = strict({
  role_id: v.string(),
  group_id: v.string(),
  group_name: v.string(),
})

/** Schema of a nested `AuthorizationCheck` param object. */
export const AuthorizationCheckSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  resource_id: v.string(),
  action: v.string(),
})

/** Schema of a nested `ConnectionImplicitRoleAssignment` param object. */
export const ConnectionImplicitRoleAssignmentSchema = strict({
  role_id: v.string(),
})

/** Schema of a nested `GroupImplicitRoleAssignment` param object. */
export const GroupImplicitRoleAssignmentSchema = strict({
  role_id: v.string(),
  group: v.string(),
})

/** Schema of a nested `SamlConnectionImplicitRoleAssignment` param object. */
export const SamlConnectionImplicitRoleAssignmentSchema = strict({
  role_id: v.string(),
})

/** Schema of a nested `SamlGroupImplicitRoleAssignment` param object. */
export const SamlGroupImplicitRoleAssignmentSchema = strict({
  role_id: v.string(),
  group: v.string(),
})

/** Params of `createConnectedAppClient` (POST /v1/connected_apps/clients), strict: a misspelt key fails. */
export const CreateConnectedAppClientParamsSchema = strict({
  client_type: openEnum<'first_party' | 'first_party_public' | 'third_party' | 'third_party_public'>(),
  client_name: v.optional(v.string()),
  client_description: v.optional(v.string()),
  redirect_urls: v.optional(v.array(v.string())),
  full_access_allowed: v.optional(v.boolean()),
  /** A duration in minutes. */
  access_token_expiry_minutes: v.optional(int()),
  access_token_custom_audience: v.optional(v.string()),
  access_token_template_content: v.optional(v.string()),
  post_logout_redirect_urls: v.optional(v.array(v.string())),
  /** An absolute URL. */
  logo_url: v.optional(v.string()),
  bypass_consent_for_offline_access: v.optional(v.boolean()),
  id_token_template_content: v.optional(v.string()),
})

/** Params of `deleteConnectedAppClient` (DELETE /v1/connected_apps/clients/{client_id}), strict: a misspelt key fails. */
export const DeleteConnectedAppClientParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `getConnectedAppClient` (GET /v1/connected_apps/clients/{client_id}), strict: a misspelt key fails. */
export const GetConnectedAppClientParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `searchConnectedAppClients` (POST /v1/connected_apps/clients/search), strict: a misspelt key fails. */
export const SearchConnectedAppClientsParamsSchema = strict({
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor: v.optional(v.string()),
  /** Most results in one page. */
  limit: v.optional(int()),
})

/** Params of `rotateConnectedAppClientSecret` (POST /v1/connected_apps/clients/{client_id}/secrets/rotate), strict: a misspelt key fails. */
export const RotateConnectedAppClientSecretParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `rotateConnectedAppClientSecretCancel` (POST /v1/connected_apps/clients/{client_id}/secrets/rotate/cancel), strict: a misspelt key fails. */
export const RotateConnectedAppClientSecretCancelParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `rotateConnectedAppClientSecretStart` (POST /v1/connected_apps/clients/{client_id}/secrets/rotate/start), strict: a misspelt key fails. */
export const RotateConnectedAppClientSecretStartParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `updateConnectedAppClient` (PUT /v1/connected_apps/clients/{client_id}), strict: a misspelt key fails. */
export const UpdateConnectedAppClientParamsSchema = strict({
  client_id: v.string(),
  client_name: v.optional(v.string()),
  client_description: v.optional(v.string()),
  redirect_urls: v.optional(v.array(v.string())),
  full_access_allowed: v.optional(v.boolean()),
  /** A duration in minutes. */
  access_token_expiry_minutes: v.optional(int()),
  access_token_custom_audience: v.optional(v.string()),
  access_token_template_content: v.optional(v.string()),
  post_logout_redirect_urls: v.optional(v.array(v.string())),
  /** An absolute URL. */
  logo_url: v.optional(v.string()),
  bypass_consent_for_offline_access: v.optional(v.boolean()),
  id_token_template_content: v.optional(v.string()),
})

/** Params of `getDebugWhoami` (GET /v1/debug/whoami), strict: a misspelt key fails. */
export const GetDebugWhoamiParamsSchema = strict({})

/** Params of `exchangeDiscoveryIntermediateSession` (POST /v1/b2b/discovery/intermediate_sessions/exchange), strict: a misspelt key fails. */
export const ExchangeDiscoveryIntermediateSessionParamsSchema = strict({
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.string(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs'>()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `createDiscoveryOrganization` (POST /v1/b2b/discovery/organizations/create), strict: a misspelt key fails. */
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

/** Params of `listDiscoveryOrganizations` (POST /v1/b2b/discovery/organizations), strict: a misspelt key fails. */
export const ListDiscoveryOrganizationsParamsSchema = strict({
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
})

/** Params of `getFraudEmailRisk` (POST /v1/email/risk), strict: a misspelt key fails. */
export const GetFraudEmailRiskParamsSchema = strict({
  email_address: v.string(),
})

/** Params of `lookupFraudFingerprint` (POST /v1/fingerprint/lookup), strict: a misspelt key fails. */
export const LookupFraudFingerprintParamsSchema = strict({
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.string(),
  external_metadata: v.optional(MetadataSchema),
})

/** Params of `listFraudRules` (POST /v1/rules/list), strict: a misspelt key fails. */
export const ListFraudRulesParamsSchema = strict({
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor: v.optional(v.string()),
  /** Most results in one page. */
  limit: v.optional(int()),
})

/** Params of `setFraudRules` (POST /v1/rules/set), strict: a misspelt key fails. */
export const SetFraudRulesParamsSchema = strict({
  action: openEnum<'ALLOW' | 'CHALLENGE' | 'BLOCK' | 'NONE'>(),
  visitor_id: v.optional(v.string()),
  browser_id: v.optional(v.string()),
  visitor_fingerprint: v.optional(v.string()),
  browser_fingerprint: v.optional(v.string()),
  hardware_fingerprint: v.optional(v.string()),
  network_fingerprint: v.optional(v.string()),
  /** A duration in minutes. */
  expires_in_minutes: v.optional(int()),
  description: v.optional(v.string()),
  cidr_block: v.optional(v.string()),
  country_code: v.optional(v.string()),
  asn: v.optional(v.string()),
})

/** Params of `listFraudVerdictReasons` (POST /v1/verdict_reasons/list), strict: a misspelt key fails. */
export const ListFraudVerdictReasonsParamsSchema = strict({
  overrides_only: v.optional(v.boolean()),
})

/** Params of `overrideFraudVerdictReasons` (POST /v1/verdict_reasons/override), strict: a misspelt key fails. */
export const OverrideFraudVerdictReasonsParamsSchema = strict({
  verdict_reason: v.string(),
  override_action: openEnum<'ALLOW' | 'CHALLENGE' | 'BLOCK' | 'NONE'>(),
  override_description: v.optional(v.string()),
})

/** Params of `authorizeIdpOauth` (POST /v1/b2b/idp/oauth/authorize), strict: a misspelt key fails. */
export const AuthorizeIdpOauthParamsSchema = strict({
  consent_granted: v.boolean(),
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: v.array(v.string()),
  client_id: v.string(),
  /** Where the user agent is sent back, one of the redirect URLs configured for the client. */
  redirect_uri: v.string(),
  response_type: v.string(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.optional(v.string()),
  /** Id of the member (`member-…`). */
  member_id: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  prompt: v.optional(v.string()),
  state: v.optional(v.string()),
  nonce: v.optional(v.string()),
  code_challenge: v.optional(v.string()),
  resources: v.optional(v.array(v.string())),
})

/** Params of `authorizeIdpOauthStart` (POST /v1/b2b/idp/oauth/authorize/start), strict: a misspelt key fails. */
export const AuthorizeIdpOauthStartParamsSchema = strict({
  client_id: v.string(),
  /** Where the user agent is sent back, one of the redirect URLs configured for the client. */
  redirect_uri: v.string(),
  response_type: v.string(),
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: v.array(v.string()),
  /** Id of the organization (`organization-…`). */
  organization_id: v.optional(v.string()),
  /** Id of the member (`member-…`). */
  member_id: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  prompt: v.optional(v.string()),
})

/** Params of `authenticateImpersonation` (POST /v1/b2b/impersonation/authenticate), strict: a misspelt key fails. */
export const AuthenticateImpersonationParamsSchema = strict({
  impersonation_token: v.string(),
})

/** Params of `createM2mClient` (POST /v1/m2m/clients), strict: a misspelt key fails. */
export const CreateM2mClientParamsSchema = strict({
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: v.array(v.string()),
  client_id: v.optional(v.string()),
  client_secret: v.optional(v.string()),
  client_name: v.optional(v.string()),
  client_description: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
})

/** Params of `deleteM2mClient` (DELETE /v1/m2m/clients/{client_id}), strict: a misspelt key fails. */
export const DeleteM2mClientParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `getM2mClient` (GET /v1/m2m/clients/{client_id}), strict: a misspelt key fails. */
export const GetM2mClientParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `searchM2mClients` (POST /v1/m2m/clients/search), strict: a misspelt key fails. */
export const SearchM2mClientsParamsSchema = strict({
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor: v.optional(v.string()),
  /** Most results in one page. */
  limit: v.optional(int()),
  query: v.optional(M2MSearchQuerySchema),
})

/** Params of `rotateM2mClientSecret` (POST /v1/m2m/clients/{client_id}/secrets/rotate), strict: a misspelt key fails. */
export const RotateM2mClientSecretParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `rotateM2mClientSecretCancel` (POST /v1/m2m/clients/{client_id}/secrets/rotate/cancel), strict: a misspelt key fails. */
export const RotateM2mClientSecretCancelParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `rotateM2mClientSecretStart` (POST /v1/m2m/clients/{client_id}/secrets/rotate/start), strict: a misspelt key fails. */
export const RotateM2mClientSecretStartParamsSchema = strict({
  client_id: v.string(),
})

/** Params of `updateM2mClient` (PUT /v1/m2m/clients/{client_id}), strict: a misspelt key fails. */
export const UpdateM2mClientParamsSchema = strict({
  client_id: v.string(),
  client_name: v.optional(v.string()),
  client_description: v.optional(v.string()),
  status: v.optional(openEnum<'active' | 'inactive'>()),
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: v.optional(v.array(v.string())),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
})

/** Params of `authenticateMagicLink` (POST /v1/b2b/magic_links/authenticate), strict: a misspelt key fails. */
export const AuthenticateMagicLinkParamsSchema = strict({
  magic_links_token: v.string(),
  /** The PKCE verifier whose SHA-256 challenge started this flow; required when one did. */
  pkce_code_verifier: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `authenticateMagicLinkDiscovery` (POST /v1/b2b/magic_links/discovery/authenticate), strict: a misspelt key fails. */
export const AuthenticateMagicLinkDiscoveryParamsSchema = strict({
  discovery_magic_links_token: v.string(),
  /** The PKCE verifier whose SHA-256 challenge started this flow; required when one did. */
  pkce_code_verifier: v.optional(v.string()),
})

/** Params of `sendMagicLinkEmailDiscovery` (POST /v1/b2b/magic_links/email/discovery/send), strict: a misspelt key fails. */
export const SendMagicLinkEmailDiscoveryParamsSchema = strict({
  email_address: v.string(),
  /** An absolute URL. */
  discovery_redirect_url: v.optional(v.string()),
  pkce_code_challenge: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** How long the link or code stays valid, in minutes. */
  discovery_expiration_minutes: v.optional(int()),
})

/** Params of `inviteMagicLinkEmail` (POST /v1/b2b/magic_links/email/invite), strict: a misspelt key fails. */
export const InviteMagicLinkEmailParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  /** An absolute URL. */
  invite_redirect_url: v.optional(v.string()),
  invited_by_member_id: v.optional(v.string()),
  name: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  invite_template_id: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  roles: v.optional(v.array(v.string())),
  /** How long the link or code stays valid, in minutes. */
  invite_expiration_minutes: v.optional(int()),
})

/** Params of `loginOrSignupMagicLinkEmail` (POST /v1/b2b/magic_links/email/login_or_signup), strict: a misspelt key fails. */
export const LoginOrSignupMagicLinkEmailParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  /** An absolute URL. */
  login_redirect_url: v.optional(v.string()),
  /** An absolute URL. */
  signup_redirect_url: v.optional(v.string()),
  pkce_code_challenge: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  signup_template_id: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** How long the link or code stays valid, in minutes. */
  login_expiration_minutes: v.optional(int()),
  /** How long the link or code stays valid, in minutes. */
  signup_expiration_minutes: v.optional(int()),
})

/** Params of `authenticateOauth` (POST /v1/b2b/oauth/authenticate), strict: a misspelt key fails. */
export const AuthenticateOauthParamsSchema = strict({
  oauth_token: v.string(),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** The PKCE verifier whose SHA-256 challenge started this flow; required when one did. */
  pkce_code_verifier: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs'>()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `authenticateOauthDiscovery` (POST /v1/b2b/oauth/discovery/authenticate), strict: a misspelt key fails. */
export const AuthenticateOauthDiscoveryParamsSchema = strict({
  discovery_oauth_token: v.string(),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** The PKCE verifier whose SHA-256 challenge started this flow; required when one did. */
  pkce_code_verifier: v.optional(v.string()),
})

/** Params of `getOrganizationConnectedApps` (GET /v1/b2b/organizations/{organization_id}/connected_apps), strict: a misspelt key fails. */
export const GetOrganizationConnectedAppsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of `createOrganization` (POST /v1/b2b/organizations), strict: a misspelt key fails. */
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

/** Params of `deleteOrganization` (DELETE /v1/b2b/organizations/{organization_id}), strict: a misspelt key fails. */
export const DeleteOrganizationParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of `deleteOrganizationExternalId` (DELETE /v1/b2b/organizations/{organization_id}/external_id), strict: a misspelt key fails. */
export const DeleteOrganizationExternalIdParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of `getOrganization` (GET /v1/b2b/organizations/{organization_id}), strict: a misspelt key fails. */
export const GetOrganizationParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of `getOrganizationConnectedApp` (GET /v1/b2b/organizations/{organization_id}/connected_apps/{connected_app_id}), strict: a misspelt key fails. */
export const GetOrganizationConnectedAppParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  connected_app_id: v.string(),
})

/** Params of `revokeMemberConnectedApp` (POST /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps/{connected_app_id}/revoke), strict: a misspelt key fails. */
export const RevokeMemberConnectedAppParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  connected_app_id: v.string(),
})

/** Params of `createMember` (POST /v1/b2b/organizations/{organization_id}/members), strict: a misspelt key fails. */
export const CreateMemberParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  name: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  create_member_as_pending: v.optional(v.boolean()),
  is_breakglass: v.optional(v.boolean()),
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: v.optional(v.string()),
  mfa_enrolled: v.optional(v.boolean()),
  roles: v.optional(v.array(v.string())),
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: v.optional(v.string()),
})

/** Params of `dangerouslyGetMember` (GET /v1/b2b/organizations/members/dangerously_get/{member_id}), strict: a misspelt key fails. */
export const DangerouslyGetMemberParamsSchema = strict({
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  include_deleted: v.optional(v.boolean()),
})

/** Params of `deleteMember` (DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}), strict: a misspelt key fails. */
export const DeleteMemberParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `deleteMemberExternalId` (DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}/external_id), strict: a misspelt key fails. */
export const DeleteMemberExternalIdParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `deleteMemberMfaPhoneNumber` (DELETE /v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}), strict: a misspelt key fails. */
export const DeleteMemberMfaPhoneNumberParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `deleteMemberPassword` (DELETE /v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}), strict: a misspelt key fails. */
export const DeleteMemberPasswordParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  member_password_id: v.string(),
})

/** Params of `deleteMemberTotp` (DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}/totp), strict: a misspelt key fails. */
export const DeleteMemberTotpParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `getMember` (GET /v1/b2b/organizations/{organization_id}/member), strict: a misspelt key fails. */
export const GetMemberParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.optional(v.string()),
  email_address: v.optional(v.string()),
})

/** Params of `getMemberConnectedApps` (GET /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps), strict: a misspelt key fails. */
export const GetMemberConnectedAppsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `getMemberOauthProviderGithub` (GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/github), strict: a misspelt key fails. */
export const GetMemberOauthProviderGithubParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  include_refresh_token: v.optional(v.boolean()),
})

/** Params of `getMemberOauthProviderGoogle` (GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/google), strict: a misspelt key fails. */
export const GetMemberOauthProviderGoogleParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  include_refresh_token: v.optional(v.boolean()),
})

/** Params of `getMemberOauthProviderHubspot` (GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/hubspot), strict: a misspelt key fails. */
export const GetMemberOauthProviderHubspotParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  include_refresh_token: v.optional(v.boolean()),
})

/** Params of `getMemberOauthProviderMicrosoft` (GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/microsoft), strict: a misspelt key fails. */
export const GetMemberOauthProviderMicrosoftParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  include_refresh_token: v.optional(v.boolean()),
})

/** Params of `getMemberOauthProviderSlack` (GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/slack), strict: a misspelt key fails. */
export const GetMemberOauthProviderSlackParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `getMemberOidcProviders` (GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oidc_providers), strict: a misspelt key fails. */
export const GetMemberOidcProvidersParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  include_refresh_token: v.optional(v.boolean()),
})

/** Params of `reactivateMember` (PUT /v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate), strict: a misspelt key fails. */
export const ReactivateMemberParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `searchMembers` (POST /v1/b2b/organizations/members/search), strict: a misspelt key fails. */
export const SearchMembersParamsSchema = strict({
  organization_ids: v.array(v.string()),
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor: v.optional(v.string()),
  /** Most results in one page. */
  limit: v.optional(int()),
  query: v.optional(SearchQuerySchema),
})

/** Params of `startMemberEmailUpdate` (POST /v1/b2b/organizations/{organization_id}/members/{member_id}/start_email_update), strict: a misspelt key fails. */
export const StartMemberEmailUpdateParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  email_address: v.string(),
  /** An absolute URL. */
  login_redirect_url: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id: v.optional(v.string()),
  delivery_method: v.optional(openEnum<'EMAIL_MAGIC_LINK' | 'EMAIL_OTP'>()),
})

/** Params of `unlinkMemberRetiredEmail` (POST /v1/b2b/organizations/{organization_id}/members/{member_id}/unlink_retired_email), strict: a misspelt key fails. */
export const UnlinkMemberRetiredEmailParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  email_id: v.optional(v.string()),
  email_address: v.optional(v.string()),
})

/** Params of `updateMember` (PUT /v1/b2b/organizations/{organization_id}/members/{member_id}), strict: a misspelt key fails. */
export const UpdateMemberParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  name: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  is_breakglass: v.optional(v.boolean()),
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: v.optional(v.string()),
  mfa_enrolled: v.optional(v.boolean()),
  roles: v.optional(v.array(v.string())),
  preserve_existing_sessions: v.optional(v.boolean()),
  default_mfa_method: v.optional(v.string()),
  email_address: v.optional(v.string()),
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: v.optional(v.string()),
  unlink_email: v.optional(v.boolean()),
})

/** Params of `getOrganizationMetrics` (GET /v1/b2b/organizations/{organization_id}/metrics), strict: a misspelt key fails. */
export const GetOrganizationMetricsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of `searchOrganizations` (POST /v1/b2b/organizations/search), strict: a misspelt key fails. */
export const SearchOrganizationsParamsSchema = strict({
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor: v.optional(v.string()),
  /** Most results in one page. */
  limit: v.optional(int()),
  query: v.optional(SearchQuerySchema),
})

/** Params of `updateOrganization` (PUT /v1/b2b/organizations/{organization_id}), strict: a misspelt key fails. */
export const UpdateOrganizationParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  organization_name: v.optional(v.string()),
  /** The organization's unique, URL-safe short name. */
  organization_slug: v.optional(v.string()),
  /** An absolute URL. */
  organization_logo_url: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** The organization's external id, usable in place of `organization_id`. */
  organization_external_id: v.optional(v.string()),
  sso_default_connection_id: v.optional(v.string()),
  sso_jit_provisioning: v.optional(v.string()),
  sso_jit_provisioning_allowed_connections: v.optional(v.array(v.string())),
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

/** Params of `authenticateOtpEmail` (POST /v1/b2b/otps/email/authenticate), strict: a misspelt key fails. */
export const AuthenticateOtpEmailParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  code: v.string(),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `authenticateOtpEmailDiscovery` (POST /v1/b2b/otps/email/discovery/authenticate), strict: a misspelt key fails. */
export const AuthenticateOtpEmailDiscoveryParamsSchema = strict({
  email_address: v.string(),
  code: v.string(),
})

/** Params of `sendOtpEmailDiscovery` (POST /v1/b2b/otps/email/discovery/send), strict: a misspelt key fails. */
export const SendOtpEmailDiscoveryParamsSchema = strict({
  email_address: v.string(),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** How long the link or code stays valid, in minutes. */
  discovery_expiration_minutes: v.optional(int()),
})

/** Params of `loginOrSignupOtpEmail` (POST /v1/b2b/otps/email/login_or_signup), strict: a misspelt key fails. */
export const LoginOrSignupOtpEmailParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  signup_template_id: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** How long the link or code stays valid, in minutes. */
  login_expiration_minutes: v.optional(int()),
  /** How long the link or code stays valid, in minutes. */
  signup_expiration_minutes: v.optional(int()),
})

/** Params of `authenticateOtpSms` (POST /v1/b2b/otps/sms/authenticate), strict: a misspelt key fails. */
export const AuthenticateOtpSmsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  code: v.string(),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  set_mfa_enrollment: v.optional(v.string()),
  set_default_mfa: v.optional(v.boolean()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `sendOtpSms` (POST /v1/b2b/otps/sms/send), strict: a misspelt key fails. */
export const SendOtpSmsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs'>()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
})

/** Params of `authenticatePassword` (POST /v1/b2b/passwords/authenticate), strict: a misspelt key fails. */
export const AuthenticatePasswordParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  /** The password in clear text; it is never logged or echoed by this library. */
  password: v.string(),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `authenticatePasswordDiscovery` (POST /v1/b2b/passwords/discovery/authenticate), strict: a misspelt key fails. */
export const AuthenticatePasswordDiscoveryParamsSchema = strict({
  email_address: v.string(),
  /** The password in clear text; it is never logged or echoed by this library. */
  password: v.string(),
})

/** Params of `resetPasswordDiscoveryEmail` (POST /v1/b2b/passwords/discovery/email/reset), strict: a misspelt key fails. */
export const ResetPasswordDiscoveryEmailParamsSchema = strict({
  password_reset_token: v.string(),
  /** The password in clear text; it is never logged or echoed by this library. */
  password: v.string(),
  /** The PKCE verifier whose SHA-256 challenge started this flow; required when one did. */
  pkce_code_verifier: v.optional(v.string()),
})

/** Params of `resetPasswordDiscoveryEmailStart` (POST /v1/b2b/passwords/discovery/email/reset/start), strict: a misspelt key fails. */
export const ResetPasswordDiscoveryEmailStartParamsSchema = strict({
  email_address: v.string(),
  /** An absolute URL. */
  reset_password_redirect_url: v.optional(v.string()),
  /** An absolute URL. */
  discovery_redirect_url: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  reset_password_template_id: v.optional(v.string()),
  /** How long the link or code stays valid, in minutes. */
  reset_password_expiration_minutes: v.optional(int()),
  pkce_code_challenge: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  verify_email_template_id: v.optional(v.string()),
})

/** Params of `requirePasswordEmailReset` (POST /v1/b2b/passwords/email/require_reset), strict: a misspelt key fails. */
export const RequirePasswordEmailResetParamsSchema = strict({
  email_address: v.string(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.optional(v.string()),
  /** Id of the member (`member-…`). */
  member_id: v.optional(v.string()),
})

/** Params of `resetPasswordEmail` (POST /v1/b2b/passwords/email/reset), strict: a misspelt key fails. */
export const ResetPasswordEmailParamsSchema = strict({
  password_reset_token: v.string(),
  /** The password in clear text; it is never logged or echoed by this library. */
  password: v.string(),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  code_verifier: v.optional(v.string()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `resetPasswordEmailStart` (POST /v1/b2b/passwords/email/reset/start), strict: a misspelt key fails. */
export const ResetPasswordEmailStartParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  /** An absolute URL. */
  reset_password_redirect_url: v.optional(v.string()),
  /** How long the link or code stays valid, in minutes. */
  reset_password_expiration_minutes: v.optional(int()),
  code_challenge: v.optional(v.string()),
  /** An absolute URL. */
  login_redirect_url: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  reset_password_template_id: v.optional(v.string()),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  verify_email_template_id: v.optional(v.string()),
})

/** Params of `resetPasswordExistingPassword` (POST /v1/b2b/passwords/existing_password/reset), strict: a misspelt key fails. */
export const ResetPasswordExistingPasswordParamsSchema = strict({
  email_address: v.string(),
  existing_password: v.string(),
  new_password: v.string(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `migratePassword` (POST /v1/b2b/passwords/migrate), strict: a misspelt key fails. */
export const MigratePasswordParamsSchema = strict({
  email_address: v.string(),
  /** The stored password hash, encoded as the hash type expects. */
  hash: v.string(),
  hash_type: openEnum<'bcrypt' | 'md_5' | 'argon_2i' | 'argon_2id' | 'sha_1' | 'sha_512' | 'scrypt' | 'phpass' | 'pbkdf_2'>(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  md_5_config: v.optional(Md5ConfigSchema),
  argon_2_config: v.optional(Argon2ConfigSchema),
  sha_1_config: v.optional(Sha1ConfigSchema),
  sha_512_config: v.optional(Sha512ConfigSchema),
  scrypt_config: v.optional(ScryptConfigSchema),
  pbkdf_2_config: v.optional(Pbkdf2ConfigSchema),
  name: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  roles: v.optional(v.array(v.string())),
  preserve_existing_sessions: v.optional(v.boolean()),
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: v.optional(v.string()),
  set_phone_number_verified: v.optional(v.boolean()),
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: v.optional(v.string()),
})

/** Params of `resetPasswordSession` (POST /v1/b2b/passwords/session/reset), strict: a misspelt key fails. */
export const ResetPasswordSessionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** The password in clear text; it is never logged or echoed by this library. */
  password: v.string(),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `checkPasswordStrength` (POST /v1/b2b/passwords/strength_check), strict: a misspelt key fails. */
export const CheckPasswordStrengthParamsSchema = strict({
  /** The password in clear text; it is never logged or echoed by this library. */
  password: v.string(),
  email_address: v.optional(v.string()),
})

/** Params of `getProjectMetrics` (GET /v1/projects/metrics), strict: a misspelt key fails. */
export const GetProjectMetricsParamsSchema = strict({})

/** Params of `getRbacOrganizationPolicy` (GET /v1/b2b/rbac/organizations/{organization_id}), strict: a misspelt key fails. */
export const GetRbacOrganizationPolicyParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of `setRbacOrganizationPolicy` (PUT /v1/b2b/rbac/organizations/{organization_id}), strict: a misspelt key fails. */
export const SetRbacOrganizationPolicyParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  org_policy: OrgPolicySchema,
})

/** Params of `getRbacPolicy` (GET /v1/b2b/rbac/policy), strict: a misspelt key fails. */
export const GetRbacPolicyParamsSchema = strict({})

/** Params of `getRecoveryCodes` (GET /v1/b2b/recovery_codes/{organization_id}/{member_id}), strict: a misspelt key fails. */
export const GetRecoveryCodesParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `recoverRecoveryCodes` (POST /v1/b2b/recovery_codes/recover), strict: a misspelt key fails. */
export const RecoverRecoveryCodesParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  recovery_code: v.string(),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `rotateRecoveryCodes` (POST /v1/b2b/recovery_codes/rotate), strict: a misspelt key fails. */
export const RotateRecoveryCodesParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `createScimConnection` (POST /v1/b2b/scim/{organization_id}/connection), strict: a misspelt key fails. */
export const CreateScimConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  display_name: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'generic' | 'okta' | 'microsoft-entra' | 'cyberark' | 'jumpcloud' | 'onelogin' | 'pingfederate' | 'rippling'>()),
})

/** Params of `deleteScimConnection` (DELETE /v1/b2b/scim/{organization_id}/connection/{connection_id}), strict: a misspelt key fails. */
export const DeleteScimConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
})

/** Params of `getScimConnection` (GET /v1/b2b/scim/{organization_id}/connection), strict: a misspelt key fails. */
export const GetScimConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of `getScimConnectionGroups` (GET /v1/b2b/scim/{organization_id}/connection/{connection_id}), strict: a misspelt key fails. */
export const GetScimConnectionGroupsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  /** Where the previous page ended (`results_metadata.next_cursor`); empty for the first page. */
  cursor: v.optional(v.string()),
  /** Most results in one page. */
  limit: v.optional(int()),
})

/** Params of `rotateScimConnectionCancel` (POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/cancel), strict: a misspelt key fails. */
export const RotateScimConnectionCancelParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
})

/** Params of `rotateScimConnectionComplete` (POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/complete), strict: a misspelt key fails. */
export const RotateScimConnectionCompleteParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
})

/** Params of `rotateScimConnectionStart` (POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/start), strict: a misspelt key fails. */
export const RotateScimConnectionStartParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
})

/** Params of `updateScimConnection` (PUT /v1/b2b/scim/{organization_id}/connection/{connection_id}), strict: a misspelt key fails. */
export const UpdateScimConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  display_name: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'generic' | 'okta' | 'microsoft-entra' | 'cyberark' | 'jumpcloud' | 'onelogin' | 'pingfederate' | 'rippling'>()),
  scim_group_implicit_role_assignments: v.optional(v.array(ScimGroupImplicitRoleAssignmentsSchema)),
})

/** Params of `attestSession` (POST /v1/b2b/sessions/attest), strict: a misspelt key fails. */
export const AttestSessionParamsSchema = strict({
  profile_id: v.string(),
  token: v.string(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `authenticateSession` (POST /v1/b2b/sessions/authenticate), strict: a misspelt key fails. */
export const AuthenticateSessionParamsSchema = strict({
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  authorization_check: v.optional(AuthorizationCheckSchema),
})

/** Params of `exchangeSession` (POST /v1/b2b/sessions/exchange), strict: a misspelt key fails. */
export const ExchangeSessionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs'>()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `exchangeSessionAccessToken` (POST /v1/b2b/sessions/exchange_access_token), strict: a misspelt key fails. */
export const ExchangeSessionAccessTokenParamsSchema = strict({
  access_token: v.string(),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `listSessions` (GET /v1/b2b/sessions), strict: a misspelt key fails. */
export const ListSessionsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of `getSessionJwks` (GET /v1/b2b/sessions/jwks/{project_id}), strict: a misspelt key fails. */
export const GetSessionJwksParamsSchema = strict({
  project_id: v.string(),
})

/** Params of `migrateSession` (POST /v1/b2b/sessions/migrate), strict: a misspelt key fails. */
export const MigrateSessionParamsSchema = strict({
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.string(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
})

/** Params of `revokeSession` (POST /v1/b2b/sessions/revoke), strict: a misspelt key fails. */
export const RevokeSessionParamsSchema = strict({
  /** Id of the member session. */
  member_session_id: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Id of the member (`member-…`). */
  member_id: v.optional(v.string()),
})

/** Params of `authenticateSso` (POST /v1/b2b/sso/authenticate), strict: a misspelt key fails. */
export const AuthenticateSsoParamsSchema = strict({
  sso_token: v.string(),
  /** The PKCE verifier whose SHA-256 challenge started this flow; required when one did. */
  pkce_code_verifier: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs'>()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `deleteSsoConnection` (DELETE /v1/b2b/sso/{organization_id}/connections/{connection_id}), strict: a misspelt key fails. */
export const DeleteSsoConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
})

/** Params of `createSsoExternalConnection` (POST /v1/b2b/sso/external/{organization_id}), strict: a misspelt key fails. */
export const CreateSsoExternalConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  external_organization_id: v.string(),
  external_connection_id: v.string(),
  display_name: v.optional(v.string()),
  connection_implicit_role_assignments: v.optional(v.array(SamlConnectionImplicitRoleAssignmentSchema)),
  group_implicit_role_assignments: v.optional(v.array(SamlGroupImplicitRoleAssignmentSchema)),
})

/** Params of `updateSsoExternalConnection` (PUT /v1/b2b/sso/external/{organization_id}/connections/{connection_id}), strict: a misspelt key fails. */
export const UpdateSsoExternalConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  display_name: v.optional(v.string()),
  external_connection_implicit_role_assignments: v.optional(v.array(ConnectionImplicitRoleAssignmentSchema)),
  external_group_implicit_role_assignments: v.optional(v.array(GroupImplicitRoleAssignmentSchema)),
})

/** Params of `getSsoConnections` (GET /v1/b2b/sso/{organization_id}), strict: a misspelt key fails. */
export const GetSsoConnectionsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
})

/** Params of `createSsoOidcConnection` (POST /v1/b2b/sso/oidc/{organization_id}), strict: a misspelt key fails. */
export const CreateSsoOidcConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  display_name: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth'>()),
})

/** Params of `updateSsoOidcConnection` (PUT /v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}), strict: a misspelt key fails. */
export const UpdateSsoOidcConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  display_name: v.optional(v.string()),
  client_id: v.optional(v.string()),
  client_secret: v.optional(v.string()),
  issuer: v.optional(v.string()),
  /** An absolute URL. */
  authorization_url: v.optional(v.string()),
  /** An absolute URL. */
  token_url: v.optional(v.string()),
  /** An absolute URL. */
  userinfo_url: v.optional(v.string()),
  /** An absolute URL. */
  jwks_url: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth'>()),
  custom_scopes: v.optional(v.string()),
  attribute_mapping: v.optional(v.record(v.string(), v.unknown())),
})

/** Params of `createSsoSamlConnection` (POST /v1/b2b/sso/saml/{organization_id}), strict: a misspelt key fails. */
export const CreateSsoSamlConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  display_name: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth'>()),
})

/** Params of `deleteSsoSamlEncryptionPrivateKey` (DELETE /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/encryption_private_keys/{private_key_id}), strict: a misspelt key fails. */
export const DeleteSsoSamlEncryptionPrivateKeyParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  private_key_id: v.string(),
})

/** Params of `deleteSsoSamlVerificationCertificate` (DELETE /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}), strict: a misspelt key fails. */
export const DeleteSsoSamlVerificationCertificateParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  certificate_id: v.string(),
})

/** Params of `updateSsoSamlByUrl` (PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/url), strict: a misspelt key fails. */
export const UpdateSsoSamlByUrlParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  /** An absolute URL. */
  metadata_url: v.string(),
})

/** Params of `updateSsoSamlConnection` (PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}), strict: a misspelt key fails. */
export const UpdateSsoSamlConnectionParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the SSO or SCIM connection. */
  connection_id: v.string(),
  idp_entity_id: v.optional(v.string()),
  display_name: v.optional(v.string()),
  attribute_mapping: v.optional(v.record(v.string(), v.unknown())),
  x509_certificate: v.optional(v.string()),
  /** An absolute URL. */
  idp_sso_url: v.optional(v.string()),
  saml_connection_implicit_role_assignments: v.optional(v.array(SamlConnectionImplicitRoleAssignmentSchema)),
  saml_group_implicit_role_assignments: v.optional(v.array(SamlGroupImplicitRoleAssignmentSchema)),
  alternative_audience_uri: v.optional(v.string()),
  identity_provider: v.optional(openEnum<'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'miniorange' | 'microsoft-entra' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth'>()),
  signing_private_key: v.optional(v.string()),
  nameid_format: v.optional(v.string()),
  /** An absolute URL. */
  alternative_acs_url: v.optional(v.string()),
  idp_initiated_auth_disabled: v.optional(v.boolean()),
  saml_encryption_private_key: v.optional(v.string()),
  allow_gateway_callback: v.optional(v.boolean()),
})

/** Params of `authenticateTotp` (POST /v1/b2b/totp/authenticate), strict: a misspelt key fails. */
export const AuthenticateTotpParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  code: v.string(),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  set_mfa_enrollment: v.optional(v.string()),
  set_default_mfa: v.optional(v.boolean()),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of `createTotp` (POST /v1/b2b/totp), strict: a misspelt key fails. */
export const CreateTotpParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  /** A duration in minutes. */
  expiration_minutes: v.optional(int()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
})

/** Params of `migrateTotp` (POST /v1/b2b/totp/migrate), strict: a misspelt key fails. */
export const MigrateTotpParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  secret: v.string(),
  recovery_codes: v.array(v.string()),
})
