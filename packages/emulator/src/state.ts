import type {
  AuthenticationFactor,
  Connection,
  Member,
  MemberSession,
  OidcConnection,
  Organization,
  Policy,
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
  kind: 'magic_link' | 'discovery_magic_link' | 'password_reset' | 'discovery_password_reset' | 'oauth' | 'discovery_oauth' | 'sso'
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
  template: 'login' | 'signup' | 'invite' | 'discovery' | 'password_reset' | 'discovery_password_reset' | 'otp'
  organization_id?: string
  member_id?: string
  /** The magic link or reset token, when the message carries one. */
  token?: string
  /** The one-time passcode of an SMS. */
  code?: string
  /** The link the email would carry: redirect URL with the token appended. */
  link?: string
  sent_at: string
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
  keys: KeyRecord[]
  policy: Policy
  outbox: OutboxMessage[]
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
    keys: [],
    policy,
    outbox: [],
  }
}
