import type {
  AuthenticatePasswordDiscoveryResponse,
  AuthenticatePasswordResponse,
  AuthenticationFactor,
  CheckPasswordStrengthResponse,
  MigratePasswordResponse,
  Organization,
  RequirePasswordEmailResetResponse,
  ResetPasswordDiscoveryEmailResponse,
  ResetPasswordDiscoveryEmailStartResponse,
  ResetPasswordEmailResponse,
  ResetPasswordEmailStartResponse,
  ResetPasswordExistingPasswordResponse,
  ResetPasswordSessionResponse,
} from 'stytch-b2b'
import { completeAuthentication, consumeToken, discoveryResult, emailFactor, emailId, findSession, issueToken } from '../auth.js'
import { type Body, optStr, str } from '../body.js'
import { type Emulator, type RequestContext, type Route, deliver, iso, newId, type Answer, type Permission } from '../core.js'
import { emailLink, withCustomClaims, expirationMinutes, redirectUrl, requireAuthMethod } from '../emailAuth.js'
import { badRequest, fail, notFound } from '../errors.js'
import { addMember, findMemberByEmail, getMemberRecord, getOrg, newMemberRecord, normalizeEmail, touch, viewMember, viewOrg } from '../model.js'
import { MAX_PASSWORD_LENGTH, hashPassword, migratedHash, passwordStrength, requireStrongPassword, verifyPassword } from '../passwords.js'
import type { MemberRecord, PasswordHash } from '../state.js'

/** Minutes a password reset email lives unless `reset_password_expiration_minutes` says otherwise. */
export const RESET_MINUTES = 30
/** How recent a session's newest factor must be for `passwords/session/reset`. */
export const SESSION_RESET_WINDOW_MINUTES = 5

const TOKEN_TYPE = 'multi_tenant_passwords'

/** The factor of a password login; `viaEmail` when a reset email proved the address too. */
function passwordFactor(em: Emulator, record: MemberRecord, viaEmail: boolean): AuthenticationFactor {
  if (viaEmail) return emailFactor(em, 'password', record.member, 'knowledge')
  return { type: 'password', delivery_method: 'knowledge', last_authenticated_at: iso(em) }
}

function password(body: Body, field = 'password'): string {
  const value = str(body, field)
  if (value.length > MAX_PASSWORD_LENGTH) badRequest(field, `must be at most ${MAX_PASSWORD_LENGTH} characters`)
  return value
}

/** The live member of `org` with `email`; 404 `member_not_found` otherwise. */
function memberByEmail(em: Emulator, org: Organization, email: string): MemberRecord {
  const record = findMemberByEmail(em, org.organization_id, email)
  if (!record || record.member.status === 'deleted') return fail(404, 'member_not_found', `No member with email ${email} exists in organization ${org.organization_id}.`)
  return record
}

/** Every live membership of an email, across organizations (cross-organization passwords). */
function membershipsOf(em: Emulator, email: string): MemberRecord[] {
  return Object.values(em.state.members).filter((r) => r.member.email_address === email && r.member.status !== 'deleted')
}

/** Stores a new password hash (a reset clears any required reset). */
function storePassword(em: Emulator, record: MemberRecord, hash: PasswordHash): void {
  record.password = { hash, requires_reset: false }
  if (!record.member.member_password_id) record.member.member_password_id = newId('member-password')
  touch(em, record)
}

/**
 * Checks a password against the member's hash: 401 `unauthorized_credentials` when it has none or
 * it does not match, 400 `member_reset_password` when a reset is required. A match against a
 * migrated hash re-hashes the password with scrypt.
 */
async function checkPassword(em: Emulator, record: MemberRecord, candidate: string): Promise<void> {
  const stored = record.password
  if (!stored) return fail(401, 'unauthorized_credentials', `The member ${record.member.member_id} has no password; set one with a password reset email.`)
  if (!(await verifyPassword(candidate, stored.hash))) fail(401, 'unauthorized_credentials', 'The email address or password is incorrect.')
  await afterMatch(record, candidate)
}

