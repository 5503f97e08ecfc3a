import type {
  AuthenticateSessionResponse,
  AuthenticationFactor,
  ExchangeSessionResponse,
  GetSessionJwksResponse,
  Jwk,
  ListSessionsResponse,
  MemberSession,
  MigrateSessionResponse,
  RevokeSessionResponse,
} from 'stytch-b2b'
import {
  completeAuthentication,
  createIntermediateSession,
  createSession,
  effectivePolicy,
  emailFactor,
  findSession,
  refreshSession,
  revokeMemberSessions,
  sessionExpired,
  sessionResponse,
  viewSession,
} from '../auth.js'
import { type Body, optObject, optStr, str } from '../body.js'
import { type Emulator, policyAllows, type RequestContext, type Route, type Answer } from '../core.js'
import { badRequest, fail, notFound } from '../errors.js'
import { jwks } from '../keys.js'
import { findMemberByEmail, getMemberAnywhere, getMemberRecord, getOrg, roleIds, viewMember, viewOrg } from '../model.js'
import type { MemberRecord, SessionRecord } from '../state.js'
import { copy } from '../tracking.js'

/** Every auth method an organization can allow, for `primary_required` when it allows all. */
const ALL_AUTH_METHODS = ['sso', 'magic_link', 'email_otp', 'password', 'google_oauth', 'microsoft_oauth', 'slack_oauth', 'github_oauth', 'hubspot_oauth']

/** The session token or JWT of a body; both at once are refused, as by Stytch. */
function sessionRef(body: Body): { session_token?: string | undefined; session_jwt?: string | undefined } {
  const ref = { session_token: optStr(body, 'session_token'), session_jwt: optStr(body, 'session_jwt') }
  if (ref.session_token && ref.session_jwt) badRequest('session_token', 'pass either session_token or session_jwt, not both')
  return ref
}

// ---- authenticate -----------------------------------------------------------------------------

/** Roles of the member that grant `action` on `resource`, or a 403 like Stytch's. */
function checkAuthorization(em: Emulator, record: SessionRecord, member: MemberRecord, check: Record<string, unknown>): string[] {
  for (const field of ['organization_id', 'resource_id', 'action'] as const) {
    if (typeof check[field] !== 'string' || check[field] === '') badRequest(`authorization_check.${field}`, 'a non-empty string is required')
  }
  const { organization_id, resource_id, action } = check as Record<'organization_id' | 'resource_id' | 'action', string>
  if (record.session.organization_id !== organization_id) {
    fail(403, 'session_authorization_tenancy_error', `The session belongs to organization ${record.session.organization_id}, not to authorization_check.organization_id ${organization_id}.`)
  }
  // The project's roles and the organization's custom roles both grant.
  const policy = effectivePolicy(em, organization_id)
  const granting = roleIds(em, member).filter((role) => policyAllows(policy, [role], resource_id, action))
  if (granting.length === 0) fail(403, 'session_authorization_error', `No role of the member permits ${JSON.stringify(action)} on ${JSON.stringify(resource_id)}.`)
  return granting
}

async function authenticate({ em, body }: { em: Emulator; body: Body }) {
  const ref = sessionRef(body)
  const check = optObject(body, 'authorization_check')
  const record = await findSession(em, ref)
  const member = getMemberAnywhere(em, record.session.member_id)
  const granting = check ? checkAuthorization(em, record, member, check) : undefined
  refreshSession(em, record, body)
  const s = await sessionResponse(em, record)
  return {
    ...s,
    member_session: viewSession(record, em),
    ...(granting && { verdict: { authorized: true, granting_roles: granting } }),
  } satisfies Answer<AuthenticateSessionResponse>
}

// ---- get and revoke ---------------------------------------------------------------------------

function list({ em, body }: { em: Emulator; body: Body }) {
  const organizationId = str(body, 'organization_id')
  getOrg(em, organizationId)
  const member = getMemberRecord(em, organizationId, str(body, 'member_id'))
  const sessions = Object.values(em.state.sessions)
    .filter((s) => s.session.member_id === member.member.member_id && !sessionExpired(em, s))
    .sort((a, b) => a.session.started_at.localeCompare(b.session.started_at))
    .map((s) => viewSession(s, em))
  return { member_sessions: sessions } satisfies Answer<ListSessionsResponse>
}

