import { createHash, randomInt } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { AuthenticationFactor, DiscoveredOrganization, Member, MemberSession, MfaRequired, Organization, Policy } from 'stytch-b2b'
import { type Body, optInt, optObject, optStr } from './body.js'
import { type Authorize, type Emulator, type RequestContext, deliver, iso, newId, newToken, policyAllows } from './core.js'
import { badRequest, fail } from './errors.js'
import { signJwt, verifyJwt } from './keys.js'
import { getMemberAnywhere, getOrg, roleIds, viewMember, viewOrg } from './model.js'
import type { IntermediateSessionRecord, MemberRecord, SessionRecord, TokenRecord } from './state.js'
import { copy } from './tracking.js'

/** Lifetime of a session JWT, as Stytch's: five minutes. */
export const JWT_LIFETIME_SECONDS = 300
/** Session lifetime when `session_duration_minutes` is not given. */
export const DEFAULT_SESSION_MINUTES = 60
/** How long an intermediate session (discovery, or waiting for MFA) lives. */
export const INTERMEDIATE_SESSION_MINUTES = 10
/** How long an SMS one-time passcode lives. */
export const OTP_MINUTES = 10

const SESSION_CLAIM = 'https://stytch.com/session'
const ORGANIZATION_CLAIM = 'https://stytch.com/organization'
const RESERVED = ['iss', 'aud', 'sub', 'iat', 'nbf', 'exp', 'jti']

/** Factor types that count as a second factor for MFA. */
export const MFA_TYPES: ReadonlySet<string> = new Set(['otp', 'totp', 'recovery_codes'])

/** A stable pseudo email id of a member, for email factors. */
export function emailId(member: Member): string {
  return `email-test-${member.member_id.replace(/^member-test-/, '')}`
}

/** An email-delivered factor (`magic_link`, `password`, `email_otp` …). */
export function emailFactor(em: Emulator, type: string, member: Member | { email_address: string }, deliveryMethod = 'email'): AuthenticationFactor {
  return {
    type,
    delivery_method: deliveryMethod,
    last_authenticated_at: iso(em),
    email_factor: { email_id: 'member_id' in member ? emailId(member) : '', email_address: member.email_address },
  }
}

// ---- sessions ---------------------------------------------------------------------------------

function checkCustomClaims(claims: Record<string, unknown> | undefined): Record<string, unknown> {
  for (const key of Object.keys(claims ?? {})) {
    if (RESERVED.includes(key) || key.startsWith('https://stytch.com/')) badRequest('session_custom_claims', `the claim ${JSON.stringify(key)} is reserved`)
  }
  return claims ?? {}
}

function durationMinutes(body: Body): number | undefined {
  const minutes = optInt(body, 'session_duration_minutes')
  if (minutes !== undefined && (minutes < 5 || minutes > 527040)) badRequest('session_duration_minutes', 'must be between 5 and 527040')
  return minutes
}

/** Signs a session JWT with exactly the claims the library's jwt module verifies. */
export async function mintSessionJwt(em: Emulator, record: SessionRecord): Promise<string> {
  const s = record.session
  const org = em.state.organizations[s.organization_id]
  const iat = Math.floor(em.now() / 1000)
  return signJwt(em, {
    ...s.custom_claims,
    [SESSION_CLAIM]: {
      id: s.member_session_id,
      started_at: s.started_at,
      last_accessed_at: s.last_accessed_at,
      expires_at: s.expires_at,
      attributes: { ip_address: '', user_agent: '' },
      authentication_factors: s.authentication_factors,
      roles: s.roles,
    },
    [ORGANIZATION_CLAIM]: { organization_id: s.organization_id, slug: org?.organization_slug ?? '' },
    sub: s.member_id,
    iss: `stytch.com/${em.projectId}`,
    aud: [em.projectId],
    iat,
    nbf: iat,
    exp: iat + JWT_LIFETIME_SECONDS,
  })
}

