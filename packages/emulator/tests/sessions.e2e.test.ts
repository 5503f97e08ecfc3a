// End to end: member sessions through the library (authenticate, list, revoke, exchange, migrate,
// JWKS and local JWT verification, attestation of trusted auth tokens) and RBAC (the project
// policy, organization custom roles), with first sessions from the emulator's OAuth token route.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  attestSession,
  authenticateOauth,
  authenticateSession,
  authenticateSessionJwtLocal,
  authenticateTotp,
  createConnectedAppClient,
  createContext,
  createMember,
  createOrganization,
  exchangeSession,
  exchangeSessionAccessToken,
  getOrganization,
  getRbacOrganizationPolicy,
  getRbacPolicy,
  inviteMagicLinkEmail,
  listSessions,
  getSessionJwks,
  migrateSession,
  migrateTotp,
  revokeSession,
  setRbacOrganizationPolicy,
  StytchJwtError,
  updateMember,
  updateOrganization,
  type CreateOrganizationParams,
} from 'stytch-b2b'
import { DEFAULT_POLICY, readPolicyFile, startEmulator } from '../src/index.js'
import { totpCode } from '../src/totp.js'
import { apiError, emulatorPost, mintToken, useEmulator } from './harness.js'
import { authorizeAndRedeem } from './idpFlow.js'

let skewMs = 0
const setup = useEmulator('sessions', { now: () => Date.now() + skewMs })

let counter = 0
const unique = (): string => `${Date.now().toString(36)}-${++counter}`

async function newOrg(settings: Partial<CreateOrganizationParams> = {}) {
  const { organization } = await createOrganization(setup.ctx, { organization_name: `Sessions ${unique()}`, ...settings })
  return organization
}

/** A member of `organizationId` and a function that logs it in with OAuth. */
async function newMember(organizationId: string, options: { roles?: string[]; email?: string } = {}) {
  const email = options.email ?? `s-${unique()}@example.com`
  const { member } = await createMember(setup.ctx, { organization_id: organizationId, email_address: email, ...(options.roles && { roles: options.roles }) })
  const login = async (provider = 'google', extra: Record<string, unknown> = {}) =>
    authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider, email_address: email, organization_id: organizationId }), ...extra })
  return { member, email, login, ids: { organization_id: organizationId, member_id: member.member_id } }
}