/** After a correct password: refuses a member that must reset, and upgrades a migrated hash to scrypt. */
async function afterMatch(record: MemberRecord, candidate: string): Promise<void> {
  const stored = record.password!
  if (stored.requires_reset) fail(400, 'member_reset_password', `The member ${record.member.member_id} must reset its password by email before logging in with one.`)
  if (stored.hash.type !== 'scrypt') stored.hash = await hashPassword(candidate)
}

/** Ends the member's sessions except the one named in the body, as a password change does. */
async function revokeOtherSessions(em: Emulator, record: MemberRecord, body: Body): Promise<void> {
  const token = optStr(body, 'session_token')
  const jwt = optStr(body, 'session_jwt')
  const keep = token || jwt ? (await findSession(em, { session_token: token, session_jwt: jwt })).session.member_session_id : undefined
  for (const [id, s] of Object.entries(em.state.sessions)) {
    if (s.session.member_id === record.member.member_id && id !== keep) delete em.state.sessions[id]
  }
}

async function authenticate({ em, body }: RequestContext): Promise<Answer<AuthenticatePasswordResponse>> {
  const org = getOrg(em, str(body, 'organization_id'))
  const email = normalizeEmail(str(body, 'email_address'))
  const candidate = password(body)
  requireAuthMethod(org, 'password')
  const record = memberByEmail(em, org, email)
  await checkPassword(em, record, candidate)
  return withCustomClaims(await completeAuthentication(em, record, passwordFactor(em, record, false), body))
}

function strengthCheck({ body }: RequestContext): Answer<CheckPasswordStrengthResponse> {
  const email = optStr(body, 'email_address')
  return passwordStrength(password(body), email === undefined ? undefined : normalizeEmail(email))
}

function migrate({ em, body }: RequestContext): Answer<MigratePasswordResponse> {
  const org = getOrg(em, str(body, 'organization_id'))
  const email = normalizeEmail(str(body, 'email_address'))
  const hash = migratedHash(body, str(body, 'hash_type'), str(body, 'hash'))
  let record = findMemberByEmail(em, org.organization_id, email)
  const created = !record
  if (record) {
    if (record.member.status === 'deleted') fail(400, 'inactive_member', `The member ${record.member.member_id} is deleted; reactivate it before migrating its password.`)
    if (record.password) fail(400, 'member_password_already_exists', `The member ${record.member.member_id} already has a password; migrate only adds one to members without.`)
  } else {
    const fields: Record<string, unknown> = {}
    for (const key of ['name', 'roles', 'trusted_metadata', 'untrusted_metadata']) if (body[key] !== undefined) fields[key] = body[key]
    record = addMember(em, newMemberRecord(em, org, email, fields, 'active'))
  }
  storePassword(em, record, hash)
  record.member.email_address_verified = true
  return { member_id: record.member.member_id, member_created: created, member: viewMember(em, record), organization: viewOrg(org) }
}

function resetStart({ em, body }: RequestContext): Answer<ResetPasswordEmailStartResponse> {
  const org = getOrg(em, str(body, 'organization_id'))
  const email = normalizeEmail(str(body, 'email_address'))
  requireAuthMethod(org, 'password')
  const redirect = redirectUrl(body, 'reset_password_redirect_url')
  redirectUrl(body, 'login_redirect_url')
  const minutes = expirationMinutes(body, 'reset_password_expiration_minutes', RESET_MINUTES)
  const pkce = optStr(body, 'code_challenge')
  const record = memberByEmail(em, org, email)
  const token = issueToken(
    em,
    { kind: 'password_reset', email_address: email, organization_id: org.organization_id, member_id: record.member.member_id, ...(pkce !== undefined && { pkce_code_challenge: pkce }) },
    minutes,
  )
  deliver(em, {
    channel: 'email',
    to: email,
    template: 'password_reset',
    organization_id: org.organization_id,
    member_id: record.member.member_id,
    token: token.token,
    link: emailLink(redirect, TOKEN_TYPE, token.token),
  })
  return { member_id: record.member.member_id, member_email_id: emailId(record.member), member: viewMember(em, record) }
}