/** A new member session for `record` with these factors. */
export function createSession(em: Emulator, record: MemberRecord, factors: AuthenticationFactor[], body: Body): SessionRecord {
  const nowMs = em.now()
  const now = iso(em, nowMs)
  const session: SessionRecord = {
    session_token: newToken(),
    session: {
      member_session_id: newId('member-session'),
      member_id: record.member.member_id,
      started_at: now,
      last_accessed_at: now,
      expires_at: iso(em, nowMs + (durationMinutes(body) ?? DEFAULT_SESSION_MINUTES) * 60_000),
      authentication_factors: factors,
      organization_id: record.member.organization_id,
      roles: roleIds(em, record),
      organization_slug: em.state.organizations[record.member.organization_id]?.organization_slug ?? '',
      custom_claims: checkCustomClaims(optObject(body, 'session_custom_claims')),
    },
  }
  em.state.sessions[session.session.member_session_id] = session
  return session
}

/** Whether a session is past its `expires_at`. */
export function sessionExpired(em: Emulator, record: SessionRecord): boolean {
  return Date.parse(record.session.expires_at) <= em.now()
}

/**
 * The live session named by a session token or JWT (an expired JWT still names its session, as
 * with Stytch); 404 `session_not_found` otherwise.
 */
export async function findSession(em: Emulator, ref: { session_token?: string | undefined; session_jwt?: string | undefined }): Promise<SessionRecord> {
  let record: SessionRecord | undefined
  if (ref.session_token) {
    record = Object.values(em.state.sessions).find((s) => s.session_token === ref.session_token)
  } else if (ref.session_jwt) {
    const claims = await verifyJwt(em, ref.session_jwt)
    if (!claims) fail(401, 'invalid_session_jwt', 'The session JWT is malformed or not signed by a key of this project.')
    const id = (claims[SESSION_CLAIM] as { id?: unknown } | undefined)?.id
    record = typeof id === 'string' ? em.state.sessions[id] : undefined
  } else {
    badRequest('session_token', 'a session_token or session_jwt is required')
  }
  if (record && sessionExpired(em, record)) {
    delete em.state.sessions[record.session.member_session_id]
    record = undefined
  }
  return record ?? fail(404, 'session_not_found', 'The session does not exist, has expired or was revoked.')
}

/** Refreshes a session's roles and last access, optionally extending it and merging custom claims. */
export function refreshSession(em: Emulator, record: SessionRecord, body: Body): void {
  const member = getMemberAnywhere(em, record.session.member_id)
  const minutes = durationMinutes(body)
  record.session.last_accessed_at = iso(em)
  record.session.roles = roleIds(em, member)
  // An impersonation session keeps its fixed lifetime: a requested extension is ignored.
  if (minutes !== undefined && !impersonated(record)) record.session.expires_at = iso(em, em.now() + minutes * 60_000)
  const claims = optObject(body, 'session_custom_claims')
  if (claims) {
    const merged: Record<string, unknown> = { ...record.session.custom_claims }
    for (const [k, v] of Object.entries(checkCustomClaims(claims))) {
      if (v === null) delete merged[k]
      else merged[k] = v
    }
    record.session.custom_claims = merged
  }
}

/** Whether the session was started by impersonation (its lifetime is fixed). */
export function impersonated(record: SessionRecord): boolean {
  return record.session.authentication_factors.some((f) => f.type === 'impersonated')
}

/** Ends every session of a member (and its intermediate sessions). */
export function revokeMemberSessions(em: Emulator, memberId: string): void {
  for (const [id, s] of Object.entries(em.state.sessions)) if (s.session.member_id === memberId) delete em.state.sessions[id]
  for (const [t, s] of Object.entries(em.state.intermediate_sessions)) if (s.member_id === memberId) delete em.state.intermediate_sessions[t]
}

/** A member session as authenticate routes return it: custom claims always present. */
export type SessionView = MemberSession & { custom_claims: Record<string, unknown> }

/**
 * A copy of the wire session, with defaults for fields an older record lacks; with `em`, the
 * organization's current slug.
 */
export function viewSession(record: SessionRecord, em?: Emulator): SessionView {
  const session = copy(record.session)
  const slug = em?.state.organizations[session.organization_id]?.organization_slug
  return { ...session, roles: session.roles ?? [], organization_slug: slug ?? session.organization_slug ?? '', custom_claims: session.custom_claims ?? {} }
}