/** An unsigned JWT, as an external identity provider's session token could look. */
function externalJwt(payload: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`
}

describe('RBAC policy', () => {
  it('serves the emulator policy', async () => {
    const { policy } = await getRbacPolicy(setup.ctx, {})
    if (!policy) throw new Error('getRbacPolicy answered without a policy')
    expect(policy.roles.map((r) => r.role_id)).toEqual(expect.arrayContaining(['stytch_admin', 'stytch_member']))
    expect(policy.resources.map((r) => r.resource_id)).toContain('stytch.member')
  })
})

describe('authenticate session', () => {
  it('accepts the token or the JWT, extends the session and merges custom claims', async () => {
    const org = await newOrg()
    const { login } = await newMember(org.organization_id)
    const first = await login('google', { session_custom_claims: { team: 'blue', level: 1 } })
    const byToken = await authenticateSession(setup.ctx, { session_token: first.session_token })
    expect(byToken.member_session.member_session_id).toBe(first.member_session!.member_session_id)
    expect(byToken.member_session.custom_claims).toEqual({ team: 'blue', level: 1 })
    expect(byToken.session_token).toBe(first.session_token)
    expect(byToken.session_jwt).not.toBe('')
    expect(byToken.verdict).toBeUndefined()

    const extended = await authenticateSession(setup.ctx, { session_jwt: first.session_jwt, session_duration_minutes: 600, session_custom_claims: { level: 2, team: null, extra: [1] } })
    expect(extended.member_session.member_session_id).toBe(first.member_session!.member_session_id)
    expect(extended.member_session.custom_claims).toEqual({ level: 2, extra: [1] })
    expect(Date.parse(extended.member_session.expires_at) - Date.now()).toBeGreaterThan(590 * 60_000)
    // The JWT it answers with carries the merged claims.
    const local = await authenticateSessionJwtLocal(setup.ctx, extended.session_jwt)
    expect(local.custom_claims).toEqual({ level: 2, extra: [1] })

    expect(await apiError(authenticateSession(setup.ctx, { session_token: first.session_token, session_jwt: first.session_jwt }))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(authenticateSession(setup.ctx, {}))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(authenticateSession(setup.ctx, { session_token: 'no-such-token' }))).toMatchObject({ status: 404, code: 'session_not_found' })
    expect(await apiError(authenticateSession(setup.ctx, { session_token: first.session_token, session_custom_claims: { iss: 'me' } }))).toMatchObject({ status: 400 })
    expect(await apiError(authenticateSession(setup.ctx, { session_token: first.session_token, session_duration_minutes: 1 }))).toMatchObject({ status: 400 })
  })

  it('runs an authorization check: verdict, permission error, tenancy error', async () => {
    const org = await newOrg()
    const admin = await newMember(org.organization_id, { roles: ['stytch_admin'] })
    const plain = await newMember(org.organization_id)
    const adminSession = await admin.login()
    const plainSession = await plain.login()

    const allowed = await authenticateSession(setup.ctx, {
      session_token: adminSession.session_token,
      authorization_check: { organization_id: org.organization_id, resource_id: 'stytch.member', action: 'delete' },
    })
    expect(allowed.verdict).toEqual({ authorized: true, granting_roles: ['stytch_admin'] })
    const read = await authenticateSession(setup.ctx, {
      session_token: plainSession.session_token,
      authorization_check: { organization_id: org.organization_id, resource_id: 'documents', action: 'read' },
    })
    expect(read.verdict).toEqual({ authorized: true, granting_roles: ['stytch_member'] })

    const denied = await apiError(
      authenticateSession(setup.ctx, { session_token: plainSession.session_token, authorization_check: { organization_id: org.organization_id, resource_id: 'documents', action: 'write' } }),
    )
    expect(denied).toMatchObject({ status: 403, code: 'session_authorization_error' })
    const other = await newOrg()
    const tenancy = await apiError(
      authenticateSession(setup.ctx, { session_token: adminSession.session_token, authorization_check: { organization_id: other.organization_id, resource_id: 'documents', action: 'read' } }),
    )
    expect(tenancy).toMatchObject({ status: 403, code: 'session_authorization_tenancy_error' })
  })
})

describe('get and revoke sessions', () => {
  it('lists a member’s live sessions and revokes them by id, token, JWT or member', async () => {
    const org = await newOrg()
    const { ids, login } = await newMember(org.organization_id)
    const sessions = [await login(), await login('microsoft'), await login('github'), await login('slack')]
    const listed = await listSessions(setup.ctx, ids)
    expect(listed.member_sessions.map((s) => s.member_session_id).sort()).toEqual(sessions.map((s) => s.member_session!.member_session_id).sort())

    await revokeSession(setup.ctx, { member_session_id: sessions[0]!.member_session!.member_session_id })
    await revokeSession(setup.ctx, { session_token: sessions[1]!.session_token })
    await revokeSession(setup.ctx, { session_jwt: sessions[2]!.session_jwt })
    const left = await listSessions(setup.ctx, ids)
    expect(left.member_sessions.map((s) => s.member_session_id)).toEqual([sessions[3]!.member_session!.member_session_id])
    expect(await apiError(authenticateSession(setup.ctx, { session_token: sessions[0]!.session_token }))).toMatchObject({ status: 404, code: 'session_not_found' })
    expect(await apiError(revokeSession(setup.ctx, { member_session_id: sessions[0]!.member_session!.member_session_id }))).toMatchObject({ status: 404, code: 'session_not_found' })

    await revokeSession(setup.ctx, { member_id: ids.member_id })
    expect((await listSessions(setup.ctx, ids)).member_sessions).toEqual([])
    expect(await apiError(revokeSession(setup.ctx, {}))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(listSessions(setup.ctx, { ...ids, member_id: 'member-test-missing' }))).toMatchObject({ status: 404, code: 'member_not_found' })
  })

  it('enforces member-session authorization headers on revoke', async () => {
    const org = await newOrg()
    const admin = await newMember(org.organization_id, { roles: ['stytch_admin'] })
    const plain = await newMember(org.organization_id)
    const victim = await newMember(org.organization_id)
    const adminSession = await admin.login()
    const plainSession = await plain.login()
    const victimSession = await victim.login()

    // A plain member may end its own sessions (stytch.self), not another member's (stytch.member delete).
    const denied = await apiError(revokeSession(setup.ctx, { session_token: victimSession.session_token }, { authorization: { session_token: plainSession.session_token } }))
    expect(denied).toMatchObject({ status: 403, code: 'session_authorization_error' })
    await expect(authenticateSession(setup.ctx, { session_token: victimSession.session_token })).resolves.toBeDefined()
    const spare = await plain.login()
    await revokeSession(setup.ctx, { session_token: spare.session_token }, { authorization: { session_token: plainSession.session_token } })
    expect(await apiError(authenticateSession(setup.ctx, { session_token: spare.session_token }))).toMatchObject({ code: 'session_not_found' })

    // Another organization's admin is refused; this organization's admin may.
    const otherOrg = await newOrg()
    const outsider = await (await newMember(otherOrg.organization_id, { roles: ['stytch_admin'] })).login()
    const tenancy = await apiError(revokeSession(setup.ctx, { member_id: victim.member.member_id }, { authorization: { session_jwt: outsider.session_jwt } }))
    expect(tenancy).toMatchObject({ status: 403, code: 'session_authorization_tenancy_error' })
    await revokeSession(setup.ctx, { member_id: victim.member.member_id }, { authorization: { session_token: adminSession.session_token } })
    expect((await listSessions(setup.ctx, victim.ids)).member_sessions).toEqual([])
  })
})

describe('exchange session', () => {
  it('moves a session into another organization of the same email', async () => {
    const email = `x-${unique()}@example.com`
    const orgX = await newOrg()
    const orgY = await newOrg()
    const x = await newMember(orgX.organization_id, { email })
    const y = await newMember(orgY.organization_id, { email })
    const source = await x.login('google')
    const res = await exchangeSession(setup.ctx, { organization_id: orgY.organization_id, session_token: source.session_token, session_custom_claims: { moved: true } })
    expect(res).toMatchObject({ member_id: y.member.member_id, member_authenticated: true, intermediate_session_token: '', organization: { organization_id: orgY.organization_id } })
    // Optional in today's API (absent while MFA is pending); this exchange completes.
    expect(res.member_session?.organization_id).toBe(orgY.organization_id)
    expect(res.member_session?.authentication_factors.map((f) => f.delivery_method)).toEqual(['oauth_google'])
    expect(res.member_session?.custom_claims).toEqual({ moved: true })
    // The original session is untouched.
    await expect(authenticateSession(setup.ctx, { session_token: source.session_token })).resolves.toMatchObject({ member: { member_id: x.member.member_id } })

    expect(await apiError(exchangeSession(setup.ctx, { organization_id: orgX.organization_id, session_token: source.session_token }))).toMatchObject({ status: 400, code: 'invalid_request' })
    const orgZ = await newOrg()
    expect(await apiError(exchangeSession(setup.ctx, { organization_id: orgZ.organization_id, session_jwt: source.session_jwt }))).toMatchObject({ status: 404, code: 'member_not_found' })
  })

  it('turns Slack factors into exchange factors and applies the target’s MFA policy', async () => {
    const email = `mfa-x-${unique()}@example.com`
    const orgX = await newOrg()
    const orgY = await newOrg({ mfa_policy: 'REQUIRED_FOR_ALL' })
    const x = await newMember(orgX.organization_id, { email })
    const y = await newMember(orgY.organization_id, { email })
    const source = await x.login('slack')
    const res = await exchangeSession(setup.ctx, { organization_id: orgY.organization_id, session_token: source.session_token })
    expect(res).toMatchObject({ member_authenticated: false, session_token: '', member_session: null })
    expect(res.intermediate_session_token).not.toBe('')
    expect(res.mfa_required?.member_options).toBeDefined()

    // Complete the MFA step with a TOTP: the session carries the exchanged factor and the TOTP.
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
    await migrateTotp(setup.ctx, { ...y.ids, secret, recovery_codes: [] })
    const done = await authenticateTotp(setup.ctx, { ...y.ids, code: totpCode(secret, Date.now()), intermediate_session_token: res.intermediate_session_token })
    expect(done.member_session?.authentication_factors.map((f) => `${f.type}/${f.delivery_method}`)).toEqual(['oauth/oauth_exchange_slack', 'totp/authenticator_app'])
  })

  it('asks for a primary login when no factor may enter the target organization', async () => {
    const email = `p-${unique()}@example.com`
    const orgX = await newOrg()
    const orgY = await newOrg({ auth_methods: 'RESTRICTED', allowed_auth_methods: ['password', 'sso'] })
    const x = await newMember(orgX.organization_id, { email })
    await newMember(orgY.organization_id, { email })
    const source = await x.login('google')
    const res = await exchangeSession(setup.ctx, { organization_id: orgY.organization_id, session_token: source.session_token })
    expect(res).toMatchObject({ member_authenticated: false, primary_required: { allowed_auth_methods: ['password', 'sso'] } })
    expect(res.intermediate_session_token).not.toBe('')
  })
})

describe('exchange access token', () => {
  const REDIRECT = 'https://app.example.com/callback'
  const app = async (client_type: 'first_party' | 'third_party', full_access_allowed: boolean) => {
    const { connected_app } = await createConnectedAppClient(setup.ctx, { client_type, full_access_allowed, redirect_urls: [REDIRECT] })
    return { ...connected_app, redirect_uri: REDIRECT }
  }

  it('turns a fresh first-party full_access token into a session once, without MFA', async () => {
    // MFA is required in this organization; the exchange never asks for it.
    const org = await newOrg({ mfa_policy: 'REQUIRED_FOR_ALL' })
    const { member, ids } = await newMember(org.organization_id)
    const client = await app('first_party', true)
    const tokens = await authorizeAndRedeem(setup.ctx, setup.emulator, client, ids, ['full_access', 'openid'])
    const exchanged = await exchangeSessionAccessToken(setup.ctx, { access_token: tokens.access_token, session_duration_minutes: 30, session_custom_claims: { via: 'app' } })
    expect(exchanged.member_id).toBe(member.member_id)
    expect(exchanged.organization.organization_id).toBe(org.organization_id)
    expect(exchanged.member_session?.authentication_factors).toEqual([
      expect.objectContaining({ type: 'oauth', delivery_method: 'oauth_access_token_exchange', oauth_access_token_exchange_factor: { client_id: client.client_id } }),
    ])
    const live = await authenticateSession(setup.ctx, { session_token: exchanged.session_token })
    expect(live.member_session.member_id).toBe(member.member_id)
    expect(live.member_session.custom_claims).toEqual({ via: 'app' })
    expect(Date.parse(live.member_session.expires_at) - Date.now()).toBeLessThanOrEqual(30 * 60_000)
    expect((await authenticateSessionJwtLocal(setup.ctx, exchanged.session_jwt)).member_id).toBe(member.member_id)
    // Single use.
    expect(await apiError(exchangeSessionAccessToken(setup.ctx, { access_token: tokens.access_token }))).toMatchObject({ status: 401, code: 'invalid_access_token' })
  })

  it('refuses third-party tokens, tokens without full_access, and anything else', async () => {
    const org = await newOrg()
    const { ids } = await newMember(org.organization_id)
    const third = await authorizeAndRedeem(setup.ctx, setup.emulator, await app('third_party', false), ids, ['openid'])
    expect(await apiError(exchangeSessionAccessToken(setup.ctx, { access_token: third.access_token }))).toMatchObject({ status: 401, code: 'invalid_access_token' })
    const narrow = await authorizeAndRedeem(setup.ctx, setup.emulator, await app('first_party', true), ids, ['openid'])
    const refused = await apiError(exchangeSessionAccessToken(setup.ctx, { access_token: narrow.access_token }))
    expect([refused.status, refused.message]).toEqual([401, expect.stringContaining('full_access')])
    // An app not allowed full access is not granted it.
    const notAllowed = await authorizeAndRedeem(setup.ctx, setup.emulator, await app('first_party', false), ids, ['full_access'])
    expect(notAllowed.scope).toBe('')
    expect(await apiError(exchangeSessionAccessToken(setup.ctx, { access_token: notAllowed.access_token }))).toMatchObject({ status: 401 })
    // A session JWT is not an access token.
    const { session_jwt } = await (await newMember(org.organization_id)).login()
    expect(await apiError(exchangeSessionAccessToken(setup.ctx, { access_token: session_jwt }))).toMatchObject({ status: 401, code: 'invalid_access_token' })
    expect(await apiError(exchangeSessionAccessToken(setup.ctx, { access_token: 'not-a-jwt' }))).toMatchObject({ status: 401, code: 'invalid_access_token' })
  })
})

describe('migrate session', () => {
  it('creates a session for the member named by an external token’s email claim', async () => {
    const org = await newOrg()
    const { member, email } = await newMember(org.organization_id)
    const res = await migrateSession(setup.ctx, { organization_id: org.organization_id, session_token: externalJwt({ sub: 'ext-1', email: email.toUpperCase() }), session_duration_minutes: 20 })
    expect(res).toMatchObject({ member_id: member.member_id, member: { member_id: member.member_id }, organization: { organization_id: org.organization_id } })
    expect(res.member_session?.authentication_factors[0]).toMatchObject({ type: 'imported', email_factor: { email_address: email } })
    await expect(authenticateSession(setup.ctx, { session_token: res.session_token })).resolves.toBeDefined()

    expect(await apiError(migrateSession(setup.ctx, { organization_id: org.organization_id, session_token: externalJwt({ email: 'nobody@example.com' }) }))).toMatchObject({ status: 404, code: 'member_not_found' })
    expect(await apiError(migrateSession(setup.ctx, { organization_id: org.organization_id, session_token: 'opaque-token' }))).toMatchObject({ status: 401, code: 'invalid_external_session_token' })
    expect(await apiError(migrateSession(setup.ctx, { organization_id: org.organization_id, session_token: externalJwt({ sub: 'no-email' }) }))).toMatchObject({ status: 401 })
  })
})

describe('JWKS and local JWT verification', () => {
  it('serves the project keys and only for this project', async () => {
    const { keys } = await getSessionJwks(setup.ctx, { project_id: setup.emulator.projectId })
    expect(keys.length).toBeGreaterThan(0)
    expect(keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', key_ops: ['verify'], kid: expect.any(String), n: expect.any(String), e: 'AQAB' })
    expect(await apiError(getSessionJwks(setup.ctx, { project_id: 'project-test-someone-else' }))).toMatchObject({ status: 404, code: 'project_not_found' })
  })

  it('issues JWTs the library verifies over HTTP, across a key rotation', async () => {
    // A fresh context with no refetch cooldown, so the rotated key is fetched at once.
    const ctx = setup.context({ jwksRefresh: { cooldownMs: 0 } })
    const org = await newOrg()
    const { member, login } = await newMember(org.organization_id, { roles: ['stytch_admin'] })
    const before = await login('google', { session_custom_claims: { plan: 'pro' } })
    const session = await authenticateSessionJwtLocal(ctx, before.session_jwt, {
      authorizationCheck: { organization_id: org.organization_id, resource_id: 'stytch.member', action: 'create' },
    })
    expect(session).toMatchObject({ member_id: member.member_id, organization_id: org.organization_id, member_session_id: before.member_session!.member_session_id, custom_claims: { plan: 'pro' } })
    expect(session.roles).toEqual(expect.arrayContaining(['stytch_admin']))
    const kidOf = (jwt: string) => (JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid

    const newKid = await setup.emulator.rotateKeys()
    const after = await login('microsoft')
    expect(kidOf(after.session_jwt)).toBe(newKid)
    expect(kidOf(before.session_jwt)).not.toBe(newKid)
    await expect(authenticateSessionJwtLocal(ctx, after.session_jwt)).resolves.toMatchObject({ member_id: member.member_id })
    await expect(authenticateSessionJwtLocal(ctx, before.session_jwt, { verifiedTokenCache: false })).resolves.toMatchObject({ member_id: member.member_id })
    const { keys } = await getSessionJwks(ctx, { project_id: setup.emulator.projectId })
    expect(keys.map((k) => k.kid)).toEqual(expect.arrayContaining([kidOf(before.session_jwt), newKid]))
    // The server side accepts both JWTs too.
    await expect(authenticateSession(ctx, { session_jwt: before.session_jwt })).resolves.toBeDefined()

    // A tampered token does not verify.
    const [h, p, s] = after.session_jwt.split('.')
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), sub: 'member-test-forged' })).toString('base64url')}.${s}`
    await expect(authenticateSessionJwtLocal(ctx, forged)).rejects.toBeInstanceOf(StytchJwtError)
    expect(await apiError(authenticateSession(ctx, { session_jwt: forged }))).toMatchObject({ status: 401, code: 'invalid_session_jwt' })
  })
})