async function reset({ em, body }: RequestContext): Promise<Answer<ResetPasswordEmailResponse>> {
  const token = consumeToken(em, str(body, 'password_reset_token'), ['password_reset'], 'password_reset_token', optStr(body, 'code_verifier'))
  const record = token.member_id ? em.state.members[token.member_id] : undefined
  if (!record || record.member.status === 'deleted' || record.member.organization_id !== token.organization_id) return notFound('member', token.member_id ?? '')
  const newPassword = password(body)
  requireStrongPassword(newPassword, record.member.email_address)
  storePassword(em, record, await hashPassword(newPassword))
  await revokeOtherSessions(em, record, body)
  const result = await completeAuthentication(em, record, passwordFactor(em, record, true), body)
  return { ...result, member_email_id: emailId(record.member) }
}

/** The members a require-reset names: one (by organization, and member id or address) or every member with the address. */
function resetTargets({ em, body }: RequestContext): { email: string; targets: MemberRecord[] } {
  const email = normalizeEmail(str(body, 'email_address'))
  const orgId = optStr(body, 'organization_id')
  const memberId = optStr(body, 'member_id')
  let targets: MemberRecord[]
  if (orgId !== undefined) {
    const org = getOrg(em, orgId)
    const record = memberId !== undefined ? getMemberRecord(em, org.organization_id, memberId) : memberByEmail(em, org, email)
    if (record.member.email_address !== email) badRequest('member_id', `the member's email address is not ${email}`)
    targets = [record]
  } else {
    if (memberId !== undefined) badRequest('organization_id', 'required with member_id')
    targets = membershipsOf(em, email)
    if (targets.length === 0) fail(404, 'member_not_found', `No member with email ${email} exists in any organization.`)
  }
  return { email, targets }
}

/** Every named member's permission: `stytch.self` for oneself, else `stytch.member` `update`. */
function authorizeReset(rc: RequestContext): Permission[] {
  return resetTargets(rc).targets.map((t) => ({ organizationId: t.member.organization_id, resource: 'stytch.member', action: 'update', memberId: t.member.member_id }))
}

function requireReset(rc: RequestContext): Answer<RequirePasswordEmailResetResponse> {
  const { em } = rc
  const { email, targets } = resetTargets(rc)
  const withPassword = targets.filter((t) => t.password)
  if (withPassword.length === 0) fail(400, 'member_password_not_found', `No member with email ${email} has a password to reset.`)
  for (const target of withPassword) {
    target.password!.requires_reset = true
    touch(em, target)
  }
  const first = withPassword[0]!
  return { member_id: first.member.member_id, member: viewMember(em, first), organization: viewOrg(getOrg(em, first.member.organization_id)) }
}

async function existingPasswordReset({ em, body }: RequestContext): Promise<Answer<ResetPasswordExistingPasswordResponse>> {
  const org = getOrg(em, str(body, 'organization_id'))
  const email = normalizeEmail(str(body, 'email_address'))
  const existing = password(body, 'existing_password')
  const next = password(body, 'new_password')
  requireAuthMethod(org, 'password')
  const record = memberByEmail(em, org, email)
  await checkPassword(em, record, existing)
  requireStrongPassword(next, email, 'new_password')
  storePassword(em, record, await hashPassword(next))
  await revokeOtherSessions(em, record, body)
  const { organization_id: _, ...result } = await completeAuthentication(em, record, passwordFactor(em, record, false), body)
  return result
}

async function sessionReset({ em, body }: RequestContext): Promise<Answer<ResetPasswordSessionResponse>> {
  const org = getOrg(em, str(body, 'organization_id'))
  const next = password(body)
  const session = await findSession(em, { session_token: optStr(body, 'session_token'), session_jwt: optStr(body, 'session_jwt') })
  if (session.session.organization_id !== org.organization_id) fail(400, 'session_organization_mismatch', `The session belongs to organization ${session.session.organization_id}, not ${org.organization_id}.`)
  const newest = Math.max(...session.session.authentication_factors.map((f) => Date.parse(f.last_authenticated_at ?? '') || 0))
  if (newest < em.now() - SESSION_RESET_WINDOW_MINUTES * 60_000) {
    fail(400, 'session_too_old_to_reset_password', `The session's newest authentication factor is older than ${SESSION_RESET_WINDOW_MINUTES} minutes; authenticate again before resetting the password.`)
  }
  const record = getMemberRecord(em, org.organization_id, session.session.member_id)
  requireStrongPassword(next, record.member.email_address)
  storePassword(em, record, await hashPassword(next))
  await revokeOtherSessions(em, record, body)
  const { organization_id: _, ...result } = await completeAuthentication(em, record, passwordFactor(em, record, false), body)
  return result
}

