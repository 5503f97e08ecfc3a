import type {
  AuthenticationFactor,
  ConnectedApp,
  Connection,
  M2MClient,
  Fingerprints,
  Member,
  MemberSession,
  OidcConnection,
  Organization,
  Policy,
  Rule,
  SamlConnection,
  ScimConnection,
} from 'stytch-b2b'
import type { JWK } from 'jose'

// Everything the emulator knows is one JSON-serializable value, so a restart with `--data`
// restores it exactly. A write request changes it through a view that records which records it
// wrote (tracking.ts): those are journaled, or restored if the request fails. A new collection
// of records keyed by id belongs in RECORD_COLLECTIONS there (else it is journaled whole).

/** A stored password: only hashes, in the scheme it was set or migrated with. */
export type PasswordHash =
  | { readonly type: 'scrypt'; readonly salt: string; readonly n: number; readonly r: number; readonly p: number; readonly key_length: number; readonly hash: string }
  | { readonly type: 'bcrypt'; readonly hash: string }
  | { readonly type: 'md5' | 'sha_1'; readonly hash: string; readonly prepend_salt: string; readonly append_salt: string }
  | { readonly type: 'pbkdf2'; readonly hash: string; readonly salt: string; readonly iteration_amount: number; readonly key_length: number; readonly algorithm: 'sha1' | 'sha256' | 'sha512' }

/** OAuth provider tokens kept for the `oauth_providers` routes. */
export interface ProviderTokens {
  readonly provider_subject: string
  readonly access_token: string
  readonly refresh_token: string
  readonly id_token: string
  readonly scopes: string[]
  readonly expires_at: number
  readonly provider_tenant_id: string
}

export interface MemberRecord {
  /** The wire object; `roles` and `is_admin` are recomputed when it is shown. */
  member: Member
  /** Role ids assigned directly (the `roles` param). */
  direct_roles: string[]
  password?: { hash: PasswordHash; requires_reset: boolean }
  totp?: { totp_id: string; secret: string; verified: boolean; recovery_codes: string[] }
  /** Keyed by provider type (`google`, `microsoft`, `github`, `slack`, `hubspot`, or `oidc:<connection_id>`). */
  providers: Record<string, ProviderTokens>
}

export interface SessionRecord {
  session: MemberSession & { custom_claims: Record<string, unknown> }
  session_token: string
}

/** A partly authenticated state: a discovery login (no member yet) or a member waiting for MFA. */
export interface IntermediateSessionRecord {
  token: string
  email_address: string
  member_id?: string
  organization_id?: string
  factors: AuthenticationFactor[]
  expires_at: number
}

/** A single-use token that an email, an IdP callback or an emulator route handed out. */
export interface TokenRecord {
  token: string
  kind:
    | 'magic_link'
    | 'discovery_magic_link'
    | 'password_reset'
    | 'discovery_password_reset'
    | 'oauth'
    | 'discovery_oauth'
    | 'sso'
    | 'email_otp'
    | 'discovery_email_otp'
    | 'email_update'
    | 'impersonation'
  email_address: string
  organization_id?: string
  member_id?: string
  expires_at: number
  pkce_code_challenge?: string
  /** Kind-specific extras, e.g. the OAuth provider or the SSO connection. */
  data: Record<string, unknown>
}

export interface OtpRecord {
  member_id: string
  organization_id: string
  phone_number: string
  code: string
  expires_at: number
}

export interface SsoRecord {
  type: 'saml' | 'oidc' | 'external'
  organization_id: string
  connection: SamlConnection | OidcConnection | Connection
  /** SAML only: the IdP metadata URL last given to `updateSsoSamlByUrl` (the emulator does not fetch it). */
  metadata_url?: string
}

export interface ScimRecord {
  organization_id: string
  connection: ScimConnection
  bearer_token: string
  next_bearer_token?: string
  next_token_expires_at?: string
}

/**
 * The secrets of an OAuth client (M2M or confidential connected app): only SHA-256 hashes and
 * last fours are kept. While a rotation is under way the next secret works beside the current one.
 */
export interface ClientSecretsRecord {
  secret_hash: string
  secret_last_four: string
  next_secret_hash?: string
  next_secret_last_four?: string
}

/** An M2M client; its secret fields are derived from `secrets` when it is shown. */
export interface M2mClientRecord {
  client: Omit<M2MClient, 'client_secret_last_four' | 'next_client_secret_last_four'>
  secrets: ClientSecretsRecord
  created_at: string
}

/** A connected-app client; public clients (`*_public`) have no secrets. */
export interface ConnectedAppRecord {
  app: Omit<ConnectedApp, 'client_secret_last_four' | 'next_client_secret_last_four'>
  secrets?: ClientSecretsRecord
  created_at: string
}

/** What a member consented to for a connected app (keyed `<client_id> <member_id>`). */
export interface IdpGrantRecord {
  grant_id: string
  client_id: string
  member_id: string
  organization_id: string
  scopes: string[]
  granted_at: string
}