/** What a revoke names: every session of a member, or one session (by id, token or JWT). */
async function revokeTarget({ em, body }: RequestContext): Promise<{ memberId: string; organizationId: string; session?: SessionRecord }> {
  const given = (['member_session_id', 'session_token', 'session_jwt', 'member_id'] as const).filter((f) => optStr(body, f) !== undefined)
  if (given.length !== 1) badRequest('member_session_id', 'pass exactly one of member_session_id, session_token, session_jwt or member_id')
  const memberId = optStr(body, 'member_id')
  if (memberId) {
    const member = getMemberAnywhere(em, memberId)
    return { memberId, organizationId: member.member.organization_id }
  }
  const sessionId = optStr(body, 'member_session_id')
  let record: SessionRecord
  if (sessionId) {
    const found = em.state.sessions[sessionId]
    if (!found || sessionExpired(em, found)) return fail(404, 'session_not_found', `No live session with member_session_id ${JSON.stringify(sessionId)} exists.`)
    record = found
  } else {
    record = await findSession(em, sessionRef(body))
  }
  return { memberId: record.session.member_id, organizationId: record.session.organization_id, session: record }
}

/**
 * Revokes one session or every session of a member. With member-session headers, revoking
 * sessions of the caller's own member needs `stytch.self` `delete`, and of another member
 * `stytch.member` `delete`, in the same organization.
 */
const revokeRoute: Route = {
  method: 'POST',
  path: '/v1/b2b/sessions/revoke',
  authorize: async (rc) => {
    const { memberId, organizationId } = await revokeTarget(rc)
    return [{ organizationId, resource: 'stytch.member', action: 'delete', memberId }]
  },
  handler: async (rc) => {
    const target = await revokeTarget(rc)
    if (target.session) delete rc.em.state.sessions[target.session.session.member_session_id]
    else revokeMemberSessions(rc.em, target.memberId)
    return {} satisfies Answer<RevokeSessionResponse>
  },
}

// ---- exchange ---------------------------------------------------------------------------------

/** The auth method (as in `allowed_auth_methods`) a primary factor stands for. */
function authMethodOf(factor: AuthenticationFactor): string | undefined {
  if (factor.type === 'magic_link') return 'magic_link'
  if (factor.type === 'email_otp') return 'email_otp'
  const oauth = /^oauth_(?:exchange_)?(google|microsoft|github|slack|hubspot)$/.exec(factor.delivery_method)
  return oauth ? `${oauth[1]}_oauth` : undefined
}

/**
 * The factors of a session that carry over into another organization: email magic links and passcodes, OAuth
 * (Slack and HubSpot as `oauth_exchange_*`, since their tokens are tied to the first workspace),
 * and an SMS OTP only when both members have the same verified phone number.
 */
function transferableFactors(factors: readonly AuthenticationFactor[], from: MemberRecord, to: MemberRecord): AuthenticationFactor[] {
  const out: AuthenticationFactor[] = []
  for (const factor of factors) {
    if (factor.type === 'magic_link' || factor.type === 'email_otp') out.push(copy(factor))
    else if (factor.type === 'oauth') {
      const exchanged = /^oauth_(slack|hubspot)$/.exec(factor.delivery_method)
      if (exchanged) {
        const { last_authenticated_at } = factor
        const email = { email_id: factor.email_factor?.email_id ?? '' }
        out.push({
          type: 'oauth',
          delivery_method: `oauth_exchange_${exchanged[1]}`,
          ...(last_authenticated_at && { last_authenticated_at }),
          ...(exchanged[1] === 'slack' ? { slack_oauth_exchange_factor: email } : { hubspot_oauth_exchange_factor: email }),
        })
      } else out.push(copy(factor))
    } else if (factor.type === 'otp' && factor.delivery_method === 'sms') {
      const a = from.member
      const b = to.member
      if (a.mfa_phone_number !== '' && a.mfa_phone_number === b.mfa_phone_number && a.mfa_phone_number_verified && b.mfa_phone_number_verified) out.push(copy(factor))
    }
  }
  return out
}