/** The common fields of a session-bearing response: session, member and organization. */
export async function sessionResponse(em: Emulator, record: SessionRecord): Promise<{
  member_session: SessionView
  session_token: string
  session_jwt: string
  member: Member
  organization: Organization
}> {
  const member = getMemberAnywhere(em, record.session.member_id)
  return {
    member_session: viewSession(record, em),
    session_token: record.session_token,
    session_jwt: await mintSessionJwt(em, record),
    member: viewMember(em, member),
    organization: viewOrg(getOrg(em, record.session.organization_id)),
  }
}

// ---- member-session authorization headers -------------------------------------------------------

/** Whether a request carries either member-session header. */
export function hasSessionHeaders(headers: IncomingHttpHeaders): boolean {
  return typeof headers['x-stytch-member-session'] === 'string' || typeof headers['x-stytch-member-sessionjwt'] === 'string'
}

/** The session named by the `X-Stytch-Member-Session(JWT)` headers, if any (401 when they name none that lives). */
export async function sessionFromHeaders(rc: RequestContext): Promise<SessionRecord | undefined> {
  const token = rc.headers['x-stytch-member-session']
  const jwt = rc.headers['x-stytch-member-sessionjwt']
  if (typeof token !== 'string' && typeof jwt !== 'string') return undefined
  try {
    return await findSession(rc.em, typeof token === 'string' ? { session_token: token } : { session_jwt: jwt as string })
  } catch {
    return fail(401, 'unauthorized_credentials', 'The member session in the authorization headers is invalid or expired.')
  }
}

/**
 * Enforces a route's declared permissions for the member session in the request's headers:
 * every permission must be in the session's organization (else 403
 * `session_authorization_tenancy_error`) and allowed by its member's roles (else 403
 * `session_authorization_error`). Without headers the project secret alone authorizes the call,
 * as with Stytch.
 */
export async function enforcePermissions(rc: RequestContext, authorize: Authorize): Promise<void> {
  const session = await sessionFromHeaders(rc)
  if (!session) return
  const { em } = rc
  const member = getMemberAnywhere(em, session.session.member_id)
  const roles = roleIds(em, member)
  for (const p of await authorize(rc)) {
    if (session.session.organization_id !== p.organizationId) {
      fail(403, 'session_authorization_tenancy_error', 'The member session belongs to another organization.')
    }
    const policy = effectivePolicy(em, p.organizationId)
    if (p.memberId === session.session.member_id && policyAllows(policy, roles, 'stytch.self', p.action)) continue
    if (!policyAllows(policy, roles, p.resource, p.action)) {
      fail(403, 'session_authorization_error', `The member's roles do not permit ${JSON.stringify(p.action)} on ${JSON.stringify(p.resource)}.`)
    }
  }
}

/** The roles that apply in an organization: the project's policy and the organization's custom roles. */
export function effectivePolicy(em: Emulator, organizationId: string): { roles: Policy['roles'] } {
  const custom = em.state.organizations[organizationId]?.custom_roles ?? []
  return custom.length === 0 ? em.state.policy : { roles: [...em.state.policy.roles, ...custom] }
}

// ---- single-use tokens ------------------------------------------------------------------------

/** Stores a single-use token that expires after `minutes`. */
export function issueToken(em: Emulator, fields: Omit<TokenRecord, 'token' | 'expires_at' | 'data'> & { data?: Record<string, unknown> }, minutes: number): TokenRecord {
  const record: TokenRecord = { data: {}, ...fields, token: newToken(), expires_at: em.now() + minutes * 60_000 }
  em.state.tokens[record.token] = record
  return record
}

/**
 * Takes a token of one of `kinds` out of the store (single use). `label` names the error type:
 * `<label>_not_found` (404) for an unknown or used token, `<label>_expired` (401).
 */
export function consumeToken(em: Emulator, token: string, kinds: readonly TokenRecord['kind'][], label: string, pkceVerifier?: string): TokenRecord {
  const record = em.state.tokens[token]
  if (!record || !kinds.includes(record.kind)) return fail(404, `${label}_not_found`, 'The token is unknown, of another kind, or was already used.')
  delete em.state.tokens[token]
  if (record.expires_at <= em.now()) fail(401, `${label}_expired`, 'The token has expired.')
  if (record.pkce_code_challenge !== undefined) {
    if (!pkceVerifier) badRequest('pkce_code_verifier', 'required: the token was issued with a PKCE code challenge')
    if (createHash('sha256').update(pkceVerifier).digest('base64url') !== record.pkce_code_challenge) fail(400, 'pkce_mismatch', 'The PKCE code verifier does not match the code challenge.')
  }
  return record
}

