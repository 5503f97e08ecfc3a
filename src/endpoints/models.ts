// Generated from spec/b2b-api.json by `npm run generate`; do not edit.

/** The `ActiveScimConnection` object of Stytch responses. */
export interface ActiveScimConnection {
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  display_name: string
  bearer_token_last_four: string
  /** A time, as RFC 3339 text. */
  bearer_token_expires_at?: string
}

/** The `ActiveSsoConnection` object of Stytch responses. */
export interface ActiveSsoConnection {
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  display_name: string
  identity_provider: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'microsoft-entra' | 'miniorange' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {})
}

/** The `Address` object of Stytch responses. */
export interface Address {
  formatted: string
  street_address: string
  locality: string
  region: string
  postal_code: string
  country: string
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  primary: boolean
}

/** The `AddressInformation` object of Stytch responses. */
export interface AddressInformation {
  has_known_bounces: boolean
  has_valid_syntax: boolean
  is_suspected_role_address: boolean
  normalized_email: string
  tumbling_character_count: number
}

/** The `AmazonOauthFactor` object of Stytch responses. */
export interface AmazonOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `AppleOauthFactor` object of Stytch responses. */
export interface AppleOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `AsnProperties` object of Stytch responses. */
export interface AsnProperties {
  asn: string
  name: string
  network: string
}

/** The `AuthenticationFactor` object of Stytch responses. */
export interface AuthenticationFactor {
  type: 'magic_link' | 'otp' | 'oauth' | 'webauthn' | 'totp' | 'crypto' | 'password' | 'signature_challenge' | 'sso' | 'imported' | 'recovery_codes' | 'email_otp' | 'impersonated' | 'trusted_auth_token' | (string & {})
  delivery_method: 'email' | 'sms' | 'whatsapp' | 'embedded' | 'oauth_google' | 'oauth_microsoft' | 'oauth_apple' | 'webauthn_registration' | 'authenticator_app' | 'oauth_github' | 'recovery_code' | 'oauth_facebook' | 'crypto_wallet' | 'oauth_amazon' | 'oauth_bitbucket' | 'oauth_coinbase' | 'oauth_discord' | 'oauth_figma' | 'oauth_gitlab' | 'oauth_instagram' | 'oauth_linkedin' | 'oauth_shopify' | 'oauth_slack' | 'oauth_snapchat' | 'oauth_spotify' | 'oauth_steam' | 'oauth_tiktok' | 'oauth_twitch' | 'oauth_twitter' | 'knowledge' | 'biometric' | 'sso_saml' | 'sso_oidc' | 'oauth_salesforce' | 'oauth_yahoo' | 'oauth_hubspot' | 'imported_auth0' | 'oauth_exchange_slack' | 'oauth_exchange_hubspot' | 'oauth_exchange_github' | 'oauth_exchange_google' | 'impersonation' | 'oauth_access_token_exchange' | 'trusted_token_exchange' | (string & {})
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  last_authenticated_at?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  created_at?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  updated_at?: string
  email_factor?: EmailFactor
  phone_number_factor?: PhoneNumberFactor
  google_oauth_factor?: GoogleOauthFactor
  microsoft_oauth_factor?: MicrosoftOauthFactor
  apple_oauth_factor?: AppleOauthFactor
  webauthn_factor?: WebAuthnFactor
  authenticator_app_factor?: AuthenticatorAppFactor
  github_oauth_factor?: GithubOauthFactor
  recovery_code_factor?: RecoveryCodeFactor
  facebook_oauth_factor?: FacebookOauthFactor
  crypto_wallet_factor?: CryptoWalletFactor
  amazon_oauth_factor?: AmazonOauthFactor
  bitbucket_oauth_factor?: BitbucketOauthFactor
  coinbase_oauth_factor?: CoinbaseOauthFactor
  discord_oauth_factor?: DiscordOauthFactor
  figma_oauth_factor?: FigmaOauthFactor
  git_lab_oauth_factor?: GitLabOauthFactor
  instagram_oauth_factor?: InstagramOauthFactor
  linked_in_oauth_factor?: LinkedInOauthFactor
  shopify_oauth_factor?: ShopifyOauthFactor
  slack_oauth_factor?: SlackOauthFactor
  snapchat_oauth_factor?: SnapchatOauthFactor
  spotify_oauth_factor?: SpotifyOauthFactor
  steam_oauth_factor?: SteamOauthFactor
  tik_tok_oauth_factor?: TikTokOauthFactor
  twitch_oauth_factor?: TwitchOauthFactor
  twitter_oauth_factor?: TwitterOauthFactor
  embeddable_magic_link_factor?: EmbeddableMagicLinkFactor
  biometric_factor?: BiometricFactor
  saml_sso_factor?: SamlssoFactor
  oidc_sso_factor?: OidcssoFactor
  salesforce_oauth_factor?: SalesforceOauthFactor
  yahoo_oauth_factor?: YahooOauthFactor
  hubspot_oauth_factor?: HubspotOauthFactor
  slack_oauth_exchange_factor?: SlackOauthExchangeFactor
  hubspot_oauth_exchange_factor?: HubspotOauthExchangeFactor
  github_oauth_exchange_factor?: GithubOauthExchangeFactor
  google_oauth_exchange_factor?: GoogleOauthExchangeFactor
  impersonated_factor?: ImpersonatedFactor
  oauth_access_token_exchange_factor?: OauthAccessTokenExchangeFactor
  trusted_auth_token_factor?: TrustedAuthTokenFactor
}

