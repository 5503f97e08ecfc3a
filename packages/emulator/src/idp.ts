import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { ScopeResult } from 'stytch-b2b'
import { digest, secretMatches } from './clientSecrets.js'
import { type Emulator, newId, newToken, policyAllows } from './core.js'
import { oauthFail } from './errors.js'
import { signJwt } from './keys.js'
import { effectivePolicy } from './auth.js'
import { roleIds } from './model.js'
import type { ConnectedAppRecord, IdpGrantRecord, IdpTokenRecord, M2mClientRecord, MemberRecord } from './state.js'

// The emulator as an OAuth 2.0 authorization server: client authentication, access tokens (JWTs
// signed with the session keys, remembered by `jti` so that revocation shows in introspection),
// authorization codes and refresh tokens (kept as hashes), grants and scopes.

/** Lifetime of an M2M access token, as Stytch's: an hour. */
export const M2M_TOKEN_SECONDS = 3600
/** Lifetime of an authorization code: single use, and at most ten minutes (RFC 6749 §4.1.2). */
export const CODE_SECONDS = 600
/** Lifetime of a refresh token; each use replaces it with a new one. */
export const REFRESH_TOKEN_DAYS = 30

export const ORGANIZATION_CLAIM = 'https://stytch.com/organization'

/** Scopes every connected app may ask for, with what a consent screen would say. */
export const STANDARD_SCOPES: Readonly<Record<string, string>> = {
  openid: 'Confirm who you are (an OpenID Connect ID token).',
  profile: 'Read your name.',
  email: 'Read your email address.',
  phone: 'Read your phone number.',
  offline_access: 'Keep access while you are away (a refresh token).',
  full_access: 'Act as you, with everything you can do (first-party apps allowed full access only).',
}

export const isPublicClient = (clientType: string): boolean => clientType.endsWith('_public')
export const isFirstParty = (clientType: string): boolean => clientType.startsWith('first_party')

/** Whether an M2M client or a connected app already uses this client id. */
export function clientIdTaken(em: Emulator, clientId: string): boolean {
  return clientId in em.state.m2m_clients || clientId in em.state.connected_apps
}

/** The key of a member's grant to an app in `idp_grants`. */
export const grantKey = (clientId: string, memberId: string): string => `${clientId} ${memberId}`

/** Forgets every code, refresh token and access token of a client (it was deleted). */
export function dropClientTokens(em: Emulator, clientId: string): void {
  for (const [key, t] of Object.entries(em.state.idp_tokens)) if (t.client_id === clientId) delete em.state.idp_tokens[key]
  for (const [jti, t] of Object.entries(em.state.access_tokens)) if (t.client_id === clientId) delete em.state.access_tokens[jti]
}

/** Ends a grant: its codes, refresh tokens and access tokens stop working. */
export function revokeGrant(em: Emulator, grant: IdpGrantRecord): void {
  delete em.state.idp_grants[grantKey(grant.client_id, grant.member_id)]
  for (const [key, t] of Object.entries(em.state.idp_tokens)) if (t.grant_id === grant.grant_id) delete em.state.idp_tokens[key]
  for (const [jti, t] of Object.entries(em.state.access_tokens)) if (t.grant_id === grant.grant_id) delete em.state.access_tokens[jti]
}

/** Drops expired codes, refresh tokens and access-token records, so the state stays bounded. */
function prune(em: Emulator): void {
  const now = em.now()
  for (const [key, t] of Object.entries(em.state.idp_tokens)) if (t.expires_at <= now) delete em.state.idp_tokens[key]
  for (const [jti, t] of Object.entries(em.state.access_tokens)) if (t.expires_at <= now) delete em.state.access_tokens[jti]
}

// ---- client authentication ----------------------------------------------------------------------

/** An authenticated OAuth client of the token or introspection route. */
export type OAuthClient =
  | { readonly kind: 'm2m'; readonly id: string; readonly record: M2mClientRecord }
  | { readonly kind: 'connected_app'; readonly id: string; readonly record: ConnectedAppRecord }