async function exchange({ em, body }: { em: Emulator; body: Body }) {
  const target = getOrg(em, str(body, 'organization_id'))
  const source = await findSession(em, sessionRef(body))
  if (source.session.organization_id === target.organization_id) badRequest('organization_id', 'the session already belongs to this organization')
  const from = getMemberAnywhere(em, source.session.member_id)
  const record = findMemberByEmail(em, target.organization_id, from.member.email_address)
  if (!record || record.member.status === 'deleted') {
    return fail(404, 'member_not_found', `${from.member.email_address} is not a member of organization ${target.organization_id}; exchange does not create members (use discovery for that).`)
  }
  const factors = transferableFactors(source.session.authentication_factors, from, record)
  const allowed = target.auth_methods === 'RESTRICTED' ? target.allowed_auth_methods : ALL_AUTH_METHODS
  const primary = factors.filter((f) => {
    const method = authMethodOf(f)
    return method !== undefined && allowed.includes(method)
  })
  const base = { member_id: record.member.member_id, member: viewMember(em, record), organization: viewOrg(target) }
  if (primary.length === 0) {
    // Nothing that counts as a first factor here: the member must log in to the organization.
    const mfaOnly = factors.filter((f) => authMethodOf(f) === undefined)
    const ist = createIntermediateSession(em, { email_address: record.member.email_address, member_id: record.member.member_id, organization_id: target.organization_id, factors: mfaOnly })
    return {
      ...base,
      member_session: null as unknown as MemberSession,
      session_token: '',
      session_jwt: '',
      member_authenticated: false,
      intermediate_session_token: ist.token,
      primary_required: { allowed_auth_methods: [...allowed] },
    } satisfies Answer<ExchangeSessionResponse>
  }
  const kept = factors.filter((f) => authMethodOf(f) === undefined || primary.includes(f))
  const last = kept.at(-1)!
  const carried = createIntermediateSession(em, { email_address: record.member.email_address, member_id: record.member.member_id, organization_id: target.organization_id, factors: kept.slice(0, -1) })
  const next: Body = {
    intermediate_session_token: carried.token,
    session_duration_minutes: body['session_duration_minutes'],
    session_custom_claims: body['session_custom_claims'],
  }
  const result = await completeAuthentication(em, record, last, next)
  return {
    member_id: result.member_id,
    member: result.member,
    organization: result.organization,
    member_session: result.member_session ?? (null as unknown as MemberSession),
    session_token: result.session_token,
    session_jwt: result.session_jwt,
    member_authenticated: result.member_authenticated,
    intermediate_session_token: result.intermediate_session_token,
    ...(result.mfa_required && { mfa_required: result.mfa_required }),
  } satisfies Answer<ExchangeSessionResponse>
}

// ---- migrate ----------------------------------------------------------------------------------

/**
 * The email address an external session token stands for. Stytch asks the project's external
 * UserInfo endpoint; the emulator plays that endpoint itself: the token must be a JWT (its
 * signature is not checked) whose payload has an `email` claim.
 */
function externalEmail(token: string): string {
  const parts = token.split('.')
  let payload: unknown
  try {
    if (parts.length !== 3) throw new Error('not a JWT')
    payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'))
  } catch {
    return fail(401, 'invalid_external_session_token', 'session_token: the emulator accepts external session tokens that are JWTs with an "email" claim (signature not checked).')
  }
  const email = (payload as { email?: unknown } | null)?.email
  if (typeof email !== 'string' || email === '') return fail(401, 'invalid_external_session_token', 'session_token: the external token has no "email" claim.')
  return email.toLowerCase()
}

async function migrate({ em, body }: { em: Emulator; body: Body }) {
  const org = getOrg(em, str(body, 'organization_id'))
  const email = externalEmail(str(body, 'session_token'))
  const record = findMemberByEmail(em, org.organization_id, email)
  if (!record || record.member.status === 'deleted') {
    return fail(404, 'member_not_found', `No member with email ${email} exists in organization ${org.organization_id}; create it before migrating its session.`)
  }
  const factor = emailFactor(em, 'imported', record.member, 'imported')
  const session = createSession(em, record, [factor], body)
  if (record.member.status !== 'active') record.member.status = 'active'
  const s = await sessionResponse(em, session)
  return { ...s, member_id: record.member.member_id, member_session: viewSession(session, em) } satisfies Answer<MigrateSessionResponse>
}

// ---- JWKS -------------------------------------------------------------------------------------

function getJwks({ em, params }: { em: Emulator; params: Readonly<Record<string, string>> }) {
  const projectId = params['project_id'] ?? ''
  if (projectId !== em.projectId) notFound('project', projectId)
  const keys: Jwk[] = jwks(em).keys.map((k) => {
    const { kty = 'RSA', use = 'sig', alg = 'RS256', kid = '', n = '', e = '' } = k
    return { kty, use, key_ops: ['verify'], alg, kid, x5c: [], n, e }
  })
  return { keys } satisfies Answer<GetSessionJwksResponse>
}

/** Routes of the `sessions` group: authenticate, list, revoke, exchange, migrate and the JWKS. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/sessions/authenticate', handler: authenticate },
  { method: 'GET', path: '/v1/b2b/sessions', handler: list },
  revokeRoute,
  { method: 'POST', path: '/v1/b2b/sessions/exchange', handler: exchange },
  { method: 'POST', path: '/v1/b2b/sessions/migrate', handler: migrate },
  { method: 'GET', path: '/v1/b2b/sessions/jwks/{project_id}', handler: getJwks },
]