/** The `AuthenticatorAppFactor` object of Stytch responses. */
export interface AuthenticatorAppFactor {
  totp_id: string
}

/** The `AuthorizationVerdict` object of Stytch responses. */
export interface AuthorizationVerdict {
  authorized: boolean
  granting_roles: string[]
}

/** The `BiometricFactor` object of Stytch responses. */
export interface BiometricFactor {
  biometric_registration_id: string
}

/** The `BitbucketOauthFactor` object of Stytch responses. */
export interface BitbucketOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `BrowserProperties` object of Stytch responses. */
export interface BrowserProperties {
  user_agent: string
}

/** The `CoinbaseOauthFactor` object of Stytch responses. */
export interface CoinbaseOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `ConnectedApp` object of Stytch responses. */
export interface ConnectedApp {
  client_id: string
  client_name: string
  client_description: string
  status: 'active' | 'inactive' | (string & {})
  full_access_allowed: boolean
  client_type: 'first_party' | 'first_party_public' | 'third_party' | 'third_party_public' | (string & {})
  redirect_urls: string[]
  /** A duration in minutes. */
  access_token_expiry_minutes: number
  access_token_template_content: string
  post_logout_redirect_urls: string[]
  bypass_consent_for_offline_access: boolean
  creation_method: string
  id_token_template_content: string
  client_secret_last_four?: string
  next_client_secret_last_four?: string
  access_token_custom_audience?: string
  /** An absolute URL. */
  logo_url?: string
  /** An absolute URL. */
  client_id_metadata_url?: string
}

/** The `ConnectedAppPublic` object of Stytch responses. */
export interface ConnectedAppPublic {
  client_id: string
  client_name: string
  client_description: string
  client_type: 'first_party' | 'first_party_public' | 'third_party' | 'third_party_public' | (string & {})
  /** An absolute URL. */
  logo_url?: string
}

/** The `ConnectedAppsResultsMetadata` object of Stytch responses. */
export interface ConnectedAppsResultsMetadata {
  total: number
  next_cursor?: string
}

/** The `ConnectedAppWithClientSecret` object of Stytch responses. */
export interface ConnectedAppWithClientSecret {
  client_id: string
  client_name: string
  client_description: string
  status: 'active' | 'inactive' | (string & {})
  full_access_allowed: boolean
  client_type: 'first_party' | 'first_party_public' | 'third_party' | 'third_party_public' | (string & {})
  redirect_urls: string[]
  /** A duration in minutes. */
  access_token_expiry_minutes: number
  access_token_template_content: string
  post_logout_redirect_urls: string[]
  bypass_consent_for_offline_access: boolean
  id_token_template_content: string
  client_secret_last_four?: string
  next_client_secret_last_four?: string
  client_secret?: string
  access_token_custom_audience?: string
  /** An absolute URL. */
  logo_url?: string
  /** An absolute URL. */
  client_id_metadata_url?: string
}

/** The `ConnectedAppWithNextClientSecret` object of Stytch responses. */
export interface ConnectedAppWithNextClientSecret {
  client_id: string
  client_name: string
  client_description: string
  status: 'active' | 'inactive' | (string & {})
  client_secret_last_four: string
  full_access_allowed: boolean
  client_type: 'first_party' | 'first_party_public' | 'third_party' | 'third_party_public' | (string & {})
  redirect_urls: string[]
  next_client_secret: string
  /** A duration in minutes. */
  access_token_expiry_minutes: number
  access_token_template_content: string
  post_logout_redirect_urls: string[]
  bypass_consent_for_offline_access: boolean
  id_token_template_content: string
  next_client_secret_last_four?: string
  access_token_custom_audience?: string
  /** An absolute URL. */
  logo_url?: string
  /** An absolute URL. */
  client_id_metadata_url?: string
}