// ---- intermediate sessions and MFA ------------------------------------------------------------

export function createIntermediateSession(em: Emulator, fields: Omit<IntermediateSessionRecord, 'token' | 'expires_at'>): IntermediateSessionRecord {
  const record: IntermediateSessionRecord = { ...fields, token: newToken(), expires_at: em.now() + INTERMEDIATE_SESSION_MINUTES * 60_000 }
  em.state.intermediate_sessions[record.token] = record
  return record
}

/** Takes an intermediate session out of the store; 404 when unknown, used or expired. */
export function takeIntermediateSession(em: Emulator, token: string): IntermediateSessionRecord {
  const record = em.state.intermediate_sessions[token]
  delete em.state.intermediate_sessions[token]
  if (!record || record.expires_at <= em.now()) return fail(404, 'intermediate_session_not_found', 'The intermediate session token is unknown, used or expired.')
  return record
}

/** Sends a fresh SMS passcode to the member's phone (replacing any earlier one). */
export function sendSmsOtp(em: Emulator, record: MemberRecord, phoneNumber: string): void {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  em.state.otps[record.member.member_id] = {
    member_id: record.member.member_id,
    organization_id: record.member.organization_id,
    phone_number: phoneNumber,
    code,
    expires_at: em.now() + OTP_MINUTES * 60_000,
  }
  deliver(em, { channel: 'sms', to: phoneNumber, template: 'otp', code, organization_id: record.member.organization_id, member_id: record.member.member_id })
}

/** Whether the member must present a second factor in its organization. */
export function mfaRequired(em: Emulator, record: MemberRecord): boolean {
  return getOrg(em, record.member.organization_id).mfa_policy === 'REQUIRED_FOR_ALL' || record.member.mfa_enrolled
}

/** `factors` with `factor` added, replacing an earlier factor of the same type and delivery method. */
export function addFactor(factors: AuthenticationFactor[], factor: AuthenticationFactor): AuthenticationFactor[] {
  const rest = factors.filter((f) => !(f.type === factor.type && f.delivery_method === factor.delivery_method))
  return [...rest, factor]
}

/** The fields every authenticate response shares. */
export interface AuthenticationResult {
  member_id: string
  organization_id: string
  member: Member
  organization: Organization
  session_token: string
  session_jwt: string
  intermediate_session_token: string
  member_authenticated: boolean
  member_session?: SessionView
  mfa_required?: MfaRequired
}

/**
 * Finishes an authentication with `factor` for `record`, the way all authenticate routes do:
 * - with `session_token`/`session_jwt` in the body, the factor is added to that session;
 * - with `intermediate_session_token`, that state's factors are carried over (and it is used up);
 * - when the organization or member requires MFA and no second factor is present, the result is
 *   a new intermediate session (`member_authenticated: false`), else a new member session.
 * A second factor alone (`mfa: true` without an intermediate or existing session) is refused.
 */