async function discoveryAuthenticate({ em, body }: RequestContext): Promise<Answer<AuthenticatePasswordDiscoveryResponse>> {
  const email = normalizeEmail(str(body, 'email_address'))
  const candidate = password(body)
  const candidates = membershipsOf(em, email).filter((r) => r.password)
  if (candidates.length === 0) fail(401, 'unauthorized_credentials', `No member with email ${email} has a password.`)
  // Cross-organization passwords: the password of any membership of the email is accepted.
  let matched: MemberRecord | undefined
  for (const record of candidates) {
    if (await verifyPassword(candidate, record.password!.hash)) {
      matched = record
      break
    }
  }
  if (!matched) return fail(401, 'unauthorized_credentials', 'The email address or password is incorrect.')
  await afterMatch(matched, candidate)
  return discoveryResult(em, email, passwordFactor(em, matched, false))
}

function discoveryResetStart({ em, body }: RequestContext): Answer<ResetPasswordDiscoveryEmailStartResponse> {
  const email = normalizeEmail(str(body, 'email_address'))
  const redirect = redirectUrl(body, 'reset_password_redirect_url')
  redirectUrl(body, 'discovery_redirect_url')
  const minutes = expirationMinutes(body, 'reset_password_expiration_minutes', RESET_MINUTES)
  const pkce = optStr(body, 'pkce_code_challenge')
  if (membershipsOf(em, email).length === 0) fail(404, 'member_not_found', `No member with email ${email} exists in any organization.`)
  const token = issueToken(em, { kind: 'discovery_password_reset', email_address: email, ...(pkce !== undefined && { pkce_code_challenge: pkce }) }, minutes)
  deliver(em, { channel: 'email', to: email, template: 'discovery_password_reset', token: token.token, link: emailLink(redirect, TOKEN_TYPE, token.token) })
  return {}
}

async function discoveryReset({ em, body }: RequestContext): Promise<Answer<ResetPasswordDiscoveryEmailResponse>> {
  const token = consumeToken(em, str(body, 'password_reset_token'), ['discovery_password_reset'], 'password_reset_token', optStr(body, 'pkce_code_verifier'))
  const email = token.email_address
  const next = password(body)
  requireStrongPassword(next, email)
  const members = membershipsOf(em, email)
  if (members.length === 0) fail(404, 'member_not_found', `No member with email ${email} exists any more.`)
  // One hash for every membership: the password is the email's, across organizations.
  const hash = await hashPassword(next)
  for (const record of members) {
    storePassword(em, record, hash)
    await revokeOtherSessions(em, record, {})
  }
  return discoveryResult(em, email, emailFactor(em, 'password', { email_address: email }, 'knowledge'))
}

/** The `passwords` routes: authentication, strength check, migration and the reset flows. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/passwords/authenticate', handler: authenticate },
  { method: 'POST', path: '/v1/b2b/passwords/strength_check', handler: strengthCheck },
  { method: 'POST', path: '/v1/b2b/passwords/migrate', handler: migrate },
  { method: 'POST', path: '/v1/b2b/passwords/email/reset/start', handler: resetStart },
  { method: 'POST', path: '/v1/b2b/passwords/email/reset', handler: reset },
  { method: 'POST', path: '/v1/b2b/passwords/email/require_reset', authorize: authorizeReset, handler: requireReset },
  { method: 'POST', path: '/v1/b2b/passwords/existing_password/reset', handler: existingPasswordReset },
  { method: 'POST', path: '/v1/b2b/passwords/session/reset', handler: sessionReset },
  { method: 'POST', path: '/v1/b2b/passwords/discovery/authenticate', handler: discoveryAuthenticate },
  { method: 'POST', path: '/v1/b2b/passwords/discovery/email/reset/start', handler: discoveryResetStart },
  { method: 'POST', path: '/v1/b2b/passwords/discovery/email/reset', handler: discoveryReset },
]