/** The `Connection` object of Stytch responses. */
export interface Connection {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  external_organization_id: string
  external_connection_id: string
  display_name: string
  status: 'active' | 'inactive' | (string & {})
  external_connection_implicit_role_assignments: ConnectionImplicitRoleAssignment[]
  external_group_implicit_role_assignments: GroupImplicitRoleAssignment[]
}

/** The `ConnectionImplicitRoleAssignment` object of Stytch responses. */
export interface ConnectionImplicitRoleAssignment {
  role_id: string
}

/** The `CryptoWalletFactor` object of Stytch responses. */
export interface CryptoWalletFactor {
  crypto_wallet_id: string
  crypto_wallet_address: string
  crypto_wallet_type: string
}

/** The `CustomRole` object of Stytch responses. */
export interface CustomRole {
  role_id: string
  description: string
  permissions: CustomRolePermission[]
}

/** The `CustomRolePermission` object of Stytch responses. */
export interface CustomRolePermission {
  resource_id: string
  actions: string[]
}

/** The `DeviceAttributeDetails` object of Stytch responses. */
export interface DeviceAttributeDetails {
  is_new: boolean
  /** A time, as RFC 3339 text. */
  first_seen_at?: string
  /** A time, as RFC 3339 text. */
  last_seen_at?: string
}

/** The `DeviceInfo` object of Stytch responses. */
export interface DeviceInfo {
  visitor_id: string
  visitor_id_details?: DeviceAttributeDetails
  ip_address?: string
  ip_address_details?: DeviceAttributeDetails
  ip_geo_city?: string
  ip_geo_region?: string
  ip_geo_country?: string
  ip_geo_country_details?: DeviceAttributeDetails
}

/** The `DiscordOauthFactor` object of Stytch responses. */
export interface DiscordOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `DiscoveredOrganization` object of Stytch responses. */
export interface DiscoveredOrganization {
  /** Whether a full member session was issued; false means MFA is still required. */
  member_authenticated: boolean
  organization?: Organization
  membership?: Membership
  primary_required?: PrimaryRequired
  mfa_required?: MfaRequired
}

/** The `DomainInformation` object of Stytch responses. */
export interface DomainInformation {
  has_mx_or_a_record: boolean
  is_disposable_domain: boolean
}

/** The `Email` object of Stytch responses. */
export interface Email {
  value: string
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  primary: boolean
}

/** The `EmailFactor` object of Stytch responses. */
export interface EmailFactor {
  email_id: string
  email_address: string
}

/** The `EmailImplicitRoleAssignment` object of Stytch responses. */
export interface EmailImplicitRoleAssignment {
  domain: string
  role_id: string
}

/** The `EmbeddableMagicLinkFactor` object of Stytch responses. */
export interface EmbeddableMagicLinkFactor {
  embedded_id: string
}

/** The `EncryptionPrivateKey` object of Stytch responses. */
export interface EncryptionPrivateKey {
  private_key_id: string
  private_key: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  created_at?: string
}

/** The `EnterpriseExtension` object of Stytch responses. */
export interface EnterpriseExtension {
  employee_number: string
  cost_center: string
  division: string
  department: string
  organization: string
  manager?: Manager
}

/** The `Entitlement` object of Stytch responses. */
export interface Entitlement {
  value: string
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  primary: boolean
}

/** The `FacebookOauthFactor` object of Stytch responses. */
export interface FacebookOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `FigmaOauthFactor` object of Stytch responses. */
export interface FigmaOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `Fingerprints` object of Stytch responses. */
export interface Fingerprints {
  network_fingerprint: string
  hardware_fingerprint: string
  browser_fingerprint: string
  visitor_fingerprint: string
  visitor_id?: string
  browser_id?: string
}

/** The `GithubOauthExchangeFactor` object of Stytch responses. */
export interface GithubOauthExchangeFactor {
  email_id: string
}

/** The `GithubOauthFactor` object of Stytch responses. */
export interface GithubOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `GithubProviderInfo` object of Stytch responses. */
export interface GithubProviderInfo {
  provider_subject: string
  provider_tenant_ids: string[]
  access_token: string
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
}

/** The `GitLabOauthFactor` object of Stytch responses. */
export interface GitLabOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `GoogleOauthExchangeFactor` object of Stytch responses. */
export interface GoogleOauthExchangeFactor {
  email_id: string
}