export async function completeAuthentication(em: Emulator, record: MemberRecord, factor: AuthenticationFactor, body: Body, options: { mfa?: boolean } = {}): Promise<AuthenticationResult> {
  const member = record.member
  if (member.status === 'deleted') fail(401, 'member_deleted', 'The member was deleted; reactivate it before it can log in.')
  const sessionToken = optStr(body, 'session_token')
  const sessionJwt = optStr(body, 'session_jwt')
  const istToken = optStr(body, 'intermediate_session_token')
  const existing = sessionToken || sessionJwt ? await findSession(em, { session_token: sessionToken, session_jwt: sessionJwt }) : undefined
  if (existing && existing.session.member_id !== member.member_id) fail(400, 'session_member_mismatch', 'The session belongs to another member.')
  let factors: AuthenticationFactor[] = []
  if (istToken) {
    const ist = takeIntermediateSession(em, istToken)
    const sameMember = ist.member_id ? ist.member_id === member.member_id : ist.email_address === member.email_address
    if (!sameMember) fail(400, 'intermediate_session_member_mismatch', 'The intermediate session belongs to another member.')
    factors = ist.factors
  }
  if (options.mfa && !existing && !factors.some((f) => !MFA_TYPES.has(f.type))) {
    fail(400, 'intermediate_session_required', 'A second factor needs an intermediate_session_token or an existing session.')
  }
  factors = addFactor(factors, factor)
  if (member.status === 'invited' || member.status === 'pending') member.status = 'active'
  if (factor.email_factor) member.email_address_verified = true
  member.updated_at = iso(em)
  const base = { member_id: member.member_id, organization_id: member.organization_id }

  if (existing) {
    existing.session.authentication_factors = addFactor(existing.session.authentication_factors, factor)
    refreshSession(em, existing, body)
    const s = await sessionResponse(em, existing)
    return { ...base, ...s, intermediate_session_token: '', member_authenticated: true }
  }
  if (mfaRequired(em, record) && !factors.some((f) => MFA_TYPES.has(f.type))) {
    const ist = createIntermediateSession(em, { email_address: member.email_address, member_id: member.member_id, organization_id: member.organization_id, factors })
    let initiated = ''
    if (member.mfa_phone_number && member.mfa_phone_number_verified && member.default_mfa_method !== 'totp') {
      sendSmsOtp(em, record, member.mfa_phone_number)
      initiated = 'sms_otp'
    }
    return {
      ...base,
      member: viewMember(em, record),
      organization: viewOrg(getOrg(em, member.organization_id)),
      session_token: '',
      session_jwt: '',
      intermediate_session_token: ist.token,
      member_authenticated: false,
      mfa_required: { member_options: { mfa_phone_number: member.mfa_phone_number, totp_registration_id: member.totp_registration_id }, secondary_auth_initiated: initiated },
    }
  }
  const session = createSession(em, record, factors, body)
  const s = await sessionResponse(em, session)
  return { ...base, ...s, intermediate_session_token: '', member_authenticated: true }
}

// ---- discovery --------------------------------------------------------------------------------

/** Organizations an email address can enter: where it is a member, or may join by its domain. */
export function discoveredOrganizations(em: Emulator, email: string, factors: readonly AuthenticationFactor[]): DiscoveredOrganization[] {
  const domain = email.split('@')[1] ?? ''
  const found: DiscoveredOrganization[] = []
  for (const org of Object.values(em.state.organizations)) {
    const record = Object.values(em.state.members).find((r) => r.member.organization_id === org.organization_id && r.member.email_address === email)
    if (record && record.member.status !== 'deleted') {
      const type = record.member.status === 'active' ? 'active_member' : record.member.status === 'invited' ? 'invited_member' : 'pending_member'
      const needsMfa = (org.mfa_policy === 'REQUIRED_FOR_ALL' || record.member.mfa_enrolled) && !factors.some((f) => MFA_TYPES.has(f.type))
      found.push({
        member_authenticated: !needsMfa,
        organization: viewOrg(org),
        membership: { type, details: {}, member: viewMember(em, record) },
        ...(needsMfa && { mfa_required: { member_options: { mfa_phone_number: record.member.mfa_phone_number, totp_registration_id: record.member.totp_registration_id }, secondary_auth_initiated: '' } }),
      })
    } else if (!record && org.email_jit_provisioning === 'RESTRICTED' && org.email_allowed_domains.includes(domain)) {
      found.push({ member_authenticated: false, organization: viewOrg(org), membership: { type: 'eligible_to_join_by_email_domain', details: { domain } } })
    }
  }
  return found
}

/**
 * The answer of every discovery authenticate route: a new discovery intermediate session for the
 * verified email address, and the organizations it can enter.
 */
export function discoveryResult(em: Emulator, email: string, factor: AuthenticationFactor): { intermediate_session_token: string; email_address: string; discovered_organizations: DiscoveredOrganization[] } {
  const ist = createIntermediateSession(em, { email_address: email, factors: [factor] })
  return { intermediate_session_token: ist.token, email_address: email, discovered_organizations: discoveredOrganizations(em, email, ist.factors) }
}