describe('organization custom roles', () => {
  const editor = { role_id: 'editor', description: 'Writes documents.', permissions: [{ resource_id: 'documents', actions: ['read', 'write'] }] }
  const manager = { role_id: 'member-manager', description: 'Updates members.', permissions: [{ resource_id: 'stytch.member', actions: ['update'] }] }

  it('stores an organization policy, validates it, and reports it as the organization’s custom_roles', async () => {
    const org = await newOrg()
    expect((await getRbacOrganizationPolicy(setup.ctx, { organization_id: org.organization_id })).org_policy).toEqual({ roles: [] })
    const set = await setRbacOrganizationPolicy(setup.ctx, { organization_id: org.organization_id, org_policy: { roles: [editor, manager] } })
    expect(set.org_policy.roles).toEqual([editor, manager])
    expect((await getRbacOrganizationPolicy(setup.ctx, { organization_id: org.organization_id })).org_policy.roles).toEqual([editor, manager])
    expect((await getOrganization(setup.ctx, { organization_id: org.organization_id })).organization.custom_roles).toEqual([editor, manager])
    // Another organization is unaffected.
    const other = await newOrg()
    expect((await getRbacOrganizationPolicy(setup.ctx, { organization_id: other.organization_id })).org_policy.roles).toEqual([])

    const bad = async (roles: unknown[], field: string) => {
      const error = await apiError(setRbacOrganizationPolicy(setup.ctx, { organization_id: org.organization_id, org_policy: { roles: roles as (typeof editor)[] } }))
      expect(error).toMatchObject({ status: 400, code: 'invalid_request' })
      expect(error.message).toContain(field)
    }
    await bad([editor, editor], 'org_policy.roles[1].role_id')
    await bad([{ ...editor, role_id: 'stytch_admin' }], 'org_policy.roles[0].role_id')
    await bad([{ ...editor, role_id: '' }], 'org_policy.roles[0].role_id')
    await bad([{ ...editor, permissions: [{ resource_id: 'invoices', actions: ['read'] }] }], 'org_policy.roles[0].permissions[0].resource_id')
    await bad([manager, { ...editor, permissions: [{ resource_id: 'documents', actions: ['read', 'publish'] }] }], 'org_policy.roles[1].permissions[0].actions')
    // A refused policy changes nothing.
    expect((await getRbacOrganizationPolicy(setup.ctx, { organization_id: org.organization_id })).org_policy.roles).toEqual([editor, manager])
    expect(await apiError(setRbacOrganizationPolicy(setup.ctx, { organization_id: 'organization-test-missing', org_policy: { roles: [] } }))).toMatchObject({ status: 404, code: 'organization_not_found' })
    expect(await apiError(getRbacOrganizationPolicy(setup.ctx, { organization_id: 'organization-test-missing' }))).toMatchObject({ status: 404 })
  })

  it('assigns custom roles of the member’s organization only: create, update, invite and email-domain assignments', async () => {
    const org = await newOrg()
    const other = await newOrg()
    await setRbacOrganizationPolicy(setup.ctx, { organization_id: org.organization_id, org_policy: { roles: [editor] } })
    const roleIdsOf = (m: { roles: { role_id: string }[] }) => m.roles.map((r) => r.role_id).sort()

    const created = await newMember(org.organization_id, { roles: ['editor'] })
    expect(roleIdsOf(created.member)).toEqual(['editor', 'stytch_member'])
    expect(await apiError(createMember(setup.ctx, { organization_id: other.organization_id, email_address: `n-${unique()}@example.com`, roles: ['editor'] }))).toMatchObject({ status: 400, code: 'invalid_request' })

    const plain = await newMember(org.organization_id)
    const updated = await updateMember(setup.ctx, { ...plain.ids, roles: ['editor'] })
    expect(roleIdsOf(updated.member)).toEqual(['editor', 'stytch_member'])
    expect(await apiError(updateMember(setup.ctx, { ...plain.ids, roles: ['publisher'] }))).toMatchObject({ status: 400, code: 'invalid_request' })

    const invited = await inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: `i-${unique()}@example.com`, roles: ['editor'] })
    expect(roleIdsOf(invited.member)).toEqual(['editor', 'stytch_member'])

    const domain = `${unique()}.example.com`
    const withDomain = await updateOrganization(setup.ctx, { organization_id: org.organization_id, rbac_email_implicit_role_assignments: [{ domain, role_id: 'editor' }] })
    expect(withDomain.organization.custom_roles).toEqual([editor])
    const byDomain = await newMember(org.organization_id, { email: `d-${unique()}@${domain}` })
    expect(byDomain.member.roles).toContainEqual({ role_id: 'editor', sources: [{ type: 'email_assignment', details: { email_domain: domain } }] })
    expect(await apiError(updateOrganization(setup.ctx, { organization_id: other.organization_id, rbac_email_implicit_role_assignments: [{ domain, role_id: 'editor' }] }))).toMatchObject({ status: 400 })

    // Dropping the role from the organization policy unassigns it everywhere.
    await setRbacOrganizationPolicy(setup.ctx, { organization_id: org.organization_id, org_policy: { roles: [] } })
    const after = await getOrganization(setup.ctx, { organization_id: org.organization_id })
    expect(after.organization.custom_roles).toEqual([])
    expect(after.organization.rbac_email_implicit_role_assignments).toEqual([])
    const { member } = await updateMember(setup.ctx, { ...created.ids, name: 'still here' })
    expect(roleIdsOf(member)).toEqual(['stytch_member'])
  })

  it('puts custom roles in sessions and their JWTs, and authorizes by them: authorization_check, headers, local JWT check', async () => {
    const org = await newOrg()
    await setRbacOrganizationPolicy(setup.ctx, { organization_id: org.organization_id, org_policy: { roles: [editor, manager] } })
    const writer = await newMember(org.organization_id, { roles: ['editor'] })
    const boss = await newMember(org.organization_id, { roles: ['member-manager'] })
    const plain = await newMember(org.organization_id)
    const target = await newMember(org.organization_id)
    const writerSession = await writer.login()
    expect(writerSession.member_session?.roles).toEqual(expect.arrayContaining(['editor', 'stytch_member']))
    const claims = JSON.parse(Buffer.from(writerSession.session_jwt.split('.')[1]!, 'base64url').toString()) as Record<string, { roles?: string[] }>
    expect(claims['https://stytch.com/session']?.roles).toEqual(expect.arrayContaining(['editor']))

    // Sessions.Authenticate with an authorization check grants by the custom role.
    const check = { organization_id: org.organization_id, resource_id: 'documents', action: 'write' }
    const verdict = await authenticateSession(setup.ctx, { session_token: writerSession.session_token, authorization_check: check })
    expect(verdict.verdict).toEqual({ authorized: true, granting_roles: ['editor'] })
    const plainSession = await plain.login()
    expect(await apiError(authenticateSession(setup.ctx, { session_token: plainSession.session_token, authorization_check: check }))).toMatchObject({ status: 403, code: 'session_authorization_error' })

    // Member-session headers: a custom role granting stytch.member update may update another member.
    const bossSession = await boss.login()
    const renamed = await updateMember(setup.ctx, { ...target.ids, name: 'Renamed by manager' }, { authorization: { session_token: bossSession.session_token } })
    expect(renamed.member.name).toBe('Renamed by manager')
    const denied = await apiError(updateMember(setup.ctx, { ...target.ids, name: 'Renamed by writer' }, { authorization: { session_jwt: writerSession.session_jwt } }))
    expect(denied).toMatchObject({ status: 403, code: 'session_authorization_error' })
    expect(await apiError(updateMember(setup.ctx, { ...target.ids, name: 'x' }, { authorization: { session_token: plainSession.session_token } }))).toMatchObject({ status: 403 })

    // The library's local check fetches the organization policy from the emulator and grants by it.
    // No refetch cooldown: contexts of the same settings share keys, and an earlier test rotated them.
    const ctx = setup.context({ jwksRefresh: { cooldownMs: 0 } })
    const local = await authenticateSessionJwtLocal(ctx, writerSession.session_jwt, { authorizationCheck: check })
    expect(local.roles).toEqual(expect.arrayContaining(['editor']))
    const plainJwt = plainSession.session_jwt
    await expect(authenticateSessionJwtLocal(ctx, plainJwt, { authorizationCheck: check })).rejects.toMatchObject({ code: 'session_authorization_error' })
    // Without the organization policy (a context pinned to the project policy) the custom role grants nothing.
    const pinned = setup.context({ policy: (await getRbacPolicy(setup.ctx, {})).policy! })
    await expect(authenticateSessionJwtLocal(pinned, writerSession.session_jwt, { authorizationCheck: check })).rejects.toMatchObject({ code: 'session_authorization_error' })
  })

  it('keeps the scopes of a policy given to startEmulator or read from a policy file', async () => {
    const scopes = [{ scope: 'read:documents', description: 'Reads documents.', permissions: [{ resource_id: 'documents', actions: ['read'] }] }]
    const policy = { ...DEFAULT_POLICY, scopes }
    const emulator = await startEmulator({ policy })
    try {
      const ctx = createContext({ projectId: emulator.projectId, secret: emulator.secret, baseUrl: emulator.url, retry: { limit: 0 } })
      expect((await getRbacPolicy(ctx, {})).policy?.scopes).toEqual(scopes)
    } finally {
      await emulator.close()
    }
    const dir = mkdtempSync(join(tmpdir(), 'stytch-policy-'))
    try {
      const file = join(dir, 'policy.json')
      writeFileSync(file, JSON.stringify({ policy }))
      expect(readPolicyFile(file).scopes).toEqual(scopes)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect((await getRbacPolicy(setup.ctx, {})).policy?.scopes).toEqual([])
  })
})