/** The `GoogleOauthFactor` object of Stytch responses. */
export interface GoogleOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `Group` object of Stytch responses. */
export interface Group {
  value: string
  display: string
}

/** The `GroupImplicitRoleAssignment` object of Stytch responses. */
export interface GroupImplicitRoleAssignment {
  role_id: string
  group: string
}

/** The `HubspotOauthExchangeFactor` object of Stytch responses. */
export interface HubspotOauthExchangeFactor {
  email_id: string
}

/** The `HubspotOauthFactor` object of Stytch responses. */
export interface HubspotOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `HubspotProviderInfo` object of Stytch responses. */
export interface HubspotProviderInfo {
  provider_subject: string
  provider_tenant_id: string
  access_token: string
  access_token_expires_in: number
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  refresh_token?: string
}

/** The `ImpersonatedFactor` object of Stytch responses. */
export interface ImpersonatedFactor {
  impersonator_id: string
  impersonator_email_address: string
}

/** The `IMs` object of Stytch responses. */
export interface IMs {
  value: string
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  primary: boolean
}

/** The `InstagramOauthFactor` object of Stytch responses. */
export interface InstagramOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `IpGeoProperties` object of Stytch responses. */
export interface IpGeoProperties {
  city: string
  region: string
  country: string
}

/** The `Jwk` object of Stytch responses. */
export interface Jwk {
  kty: string
  use: string
  key_ops: string[]
  alg: string
  kid: string
  x5c: string[]
  x5t_s256?: string
  n: string
  e: string
}

/** The `LinkedInOauthFactor` object of Stytch responses. */
export interface LinkedInOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `LudsFeedback` object of Stytch responses. */
export interface LudsFeedback {
  has_lower_case: boolean
  has_upper_case: boolean
  has_digit: boolean
  has_symbol: boolean
  missing_complexity: number
  missing_characters: number
}

/** The `M2MClient` object of Stytch responses. */
export interface M2MClient {
  client_id: string
  client_name: string
  client_description: string
  status: 'active' | 'inactive' | (string & {})
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  client_secret_last_four: string
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown>
  next_client_secret_last_four?: string
}

/** The `M2MClientWithClientSecret` object of Stytch responses. */
export interface M2MClientWithClientSecret {
  client_id: string
  client_secret: string
  client_name: string
  client_description: string
  status: 'active' | 'inactive' | (string & {})
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  client_secret_last_four: string
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown>
  next_client_secret_last_four?: string
}

/** The `M2MClientWithNextClientSecret` object of Stytch responses. */
export interface M2MClientWithNextClientSecret {
  client_id: string
  next_client_secret: string
  client_name: string
  client_description: string
  status: 'active' | 'inactive' | (string & {})
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  client_secret_last_four: string
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown>
  next_client_secret_last_four?: string
}

/** The `M2MResultsMetadata` object of Stytch responses. */
export interface M2MResultsMetadata {
  total: number
  next_cursor?: string
}

/** The `Manager` object of Stytch responses. */
export interface Manager {
  value: string
  ref: string
  display_name: string
}

/** The `Member` object of Stytch responses. */
export interface Member {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  email_address: string
  status: 'active' | 'inactive' | (string & {})
  name: string
  sso_registrations: SsoRegistration[]
  is_breakglass: boolean
  member_password_id: string
  oauth_registrations: OauthRegistration[]
  email_address_verified: boolean
  mfa_phone_number_verified: boolean
  is_admin: boolean
  totp_registration_id: string
  retired_email_addresses: RetiredEmail[]
  is_locked: boolean
  mfa_enrolled: boolean
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: string
  default_mfa_method: string
  roles: MemberRole[]
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown>
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata?: Record<string, unknown>
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  created_at?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  updated_at?: string
  scim_registration?: ScimRegistration
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  lock_created_at?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  lock_expires_at?: string
}

/** The `MemberConnectedApp` object of Stytch responses. */
export interface MemberConnectedApp {
  connected_app_id: string
  name: string
  description: string
  client_type: 'first_party' | 'first_party_public' | 'third_party' | 'third_party_public' | (string & {})
  scopes_granted: string
  /** An absolute URL. */
  logo_url?: string
}

/** The `MemberOptions` object of Stytch responses. */
export interface MemberOptions {
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: string
  totp_registration_id: string
}

/** The `MemberRole` object of Stytch responses. */
export interface MemberRole {
  role_id: string
  sources: MemberRoleSource[]
}

/** The `MemberRoleSource` object of Stytch responses. */
export interface MemberRoleSource {
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  details?: Record<string, unknown>
}