/** `client_id` and `client_secret` from HTTP Basic (RFC 6749 §2.3.1, form-encoded parts) or the form. */
function presentedCredentials(body: Readonly<Record<string, unknown>>, headers: IncomingHttpHeaders): { id: string; secret?: string } {
  const formId = typeof body['client_id'] === 'string' && body['client_id'] !== '' ? body['client_id'] : undefined
  const formSecret = typeof body['client_secret'] === 'string' && body['client_secret'] !== '' ? body['client_secret'] : undefined
  const header = headers.authorization
  if (header !== undefined && /^basic /i.test(header)) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) return oauthFail(401, 'invalid_client', 'The Basic authorization header must carry client_id:client_secret.')
    let id: string
    let secret: string
    try {
      id = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '))
      secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '))
    } catch {
      return oauthFail(401, 'invalid_client', 'The Basic authorization header is not form-encoded client_id:client_secret.')
    }
    if (formSecret !== undefined || (formId !== undefined && formId !== id)) {
      oauthFail(400, 'invalid_request', 'Send the client credentials either in the Basic authorization header or in the form, not both.')
    }
    return { id, ...(secret !== '' && { secret }) }
  }
  if (formId === undefined) return oauthFail(401, 'invalid_client', 'client_id: required (in the form or in a Basic authorization header).')
  return { id: formId, ...(formSecret !== undefined && { secret: formSecret }) }
}

/**
 * The client that the request authenticates as: an active M2M client or confidential connected
 * app with a current (or, mid-rotation, next) secret, or a public connected app by its id alone.
 * Anything else is 401 `invalid_client`, with one message for every cause.
 */
export function authenticateClient(em: Emulator, body: Readonly<Record<string, unknown>>, headers: IncomingHttpHeaders): OAuthClient {
  const { id, secret } = presentedCredentials(body, headers)
  const refuse = (): never => oauthFail(401, 'invalid_client', 'Client authentication failed: unknown client, wrong secret or inactive client.')
  const m2m = em.state.m2m_clients[id]
  if (m2m) {
    if (secret === undefined || !secretMatches(m2m.secrets, secret) || m2m.client.status !== 'active') refuse()
    return { kind: 'm2m', id, record: m2m }
  }
  const app = em.state.connected_apps[id]
  if (!app || app.app.status !== 'active') return refuse()
  if (app.secrets) {
    if (secret === undefined || !secretMatches(app.secrets, secret)) refuse()
  } else if (secret !== undefined) {
    oauthFail(401, 'invalid_client', `${app.app.client_type} clients have no client secret; send the client_id alone.`)
  }
  return { kind: 'connected_app', id, record: app }
}

// ---- scopes ---------------------------------------------------------------------------------------

/** Space-separated scopes of a form field, each once, in the order given. */
export function splitScopes(value: unknown): string[] {
  return typeof value === 'string' ? [...new Set(value.split(' ').filter(Boolean))] : []
}

/**
 * Whether the member may grant each scope to the app: the standard scopes always (`full_access`
 * only to an app allowed it), a scope of the project's RBAC policy when the member's roles permit
 * every action it stands for, any other scope never.
 */
export function scopeResults(em: Emulator, app: ConnectedAppRecord, member: MemberRecord, scopes: readonly string[]): ScopeResult[] {
  const policy = effectivePolicy(em, member.member.organization_id)
  const roles = roleIds(em, member)
  return [...new Set(scopes)].map((scope) => {
    const standard = STANDARD_SCOPES[scope]
    if (standard !== undefined) return { scope, description: standard, is_grantable: scope !== 'full_access' || app.app.full_access_allowed }
    const defined = em.state.policy.scopes.find((s) => s.scope === scope)
    if (!defined) return { scope, description: '', is_grantable: false }
    const allowed = defined.permissions.every((p) => p.actions.every((action) => policyAllows(policy, roles, p.resource_id, action)))
    return { scope, description: defined.description, is_grantable: allowed }
  })
}

// ---- codes and refresh tokens ---------------------------------------------------------------------

/** Stores a code or refresh token under its hash and answers the token itself (shown once). */
export function issueIdpToken(em: Emulator, fields: Omit<IdpTokenRecord, 'issued_at' | 'expires_at'>, seconds: number): string {
  prune(em)
  const token = newToken()
  const now = em.now()
  em.state.idp_tokens[digest(token)] = { ...fields, issued_at: now, expires_at: now + seconds * 1000 }
  return token
}