/**
 * An authorization code or refresh token of the IdP, stored under the SHA-256 of the token (the
 * token itself is never stored). Codes are single use and short-lived; refresh tokens are
 * replaced on every use and end with their grant.
 */
export interface IdpTokenRecord {
  kind: 'authorization_code' | 'refresh_token'
  client_id: string
  member_id: string
  organization_id: string
  grant_id: string
  scopes: string[]
  /** Milliseconds since the epoch. */
  issued_at: number
  expires_at: number
  /** Codes only: where the code was sent, its PKCE challenge (S256) and the OIDC nonce. */
  redirect_uri?: string
  code_challenge?: string
  nonce?: string
}

/** An access token the emulator signed (keyed by its `jti`), so introspection can tell revoked ones. */
export interface IssuedAccessTokenRecord {
  client_id: string
  /** `m2m` for M2M clients, `connected_app` for connected-app clients. */
  client_kind: 'm2m' | 'connected_app'
  /** Member tokens: the grant they came from (revoking it ends them). */
  grant_id?: string
  /** Milliseconds since the epoch. */
  expires_at: number
  /** Set once `exchangeSessionAccessToken` has turned the token into a session. */
  exchanged?: boolean
}

/**
 * A trusted auth token profile: the emulator's stand-in for an external identity provider whose
 * JWTs `Sessions.Attest` accepts. It signs with its own ES256 key; the claims named by
 * `attribute_mapping` carry the member's email address and organization.
 */
export interface TrustedTokenProfileRecord {
  profile_id: string
  name: string
  issuer: string
  audience: string
  attribute_mapping: { email_address: string; organization_id: string; token_id: string }
  private_jwk: JWK
  public_jwk: JWK
  created_at: string
}

export interface KeyRecord {
  kid: string
  private_jwk: JWK
  public_jwk: JWK
  created_at: string
}

/** An email or SMS the emulator "sent"; read it with `GET /emulator/outbox` or `emulator.outbox()`. */
export interface OutboxMessage {
  message_id: string
  channel: 'email' | 'sms'
  to: string
  template: 'login' | 'signup' | 'invite' | 'discovery' | 'password_reset' | 'discovery_password_reset' | 'otp' | 'discovery_otp' | 'email_update'
  organization_id?: string
  member_id?: string
  /** The magic link or reset token, when the message carries one. */
  token?: string
  /** The one-time passcode of an SMS or an email. */
  code?: string
  /** The link the email would carry: redirect URL with the token appended. */
  link?: string
  sent_at: string
}

/** A device registered with the emulator's stand-in for Stytch's fingerprinting (`POST /emulator/fraud/telemetry`). */
export interface TelemetryRecord {
  telemetry_id: string
  fingerprints: Fingerprints & { visitor_id: string; browser_id: string }
  /** Verdict reasons observed on the device (see the fraud routes for the set). */
  reasons: string[]
  ip_address: string
  user_agent: string
  country_code: string
  asn: string
  detected_device_type: string
  created_at: string
  expires_at: string
}

/** An override of a verdict reason's default action (`Fraud.VerdictReasons.Override`). */
export interface VerdictOverrideRecord {
  verdict_reason: string
  override_action: 'ALLOW' | 'CHALLENGE' | 'BLOCK'
  override_created_at: string
  override_description: string
}

export interface State {
  version: 2
  organizations: Record<string, Organization>
  members: Record<string, MemberRecord>
  sessions: Record<string, SessionRecord>
  intermediate_sessions: Record<string, IntermediateSessionRecord>
  tokens: Record<string, TokenRecord>
  otps: Record<string, OtpRecord>
  sso_connections: Record<string, SsoRecord>
  scim_connections: Record<string, ScimRecord>
  m2m_clients: Record<string, M2mClientRecord>
  connected_apps: Record<string, ConnectedAppRecord>
  idp_grants: Record<string, IdpGrantRecord>
  idp_tokens: Record<string, IdpTokenRecord>
  access_tokens: Record<string, IssuedAccessTokenRecord>
  trusted_token_profiles: Record<string, TrustedTokenProfileRecord>
  keys: KeyRecord[]
  policy: Policy
  outbox: OutboxMessage[]
  /** Keyed by telemetry id. */
  fraud_telemetry: Record<string, TelemetryRecord>
  /** Keyed by `<rule_type>:<identifier>`, e.g. `VISITOR_ID:visitor-…`. */
  fraud_rules: Record<string, Rule>
  /** Keyed by verdict reason. */
  fraud_verdict_overrides: Record<string, VerdictOverrideRecord>
}

export function emptyState(policy: Policy): State {
  return {
    version: 2,
    organizations: {},
    members: {},
    sessions: {},
    intermediate_sessions: {},
    tokens: {},
    otps: {},
    sso_connections: {},
    scim_connections: {},
    m2m_clients: {},
    connected_apps: {},
    idp_grants: {},
    idp_tokens: {},
    access_tokens: {},
    trusted_token_profiles: {},
    keys: [],
    policy,
    outbox: [],
    fraud_telemetry: {},
    fraud_rules: {},
    fraud_verdict_overrides: {},
  }
}