/** The `MemberSession` object of Stytch responses. */
export interface MemberSession {
  /** Id of the member session. */
  member_session_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  started_at: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  last_accessed_at: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  expires_at: string
  authentication_factors: AuthenticationFactor[]
  /** Id of the organization (`organization-…`). */
  organization_id: string
  roles: string[]
  /** The organization's unique, URL-safe short name. */
  organization_slug: string
  /** Claims added to the session by your backend; a JSON object. */
  custom_claims?: Record<string, unknown>
}

/** The `Membership` object of Stytch responses. */
export interface Membership {
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  details?: Record<string, unknown>
  member?: Member
}

/** The `Metadata` object of Stytch responses. */
export interface Metadata {
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id?: string
  /** Id of the organization (`organization-…`). */
  organization_id?: string
  user_action?: string
}

/** The `MfaRequired` object of Stytch responses. */
export interface MfaRequired {
  member_options?: MemberOptions
  secondary_auth_initiated?: string
}

/** The `MicrosoftOauthFactor` object of Stytch responses. */
export interface MicrosoftOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `Name` object of Stytch responses. */
export interface Name {
  formatted: string
  family_name: string
  given_name: string
  middle_name: string
  honorific_prefix: string
  honorific_suffix: string
}

/** The `NetworkProperties` object of Stytch responses. */
export interface NetworkProperties {
  ip_address: string
  asn: AsnProperties
  ip_geolocation: IpGeoProperties
  is_proxy: boolean
  is_vpn: boolean
}

/** The `OauthAccessTokenExchangeFactor` object of Stytch responses. */
export interface OauthAccessTokenExchangeFactor {
  client_id: string
}

/** The `OauthRegistration` object of Stytch responses. */
export interface OauthRegistration {
  provider_type: string
  provider_subject: string
  member_oauth_registration_id: string
  /** An absolute URL. */
  profile_picture_url?: string
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'ca-ES' | 'cs' | 'de-DE' | 'en' | 'es' | 'fa' | 'fr' | 'it' | 'ja' | 'nl' | 'pl' | 'pt-br' | 'ru' | 'tr' | 'vi' | 'zh-Hans' | (string & {})
}

/** The `OidcConnection` object of Stytch responses. */
export interface OidcConnection {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  status: 'active' | 'inactive' | (string & {})
  display_name: string
  /** An absolute URL. */
  redirect_url: string
  client_id: string
  client_secret: string
  issuer: string
  /** An absolute URL. */
  authorization_url: string
  /** An absolute URL. */
  token_url: string
  /** An absolute URL. */
  userinfo_url: string
  /** An absolute URL. */
  jwks_url: string
  identity_provider: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'microsoft-entra' | 'miniorange' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {})
  custom_scopes: string
  attribute_mapping?: Record<string, unknown>
}

/** The `OidcProviderInfo` object of Stytch responses. */
export interface OidcProviderInfo {
  provider_subject: string
  id_token: string
  access_token: string
  access_token_expires_in: number
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  refresh_token?: string
}

/** The `OidcssoFactor` object of Stytch responses. */
export interface OidcssoFactor {
  id: string
  provider_id: string
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: string
}

/** The `Organization` object of Stytch responses. */
export interface Organization {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  organization_name: string
  /** An absolute URL. */
  organization_logo_url: string
  /** The organization's unique, URL-safe short name. */
  organization_slug: string
  sso_jit_provisioning: string
  sso_jit_provisioning_allowed_connections: string[]
  sso_active_connections: ActiveSsoConnection[]
  email_allowed_domains: string[]
  email_jit_provisioning: string
  email_invites: string
  auth_methods: string
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_auth_methods: string[]
  mfa_policy: string
  rbac_email_implicit_role_assignments: EmailImplicitRoleAssignment[]
  mfa_methods: string
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_mfa_methods: string[]
  oauth_tenant_jit_provisioning: string
  claimed_email_domains: string[]
  first_party_connected_apps_allowed_type: 'ALL_ALLOWED' | 'NOT_ALLOWED' | 'RESTRICTED' | (string & {})
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_first_party_connected_apps: string[]
  third_party_connected_apps_allowed_type: 'ALL_ALLOWED' | 'NOT_ALLOWED' | 'RESTRICTED' | (string & {})
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_third_party_connected_apps: string[]
  custom_roles: CustomRole[]
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown>
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  created_at?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  updated_at?: string
  /** The organization's external id, usable in place of `organization_id`. */
  organization_external_id?: string
  sso_default_connection_id?: string
  scim_active_connection?: ActiveScimConnection
  allowed_oauth_tenants?: Record<string, unknown>
}