/** A live code or refresh token of `kind`, without taking it out of the store. */
export function findIdpToken(em: Emulator, token: string, kind: IdpTokenRecord['kind']): IdpTokenRecord | undefined {
  const record = em.state.idp_tokens[digest(token)]
  return record && record.kind === kind && record.expires_at > em.now() ? record : undefined
}

/** Takes a code or refresh token out of the store (single use); 400 `invalid_grant` when unknown, used, expired or another client's. */
export function takeIdpToken(em: Emulator, token: string, kind: IdpTokenRecord['kind'], clientId: string): IdpTokenRecord {
  const key = digest(token)
  const record = em.state.idp_tokens[key]
  if (!record || record.kind !== kind) return oauthFail(400, 'invalid_grant', `The ${kind.replace('_', ' ')} is unknown or was already used.`)
  delete em.state.idp_tokens[key]
  if (record.expires_at <= em.now()) oauthFail(400, 'invalid_grant', `The ${kind.replace('_', ' ')} has expired.`)
  if (record.client_id !== clientId) oauthFail(400, 'invalid_grant', `The ${kind.replace('_', ' ')} was issued to another client.`)
  return record
}

/** Whether a PKCE verifier matches an S256 challenge (RFC 7636 §4.6). */
export function pkceMatches(challenge: string, verifier: string): boolean {
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'))
  const expected = Buffer.from(challenge)
  return computed.length === expected.length && timingSafeEqual(computed, expected)
}

// ---- access and ID tokens -------------------------------------------------------------------------

/** What an access token is for: its subject, client, scopes and lifetime. */
export interface AccessTokenSpec {
  readonly client: OAuthClient
  readonly sub: string
  readonly scopes: readonly string[]
  readonly seconds: number
  /** Member tokens: the organization and the grant. */
  readonly organization?: { readonly organization_id: string; readonly slug: string }
  readonly grantId?: string
}

/**
 * Signs an access token with the project's session keys: issuer `stytch.com/<project>`, the
 * project as audience (plus an app's custom audience), `scope`, `sub`, a `jti` the emulator
 * remembers until expiry. Connected-app tokens also carry `client_id` (the library's
 * `introspectIdpTokenLocal` needs it); M2M tokens name their client in `sub` alone, as Stytch's.
 */
export async function issueAccessToken(em: Emulator, spec: AccessTokenSpec): Promise<{ token: string; expires_in: number }> {
  prune(em)
  const iat = Math.floor(em.now() / 1000)
  const jti = newId('access-token')
  const audience = spec.client.kind === 'connected_app' ? spec.client.record.app.access_token_custom_audience : undefined
  const token = await signJwt(em, {
    ...(spec.client.kind === 'connected_app' && { client_id: spec.client.id }),
    ...(spec.organization && { [ORGANIZATION_CLAIM]: { ...spec.organization } }),
    scope: spec.scopes.join(' '),
    sub: spec.sub,
    iss: `stytch.com/${em.projectId}`,
    aud: audience ? [em.projectId, audience] : [em.projectId],
    iat,
    nbf: iat,
    exp: iat + spec.seconds,
    jti,
  })
  em.state.access_tokens[jti] = {
    client_id: spec.client.id,
    client_kind: spec.client.kind,
    ...(spec.grantId !== undefined && { grant_id: spec.grantId }),
    expires_at: (iat + spec.seconds) * 1000,
  }
  return { token, expires_in: spec.seconds }
}

/** An OpenID Connect ID token for the member, with the profile claims its scopes allow. */
export async function issueIdToken(em: Emulator, clientId: string, member: MemberRecord, scopes: readonly string[], slug: string, nonce: string | undefined, seconds: number): Promise<string> {
  const iat = Math.floor(em.now() / 1000)
  const m = member.member
  return signJwt(em, {
    ...(scopes.includes('email') && { email: m.email_address, email_verified: m.email_address_verified }),
    ...(scopes.includes('profile') && { name: m.name }),
    ...(scopes.includes('phone') && m.mfa_phone_number !== '' && { phone_number: m.mfa_phone_number, phone_number_verified: m.mfa_phone_number_verified }),
    ...(nonce !== undefined && { nonce }),
    [ORGANIZATION_CLAIM]: { organization_id: m.organization_id, slug },
    sub: m.member_id,
    iss: `stytch.com/${em.projectId}`,
    aud: [clientId],
    iat,
    exp: iat + seconds,
  })
}