/** A trusted auth token from the emulator's identity-provider stand-in, with the profile that trusts it. */
async function trustedToken(organizationId: string, email: string): Promise<{ profile_id: string; token: string }> {
  const { status, json } = await emulatorPost(setup.emulator, '/emulator/trusted_auth_tokens/token', { organization_id: organizationId, email_address: email })
  expect(status, JSON.stringify(json)).toBe(200)
  return { profile_id: json['profile_id'] as string, token: json['token'] as string }
}

describe('attest session', () => {
  it('turns a trusted auth token into a member session with a trusted_auth_token factor', async () => {
    const org = await newOrg()
    const { member, email } = await newMember(org.organization_id)
    const { profile_id, token } = await trustedToken(org.organization_id, email.toUpperCase())
    expect(profile_id).toMatch(/^trusted-token-profile-test-/)
    // One profile per project: the next token is of the same profile.
    expect((await trustedToken(org.organization_id, email)).profile_id).toBe(profile_id)
    const tokenId = (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { jti: string }).jti

    const attested = await attestSession(setup.ctx, { profile_id, token, session_duration_minutes: 30, session_custom_claims: { source: 'partner' } })
    expect(attested).toMatchObject({ member_id: member.member_id, member: { member_id: member.member_id }, organization: { organization_id: org.organization_id } })
    expect(attested.member_session.authentication_factors).toEqual([
      { type: 'trusted_auth_token', delivery_method: 'trusted_token_exchange', last_authenticated_at: expect.any(String), trusted_auth_token_factor: { token_id: tokenId } },
    ])
    expect(Date.parse(attested.member_session.expires_at) - Date.parse(attested.member_session.started_at)).toBe(30 * 60_000)
    expect(attested.member_session.custom_claims).toEqual({ source: 'partner' })
    const checked = await authenticateSession(setup.ctx, { session_token: attested.session_token })
    expect(checked.member_session.member_session_id).toBe(attested.member_session.member_session_id)
    // No refetch cooldown: an earlier test rotated the keys that contexts of the default settings share.
    const local = await authenticateSessionJwtLocal(setup.context({ jwksRefresh: { cooldownMs: 0 } }), attested.session_jwt)
    expect(local.authentication_factors.map((f) => f.type)).toEqual(['trusted_auth_token'])
  })

  it('adds the factor to an existing session of the same member', async () => {
    const org = await newOrg()
    const { email, login } = await newMember(org.organization_id)
    const other = await newMember(org.organization_id)
    const session = await login()
    const { profile_id, token } = await trustedToken(org.organization_id, email)
    const mismatch = await apiError(attestSession(setup.ctx, { profile_id, token, session_token: (await other.login()).session_token }))
    expect(mismatch).toMatchObject({ status: 400, code: 'session_member_mismatch' })
    const attested = await attestSession(setup.ctx, { profile_id, token, organization_id: org.organization_id, session_jwt: session.session_jwt })
    expect(attested.member_session.member_session_id).toBe(session.member_session!.member_session_id)
    expect(attested.session_token).toBe(session.session_token)
    expect(attested.member_session.authentication_factors.map((f) => f.type)).toEqual(['oauth', 'trusted_auth_token'])
  })

  it('refuses unknown profiles, tampered, expired and foreign tokens, and addresses that are no members', async () => {
    const org = await newOrg()
    const other = await newOrg()
    const { email } = await newMember(org.organization_id)
    const { profile_id, token } = await trustedToken(org.organization_id, email)
    expect(await apiError(attestSession(setup.ctx, { profile_id: 'trusted-token-profile-test-nope', token }))).toMatchObject({ status: 404, code: 'trusted_auth_token_profile_not_found' })
    const [header, payload, signature] = token.split('.') as [string, string, string]
    const forged = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...forged, email: 'ceo@example.com' })).toString('base64url')}.${signature}`
    expect(await apiError(attestSession(setup.ctx, { profile_id, token: tampered }))).toMatchObject({ status: 401, code: 'invalid_trusted_auth_token' })
    expect(await apiError(attestSession(setup.ctx, { profile_id, token: 'not-a-jwt' }))).toMatchObject({ status: 401, code: 'invalid_trusted_auth_token' })
    const elsewhere = await apiError(attestSession(setup.ctx, { profile_id, token, organization_id: other.organization_id }))
    expect(elsewhere).toMatchObject({ status: 400, code: 'organization_id_mismatch' })
    const stranger = await trustedToken(org.organization_id, `stranger-${unique()}@example.com`)
    expect(await apiError(attestSession(setup.ctx, stranger))).toMatchObject({ status: 404, code: 'member_not_found' })
    skewMs = 6 * 60_000
    try {
      expect(await apiError(attestSession(setup.ctx, { profile_id, token }))).toMatchObject({ status: 401, code: 'trusted_auth_token_expired' })
    } finally {
      skewMs = 0
    }
    // The token itself stays good until it expires.
    expect((await attestSession(setup.ctx, { profile_id, token })).member_session.authentication_factors[0]?.type).toBe('trusted_auth_token')
    const noOrg = await emulatorPost(setup.emulator, '/emulator/trusted_auth_tokens/token', { organization_id: 'organization-test-nope', email_address: email })
    expect(noOrg).toMatchObject({ status: 404, json: { error_type: 'organization_not_found' } })
  })
})