/** The `OrganizationConnectedApp` object of Stytch responses. */
export interface OrganizationConnectedApp {
  connected_app_id: string
  name: string
  description: string
  client_type: 'first_party' | 'first_party_public' | 'third_party' | 'third_party_public' | (string & {})
  /** An absolute URL. */
  logo_url?: string
}

/** The `OrganizationConnectedAppActiveMember` object of Stytch responses. */
export interface OrganizationConnectedAppActiveMember {
  /** Id of the member (`member-…`). */
  member_id: string
  granted_scopes: string[]
}

/** The `OrgPolicy` object of Stytch responses. */
export interface OrgPolicy {
  roles: PolicyRole[]
}

/** The `PhoneNumber` object of Stytch responses. */
export interface PhoneNumber {
  value: string
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  primary: boolean
}

/** The `PhoneNumberFactor` object of Stytch responses. */
export interface PhoneNumberFactor {
  phone_id: string
  /** A phone number in E.164 format, e.g. `+12025550123`. */
  phone_number: string
}

/** The `Photo` object of Stytch responses. */
export interface Photo {
  value: string
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  primary: boolean
}

/** The `Policy` object of Stytch responses. */
export interface Policy {
  roles: PolicyRole[]
  resources: PolicyResource[]
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: PolicyScope[]
}

/** The `PolicyResource` object of Stytch responses. */
export interface PolicyResource {
  resource_id: string
  description: string
  actions: string[]
}

/** The `PolicyRole` object of Stytch responses. */
export interface PolicyRole {
  role_id: string
  description: string
  permissions: PolicyRolePermission[]
}

/** The `PolicyRolePermission` object of Stytch responses. */
export interface PolicyRolePermission {
  resource_id: string
  actions: string[]
}

/** The `PolicyScope` object of Stytch responses. */
export interface PolicyScope {
  scope: string
  description: string
  permissions: PolicyScopePermission[]
}

/** The `PolicyScopePermission` object of Stytch responses. */
export interface PolicyScopePermission {
  resource_id: string
  actions: string[]
}

/** The `PrimaryRequired` object of Stytch responses. */
export interface PrimaryRequired {
  /** What is allowed while the matching setting is `RESTRICTED`. */
  allowed_auth_methods: string[]
}

/** The `ProjectMetric` object of Stytch responses. */
export interface ProjectMetric {
  metric_type: 'UNKNOWN' | 'USER_COUNT' | 'ORGANIZATION_COUNT' | 'MEMBER_COUNT' | 'M2M_CLIENT_COUNT' | (string & {})
  count: number
}

/** The `Properties` object of Stytch responses. */
export interface Properties {
  network_properties: NetworkProperties
  browser_properties: BrowserProperties
}

/** The `ProviderValues` object of Stytch responses. */
export interface ProviderValues {
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  access_token?: string
  refresh_token?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  expires_at?: string
  id_token?: string
}

/** The `RecoveryCodeFactor` object of Stytch responses. */
export interface RecoveryCodeFactor {
  totp_recovery_code_id: string
}

/** The `ResultsMetadata` object of Stytch responses. */
export interface ResultsMetadata {
  total: number
  next_cursor?: string
}

/** The `RetiredEmail` object of Stytch responses. */
export interface RetiredEmail {
  email_id: string
  email_address: string
}

/** The `Role` object of Stytch responses. */
export interface Role {
  value: string
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  primary: boolean
}

/** The `Rule` object of Stytch responses. */
export interface Rule {
  rule_type: 'VISITOR_ID' | 'BROWSER_ID' | 'VISITOR_FINGERPRINT' | 'BROWSER_FINGERPRINT' | 'HARDWARE_FINGERPRINT' | 'NETWORK_FINGERPRINT' | 'CIDR_BLOCK' | 'ASN' | 'COUNTRY_CODE' | (string & {})
  action: 'ALLOW' | 'CHALLENGE' | 'BLOCK' | 'NONE' | (string & {})
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  created_at: string
  visitor_id?: string
  browser_id?: string
  visitor_fingerprint?: string
  browser_fingerprint?: string
  hardware_fingerprint?: string
  network_fingerprint?: string
  cidr_block?: string
  country_code?: string
  asn?: string
  description?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  expires_at?: string
  /** A time, as RFC 3339 text. */
  last_updated_at?: string
}

/** The `SalesforceOauthFactor` object of Stytch responses. */
export interface SalesforceOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `SamlConnection` object of Stytch responses. */
export interface SamlConnection {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  status: 'active' | 'inactive' | (string & {})
  idp_entity_id: string
  display_name: string
  /** An absolute URL. */
  idp_sso_url: string
  /** An absolute URL. */
  acs_url: string
  audience_uri: string
  signing_certificates: SsoX509Certificate[]
  verification_certificates: SsoX509Certificate[]
  encryption_private_keys: EncryptionPrivateKey[]
  saml_connection_implicit_role_assignments: SamlConnectionImplicitRoleAssignment[]
  saml_group_implicit_role_assignments: SamlGroupImplicitRoleAssignment[]
  alternative_audience_uri: string
  identity_provider: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'microsoft-entra' | 'miniorange' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {})
  nameid_format: string
  /** An absolute URL. */
  alternative_acs_url: string
  idp_initiated_auth_disabled: boolean
  allow_gateway_callback: boolean
  attribute_mapping?: Record<string, unknown>
}

/** The `SamlConnectionImplicitRoleAssignment` object of Stytch responses. */
export interface SamlConnectionImplicitRoleAssignment {
  role_id: string
}

/** The `SamlGroupImplicitRoleAssignment` object of Stytch responses. */
export interface SamlGroupImplicitRoleAssignment {
  role_id: string
  group: string
}

/** The `SamlssoFactor` object of Stytch responses. */
export interface SamlssoFactor {
  id: string
  provider_id: string
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: string
}

/** The `ScimAttributes` object of Stytch responses. */
export interface ScimAttributes {
  user_name: string
  id: string
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: string
  active: boolean
  groups: Group[]
  display_name: string
  nick_name: string
  /** An absolute URL. */
  profile_url: string
  user_type: string
  title: string
  preferred_language: string
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: 'ca-ES' | 'cs' | 'de-DE' | 'en' | 'es' | 'fa' | 'fr' | 'it' | 'ja' | 'nl' | 'pl' | 'pt-br' | 'ru' | 'tr' | 'vi' | 'zh-Hans' | (string & {})
  timezone: string
  emails: Email[]
  phone_numbers: PhoneNumber[]
  addresses: Address[]
  ims: IMs[]
  photos: Photo[]
  entitlements: Entitlement[]
  roles: Role[]
  x509certificates: ScimX509Certificate[]
  name?: Name
  enterprise_extension?: EnterpriseExtension
}

/** The `ScimConnection` object of Stytch responses. */
export interface ScimConnection {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  status: 'active' | 'inactive' | (string & {})
  display_name: string
  identity_provider: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'microsoft-entra' | 'miniorange' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {})
  /** An absolute URL. */
  base_url: string
  bearer_token_last_four: string
  scim_group_implicit_role_assignments: ScimGroupImplicitRoleAssignments[]
  next_bearer_token_last_four: string
  /** A time, as RFC 3339 text. */
  bearer_token_expires_at?: string
  /** A time, as RFC 3339 text. */
  next_bearer_token_expires_at?: string
}

/** The `ScimConnectionWithNextToken` object of Stytch responses. */
export interface ScimConnectionWithNextToken {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  status: 'active' | 'inactive' | (string & {})
  display_name: string
  /** An absolute URL. */
  base_url: string
  identity_provider: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'microsoft-entra' | 'miniorange' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {})
  bearer_token_last_four: string
  next_bearer_token: string
  scim_group_implicit_role_assignments: ScimGroupImplicitRoleAssignments[]
  /** A time, as RFC 3339 text. */
  bearer_token_expires_at?: string
  /** A time, as RFC 3339 text. */
  next_bearer_token_expires_at?: string
}

/** The `ScimConnectionWithToken` object of Stytch responses. */
export interface ScimConnectionWithToken {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  status: 'active' | 'inactive' | (string & {})
  display_name: string
  identity_provider: 'classlink' | 'cyberark' | 'duo' | 'generic' | 'google-workspace' | 'jumpcloud' | 'keycloak' | 'microsoft-entra' | 'miniorange' | 'okta' | 'onelogin' | 'pingfederate' | 'rippling' | 'salesforce' | 'shibboleth' | (string & {})
  /** An absolute URL. */
  base_url: string
  bearer_token: string
  scim_group_implicit_role_assignments: ScimGroupImplicitRoleAssignments[]
  /** A time, as RFC 3339 text. */
  bearer_token_expires_at?: string
}

/** The `ScimGroup` object of Stytch responses. */
export interface ScimGroup {
  group_id: string
  group_name: string
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the SSO or SCIM connection. */
  connection_id: string
}

/** The `ScimGroupImplicitRoleAssignments` object of Stytch responses. */
export interface ScimGroupImplicitRoleAssignments {
  role_id: string
  group_id: string
  group_name: string
}

/** The `ScimRegistration` object of Stytch responses. */
export interface ScimRegistration {
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  registration_id: string
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id?: string
  scim_attributes?: ScimAttributes
}

/** The `ScimX509Certificate` object of Stytch responses. */
export interface ScimX509Certificate {
  value: string
  type: 'crypto' | 'email_otp' | 'impersonated' | 'imported' | 'magic_link' | 'oauth' | 'otp' | 'password' | 'recovery_codes' | 'signature_challenge' | 'sso' | 'totp' | 'trusted_auth_token' | 'webauthn' | (string & {})
  primary: boolean
}

/** The `ScopeResult` object of Stytch responses. */
export interface ScopeResult {
  scope: string
  description: string
  is_grantable: boolean
}

/** The `ShopifyOauthFactor` object of Stytch responses. */
export interface ShopifyOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `SlackOauthExchangeFactor` object of Stytch responses. */
export interface SlackOauthExchangeFactor {
  email_id: string
}

/** The `SlackOauthFactor` object of Stytch responses. */
export interface SlackOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `SlackProviderInfo` object of Stytch responses. */
export interface SlackProviderInfo {
  provider_subject: string
  provider_tenant_id: string
  access_token: string
  /** OAuth scopes, each `action:resource` or a standard scope such as `openid`. */
  scopes: string[]
  bot_access_token: string
  bot_scopes: string[]
}

/** The `SnapchatOauthFactor` object of Stytch responses. */
export interface SnapchatOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `SpotifyOauthFactor` object of Stytch responses. */
export interface SpotifyOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `SsoRegistration` object of Stytch responses. */
export interface SsoRegistration {
  /** Id of the SSO or SCIM connection. */
  connection_id: string
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: string
  registration_id: string
  sso_attributes?: Record<string, unknown>
}

/** The `SsoX509Certificate` object of Stytch responses. */
export interface SsoX509Certificate {
  certificate_id: string
  certificate: string
  issuer: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  created_at?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  expires_at?: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  updated_at?: string
}

/** The `SteamOauthFactor` object of Stytch responses. */
export interface SteamOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `TikTokOauthFactor` object of Stytch responses. */
export interface TikTokOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `TrustedAuthTokenFactor` object of Stytch responses. */
export interface TrustedAuthTokenFactor {
  token_id: string
}

/** The `TwitchOauthFactor` object of Stytch responses. */
export interface TwitchOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `TwitterOauthFactor` object of Stytch responses. */
export interface TwitterOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `Verdict` object of Stytch responses. */
export interface Verdict {
  action: 'ALLOW' | 'CHALLENGE' | 'BLOCK' | (string & {})
  reasons: string[]
  detected_device_type: string
  is_authentic_device: boolean
  verdict_reason_overrides: VerdictReasonOverride[]
  rule_match_type?: 'VISITOR_ID' | 'BROWSER_ID' | 'VISITOR_FINGERPRINT' | 'BROWSER_FINGERPRINT' | 'HARDWARE_FINGERPRINT' | 'NETWORK_FINGERPRINT' | 'CIDR_BLOCK' | 'ASN' | 'COUNTRY_CODE' | (string & {})
  rule_match_identifier?: string
}

/** The `VerdictReasonAction` object of Stytch responses. */
export interface VerdictReasonAction {
  verdict_reason: string
  default_action: 'ALLOW' | 'CHALLENGE' | 'BLOCK' | (string & {})
  override_action?: 'ALLOW' | 'CHALLENGE' | 'BLOCK' | (string & {})
  /** A time, as RFC 3339 text. */
  override_created_at?: string
  override_description?: string
}

/** The `VerdictReasonOverride` object of Stytch responses. */
export interface VerdictReasonOverride {
  verdict_reason: string
  override_action: 'ALLOW' | 'CHALLENGE' | 'BLOCK' | (string & {})
}

/** The `WebAuthnFactor` object of Stytch responses. */
export interface WebAuthnFactor {
  webauthn_registration_id: string
  domain: string
  user_agent?: string
}

/** The `YahooOauthFactor` object of Stytch responses. */
export interface YahooOauthFactor {
  id: string
  provider_subject: string
  email_id?: string
}

/** The `ZxcvbnFeedback` object of Stytch responses. */
export interface ZxcvbnFeedback {
  warning: string
  suggestions: string[]
}
