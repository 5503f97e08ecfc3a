// End to end: connected-app clients (management, secret rotation), the IdP authorization-code
// flow (authorize start, authorize, token, refresh), token introspection over the network and
// locally, and the organization and member views of the grants, with revocation.
import { afterEach, describe, expect, it } from 'vitest'
import {
  authenticateOauth,
  authorizeIdpOauth,
  authorizeIdpOauthStart,
  createConnectedAppClient,
  createMember,
  createOrganization,
  deleteConnectedAppClient,
  getConnectedAppClient,
  getMemberConnectedApps,
  getOrganizationConnectedApp,
  getOrganizationConnectedApps,
  introspectIdpTokenLocal,
  introspectIdpTokenNetwork,
  revokeMemberConnectedApp,
  rotateConnectedAppClientSecret,
  rotateConnectedAppClientSecretCancel,
  rotateConnectedAppClientSecretStart,
  searchConnectedAppClients,
  StytchInactiveTokenError,
  updateConnectedAppClient,
  updateOrganization,
  type CreateConnectedAppClientParams,
} from 'stytch-b2b'
import { DEFAULT_POLICY } from '../src/index.js'
import { apiError, mintToken, useEmulator } from './harness.js'
import { authorizeAndRedeem, basicAuth, jwtPayload, oauthForm, pkcePair } from './idpFlow.js'

let clockOffset = 0
const setup = useEmulator('connectedApps', {
  now: () => Date.now() + clockOffset,
  policy: {
    ...DEFAULT_POLICY,
    scopes: [
      { scope: 'read:documents', description: 'Read your documents.', permissions: [{ resource_id: 'documents', actions: ['read'] }] },
      { scope: 'write:documents', description: 'Change your documents.', permissions: [{ resource_id: 'documents', actions: ['write'] }] },
    ],
  },
})
afterEach(() => {
  clockOffset = 0
})

const REDIRECT = 'https://app.example.com/callback'
let counter = 0
const unique = (): string => `${Date.now().toString(36)}-${++counter}`

async function newApp(settings: Partial<CreateConnectedAppClientParams> = {}) {
  const { connected_app } = await createConnectedAppClient(setup.ctx, { client_type: 'third_party', client_name: `App ${unique()}`, redirect_urls: [REDIRECT], ...settings })
  return { ...connected_app, redirect_uri: REDIRECT }
}

/** An organization with an admin and a plain member, each logged in (OAuth through the emulator's stand-in). */
async function newOrg() {
  const { organization } = await createOrganization(setup.ctx, { organization_name: `Apps ${unique()}` })
  const org = organization.organization_id
  const login = async (roles: string[]) => {
    const email = `m-${unique()}@example.com`
    const { member } = await createMember(setup.ctx, { organization_id: org, email_address: email, roles })
    const auth = await authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: org }) })
    return { member_id: member.member_id, session_token: auth.session_token, headers: { authorization: { session_token: auth.session_token } } }
  }
  return { organization, org, admin: await login(['stytch_admin']), plain: await login([]) }
}

describe('connected-app clients', () => {
  it('creates confidential and public clients, gets, updates and deletes them', async () => {
    const confidential = await newApp({ client_description: 'Reads documents', logo_url: 'https://app.example.com/logo.png', access_token_expiry_minutes: 30 })
    expect(confidential.client_id).toMatch(/^connected-app-test-/)
    expect(confidential.client_secret?.length).toBeGreaterThanOrEqual(32)
    expect(confidential).toMatchObject({
      client_type: 'third_party',
      status: 'active',
      full_access_allowed: false,
      redirect_urls: [REDIRECT],
      access_token_expiry_minutes: 30,
      bypass_consent_for_offline_access: false,
      client_secret_last_four: confidential.client_secret!.slice(-4),
    })
    const { connected_app: got } = await getConnectedAppClient(setup.ctx, { client_id: confidential.client_id })
    expect(got).not.toHaveProperty('client_secret')
    expect(got).toMatchObject({ client_description: 'Reads documents', creation_method: 'api', logo_url: 'https://app.example.com/logo.png' })
    expect(JSON.stringify(setup.emulator.snapshot())).not.toContain(confidential.client_secret!)

    const pub = await newApp({ client_type: 'first_party_public' })
    expect(pub.client_secret).toBeUndefined()
    expect(pub.client_secret_last_four).toBeUndefined()

    const { connected_app: updated } = await updateConnectedAppClient(setup.ctx, { client_id: confidential.client_id, client_name: 'Docs Reader', redirect_urls: [REDIRECT, 'http://localhost:3000/cb'] })
    expect(updated).toMatchObject({ client_name: 'Docs Reader', redirect_urls: [REDIRECT, 'http://localhost:3000/cb'], access_token_expiry_minutes: 30 })
    expect(await apiError(updateConnectedAppClient(setup.ctx, { client_id: confidential.client_id, redirect_urls: ['not a url'] }))).toMatchObject({ status: 400, code: 'invalid_request' })
    // A failed update changes nothing.
    expect(await apiError(updateConnectedAppClient(setup.ctx, { client_id: confidential.client_id, client_name: 'Renamed', full_access_allowed: true }))).toMatchObject({ status: 400 })
    expect((await getConnectedAppClient(setup.ctx, { client_id: confidential.client_id })).connected_app.client_name).toBe('Docs Reader')

    expect(await apiError(createConnectedAppClient(setup.ctx, { client_type: 'fourth_party' }))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await deleteConnectedAppClient(setup.ctx, { client_id: confidential.client_id })).toMatchObject({ client_id: confidential.client_id })
    expect(await apiError(getConnectedAppClient(setup.ctx, { client_id: confidential.client_id }))).toMatchObject({ status: 404, code: 'connected_app_not_found' })
  })

  it('pages through every client', async () => {
    const made = [await newApp(), await newApp(), await newApp()]
    const seen: string[] = []
    let cursor: string | undefined
    for (let page = 0; page < 100; page++) {
      const res = await searchConnectedAppClients(setup.ctx, { limit: 2, ...(cursor !== undefined && { cursor }) })
      expect(res.connected_apps.length).toBeLessThanOrEqual(2)
      seen.push(...res.connected_apps.map((a) => a.client_id))
      cursor = res.results_metadata.next_cursor
      if (cursor === undefined) {
        expect(res.results_metadata.total).toBe(seen.length)
        break
      }
    }
    expect(seen).toEqual(expect.arrayContaining(made.map((a) => a.client_id)))
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('rotates a secret: both work during the rotation, only the new one after it', async () => {
    const app = await newApp()
    const token = (secret: string) => oauthForm(setup.emulator, 'token', { grant_type: 'client_credentials', client_id: app.client_id, client_secret: secret, scope: 'read:documents' })
    const { connected_app: started } = await rotateConnectedAppClientSecretStart(setup.ctx, { client_id: app.client_id })
    expect(started).toMatchObject({ client_secret_last_four: app.client_secret!.slice(-4), next_client_secret_last_four: started.next_client_secret.slice(-4) })
    expect((await token(app.client_secret!)).status).toBe(200)
    const viaNext = await token(started.next_client_secret)
    expect(viaNext.status).toBe(200)
    // A connected app's own token names it in sub and client_id, and introspectIdpTokenLocal verifies it.
    const local = await introspectIdpTokenLocal(setup.ctx, viaNext.json['access_token'] as string)
    expect(local).toMatchObject({ subject: app.client_id, client_id: app.client_id, scope: 'read:documents' })

    const { connected_app: rotated } = await rotateConnectedAppClientSecret(setup.ctx, { client_id: app.client_id })
    expect(rotated.client_secret_last_four).toBe(started.next_client_secret.slice(-4))
    expect(rotated.next_client_secret_last_four).toBeUndefined()
    expect(await token(app.client_secret!)).toMatchObject({ status: 401, json: { error: 'invalid_client' } })
    expect((await token(started.next_client_secret)).status).toBe(200)

    const { connected_app: again } = await rotateConnectedAppClientSecretStart(setup.ctx, { client_id: app.client_id })
    await rotateConnectedAppClientSecretCancel(setup.ctx, { client_id: app.client_id })
    expect(await token(again.next_client_secret)).toMatchObject({ status: 401, json: { error: 'invalid_client' } })
    expect(await apiError(rotateConnectedAppClientSecretCancel(setup.ctx, { client_id: app.client_id }))).toMatchObject({ status: 400, code: 'no_rotation_in_progress' })

    const pub = await newApp({ client_type: 'third_party_public' })
    expect(await apiError(rotateConnectedAppClientSecretStart(setup.ctx, { client_id: pub.client_id }))).toMatchObject({ status: 400, code: 'public_client_has_no_secret' })
    // Public clients cannot use client credentials at all.
    expect(await oauthForm(setup.emulator, 'token', { grant_type: 'client_credentials', client_id: pub.client_id })).toMatchObject({ status: 400, json: { error: 'unauthorized_client' } })
    expect(await oauthForm(setup.emulator, 'token', { grant_type: 'client_credentials', client_id: app.client_id, client_secret: started.next_client_secret, scope: 'launch:rockets' })).toMatchObject({ status: 400, json: { error: 'invalid_scope' } })
  })
})

describe('authorization-code flow', () => {
  it('asks for consent, issues a single-use code and tokens the library verifies', async () => {
    const { org, organization, plain } = await newOrg()
    const app = await newApp()
    const scopes = ['openid', 'email', 'offline_access', 'read:documents', 'write:documents', 'full_access']
    const start = await authorizeIdpOauthStart(setup.ctx, { client_id: app.client_id, redirect_uri: REDIRECT, response_type: 'code', scopes, session_token: plain.session_token })
    expect(start).toMatchObject({ member_id: plain.member_id, consent_required: true, organization: { organization_id: org }, client: { client_id: app.client_id, client_name: app.client_name, client_type: 'third_party' } })
    expect(start.member.member_id).toBe(plain.member_id)
    // A plain member may read documents but not write them; a third-party app gets no full access.
    expect(Object.fromEntries(start.scope_results.map((r) => [r.scope, r.is_grantable]))).toEqual({
      openid: true,
      email: true,
      offline_access: true,
      'read:documents': true,
      'write:documents': false,
      full_access: false,
    })
    expect(start.scope_results.find((r) => r.scope === 'read:documents')?.description).toBe('Read your documents.')

    const { verifier, challenge } = pkcePair()
    const authorized = await authorizeIdpOauth(setup.ctx, {
      client_id: app.client_id,
      redirect_uri: REDIRECT,
      response_type: 'code',
      scopes,
      session_token: plain.session_token,
      consent_granted: true,
      state: 'xyz',
      nonce: 'n-0S6',
      code_challenge: challenge,
    })
    const redirect = new URL(authorized.redirect_uri)
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT)
    expect(redirect.searchParams.get('state')).toBe('xyz')
    expect(redirect.searchParams.get('code')).toBe(authorized.authorization_code)

    const redeem = (fields: Record<string, string | undefined>, headers: Record<string, string> = {}) =>
      oauthForm(setup.emulator, 'token', { grant_type: 'authorization_code', code: authorized.authorization_code, redirect_uri: REDIRECT, code_verifier: verifier, ...fields }, headers)
    // The code works once, with HTTP Basic client authentication.
    const { status, json } = await redeem({}, { authorization: basicAuth(app.client_id, app.client_secret!) })
    expect(status, JSON.stringify(json)).toBe(200)
    expect(json).toMatchObject({ token_type: 'bearer', scope: 'openid email offline_access read:documents', expires_in: 3600 })
    expect(await redeem({ client_id: app.client_id, client_secret: app.client_secret })).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })

    const access = await introspectIdpTokenLocal(setup.ctx, json['access_token'] as string)
    expect(access).toMatchObject({ subject: plain.member_id, client_id: app.client_id, organization_id: org, organization_slug: organization.organization_slug, scope: 'openid email offline_access read:documents' })
    const idToken = jwtPayload(json['id_token'] as string)
    expect(idToken).toMatchObject({ sub: plain.member_id, aud: [app.client_id], nonce: 'n-0S6', email: expect.stringContaining('@example.com'), iss: `stytch.com/${setup.emulator.projectId}` })

    // Network introspection sees both tokens.
    const creds = { client_id: app.client_id, client_secret: app.client_secret! }
    const network = await introspectIdpTokenNetwork(setup.ctx, { token: json['access_token'] as string, ...creds })
    expect(network).toMatchObject({ active: true, sub: plain.member_id, client_id: app.client_id, token_type: 'access_token', scope: 'openid email offline_access read:documents', aud: [setup.emulator.projectId] })
    expect(network['https://stytch.com/organization']).toEqual({ organization_id: org, slug: organization.organization_slug })
    expect(network.exp! - network.iat!).toBe(3600)
    const refreshed = await introspectIdpTokenNetwork(setup.ctx, { token: json['refresh_token'] as string, token_type_hint: 'refresh_token', ...creds })
    expect(refreshed).toMatchObject({ active: true, token_type: 'refresh_token', sub: plain.member_id })

    // Now that the member consented, the same request needs no consent.
    const again = await authorizeIdpOauthStart(setup.ctx, { client_id: app.client_id, redirect_uri: REDIRECT, response_type: 'code', scopes: ['read:documents'], organization_id: org, member_id: plain.member_id })
    expect(again.consent_required).toBe(false)
    expect((await authorizeIdpOauthStart(setup.ctx, { client_id: app.client_id, redirect_uri: REDIRECT, response_type: 'code', scopes: ['read:documents'], session_token: plain.session_token, prompt: 'consent' })).consent_required).toBe(true)
  })

  it('replaces a refresh token on each use and honours narrowed scopes', async () => {
    const { plain } = await newOrg()
    const app = await newApp()
    const first = await authorizeAndRedeem(setup.ctx, setup.emulator, app, { session_token: plain.session_token }, ['offline_access', 'read:documents'])
    const refresh = (token: string, scope?: string) =>
      oauthForm(setup.emulator, 'token', { grant_type: 'refresh_token', refresh_token: token, client_id: app.client_id, client_secret: app.client_secret, scope })
    const narrowed = await refresh(first.refresh_token!, 'read:documents')
    expect(narrowed.status, JSON.stringify(narrowed.json)).toBe(200)
    expect(narrowed.json['scope']).toBe('read:documents')
    expect(narrowed.json['refresh_token']).not.toBe(first.refresh_token)
    expect(await refresh(first.refresh_token!)).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })
    // The new refresh token keeps the full grant.
    const full = await refresh(narrowed.json['refresh_token'] as string)
    expect(full.json['scope']).toBe('offline_access read:documents')
    expect(await refresh(full.json['refresh_token'] as string, 'write:documents')).toMatchObject({ status: 400, json: { error: 'invalid_scope' } })
    // A failed narrowing did not use the token up.
    expect((await refresh(full.json['refresh_token'] as string)).status).toBe(200)
  })

  it('checks PKCE, the redirect URI, the client and the code', async () => {
    const { plain } = await newOrg()
    const app = await newApp()
    const other = await newApp()
    const { verifier, challenge } = pkcePair()
    const code = async () =>
      (await authorizeIdpOauth(setup.ctx, { client_id: app.client_id, redirect_uri: REDIRECT, response_type: 'code', scopes: ['read:documents'], session_token: plain.session_token, consent_granted: true, code_challenge: challenge })).authorization_code!
    const redeem = async (fields: Record<string, string | undefined>) =>
      oauthForm(setup.emulator, 'token', { grant_type: 'authorization_code', code: await code(), redirect_uri: REDIRECT, code_verifier: verifier, client_id: app.client_id, client_secret: app.client_secret, ...fields })
    expect(await redeem({ code_verifier: pkcePair().verifier })).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })
    expect(await redeem({ code_verifier: undefined })).toMatchObject({ status: 400, json: { error: 'invalid_request' } })
    expect(await redeem({ redirect_uri: 'https://evil.example.com/cb' })).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })
    expect(await redeem({ client_id: other.client_id, client_secret: other.client_secret })).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })
    expect(await redeem({ client_secret: 'not-the-secret' })).toMatchObject({ status: 401, json: { error: 'invalid_client' } })
    expect(await oauthForm(setup.emulator, 'token', { grant_type: 'authorization_code', code: 'no-such-code', client_id: app.client_id, client_secret: app.client_secret })).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })

    // Codes are short-lived.
    const late = await code()
    clockOffset = 11 * 60_000
    expect(await oauthForm(setup.emulator, 'token', { grant_type: 'authorization_code', code: late, redirect_uri: REDIRECT, code_verifier: verifier, client_id: app.client_id, client_secret: app.client_secret })).toMatchObject({
      status: 400,
      json: { error: 'invalid_grant', error_description: expect.stringContaining('expired') },
    })
  })

  it('redirects with access_denied when consent is refused, and refuses bad requests', async () => {
    const { org, plain } = await newOrg()
    const app = await newApp()
    const base = { client_id: app.client_id, redirect_uri: REDIRECT, response_type: 'code', scopes: ['read:documents'], session_token: plain.session_token }
    const denied = await authorizeIdpOauth(setup.ctx, { ...base, consent_granted: false, state: 's1' })
    expect(denied.authorization_code).toBeUndefined()
    const url = new URL(denied.redirect_uri)
    expect([url.searchParams.get('error'), url.searchParams.get('state'), url.searchParams.get('code')]).toEqual(['access_denied', 's1', null])
    expect((await getMemberConnectedApps(setup.ctx, { organization_id: org, member_id: plain.member_id })).connected_apps).toEqual([])

    expect(await apiError(authorizeIdpOauthStart(setup.ctx, { ...base, redirect_uri: 'https://evil.example.com/cb' }))).toMatchObject({ status: 400, code: 'invalid_redirect_uri' })
    expect(await apiError(authorizeIdpOauthStart(setup.ctx, { ...base, response_type: 'token' }))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(authorizeIdpOauthStart(setup.ctx, { ...base, client_id: 'connected-app-test-nobody' }))).toMatchObject({ status: 404, code: 'connected_app_not_found' })
    expect(await apiError(authorizeIdpOauthStart(setup.ctx, { ...base, session_token: 'no-such-session' }))).toMatchObject({ status: 404, code: 'session_not_found' })
    const { session_token: _, ...noMember } = base
    expect(await apiError(authorizeIdpOauthStart(setup.ctx, noMember))).toMatchObject({ status: 400, code: 'invalid_request' })
  })

  it('makes public clients use PKCE and no secret; first-party apps skip consent', async () => {
    const { org, plain } = await newOrg()
    const app = await newApp({ client_type: 'first_party_public' })
    const base = { client_id: app.client_id, redirect_uri: REDIRECT, response_type: 'code', organization_id: org, member_id: plain.member_id }
    expect((await authorizeIdpOauthStart(setup.ctx, { ...base, scopes: ['openid', 'read:documents'] })).consent_required).toBe(false)
    // offline_access still needs consent, unless the app bypasses it.
    expect((await authorizeIdpOauthStart(setup.ctx, { ...base, scopes: ['offline_access'] })).consent_required).toBe(true)
    await updateConnectedAppClient(setup.ctx, { client_id: app.client_id, bypass_consent_for_offline_access: true })
    expect((await authorizeIdpOauthStart(setup.ctx, { ...base, scopes: ['offline_access'] })).consent_required).toBe(false)

    expect(await apiError(authorizeIdpOauth(setup.ctx, { ...base, scopes: ['openid'], consent_granted: true }))).toMatchObject({ status: 400, code: 'invalid_request' })
    const tokens = await authorizeAndRedeem(setup.ctx, setup.emulator, app, { organization_id: org, member_id: plain.member_id }, ['openid', 'offline_access'])
    expect(tokens.refresh_token).toEqual(expect.any(String))
    expect((await introspectIdpTokenNetwork(setup.ctx, { token: tokens.access_token, client_id: app.client_id })).sub).toBe(plain.member_id)
    expect(await oauthForm(setup.emulator, 'token', { grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: app.client_id, client_secret: 'public-clients-have-none' })).toMatchObject({ status: 401, json: { error: 'invalid_client' } })
  })

  it("honours the organization's connected-app settings", async () => {
    const { org, plain } = await newOrg()
    const third = await newApp()
    const start = () => authorizeIdpOauthStart(setup.ctx, { client_id: third.client_id, redirect_uri: REDIRECT, response_type: 'code', scopes: ['openid'], organization_id: org, member_id: plain.member_id })
    await updateOrganization(setup.ctx, { organization_id: org, third_party_connected_apps_allowed_type: 'NOT_ALLOWED' })
    expect(await apiError(start())).toMatchObject({ status: 403, code: 'connected_app_not_allowed' })
    const { organization } = await updateOrganization(setup.ctx, { organization_id: org, third_party_connected_apps_allowed_type: 'RESTRICTED', allowed_third_party_connected_apps: [third.client_id] })
    expect(organization).toMatchObject({ third_party_connected_apps_allowed_type: 'RESTRICTED', allowed_third_party_connected_apps: [third.client_id] })
    expect((await start()).client.client_id).toBe(third.client_id)
    await updateOrganization(setup.ctx, { organization_id: org, allowed_third_party_connected_apps: [] })
    expect(await apiError(start())).toMatchObject({ status: 403, code: 'connected_app_not_allowed' })
    expect(await apiError(updateOrganization(setup.ctx, { organization_id: org, first_party_connected_apps_allowed_type: 'SOMETIMES' }))).toMatchObject({ status: 400, code: 'invalid_request' })
  })
})

describe('introspection', () => {
  it('answers inactive for unknown, expired and other clients’ tokens', async () => {
    const { plain } = await newOrg()
    const app = await newApp()
    const other = await newApp()
    const tokens = await authorizeAndRedeem(setup.ctx, setup.emulator, app, { session_token: plain.session_token }, ['read:documents'])
    const creds = { client_id: app.client_id, client_secret: app.client_secret! }
    expect((await introspectIdpTokenNetwork(setup.ctx, { token: tokens.access_token, ...creds })).active).toBe(true)
    await expect(introspectIdpTokenNetwork(setup.ctx, { token: tokens.access_token, client_id: other.client_id, client_secret: other.client_secret! })).rejects.toBeInstanceOf(StytchInactiveTokenError)
    await expect(introspectIdpTokenNetwork(setup.ctx, { token: 'not-a-token', ...creds })).rejects.toBeInstanceOf(StytchInactiveTokenError)
    expect(await apiError(introspectIdpTokenNetwork(setup.ctx, { token: tokens.access_token, client_id: app.client_id, client_secret: 'wrong-secret-000' }))).toMatchObject({ status: 401, code: 'invalid_client' })
    // With HTTP Basic, and the raw RFC 7662 answer for an inactive token.
    const raw = await oauthForm(setup.emulator, 'introspect', { token: 'not-a-token' }, { authorization: basicAuth(app.client_id, app.client_secret!) })
    expect(raw).toMatchObject({ status: 200, json: { active: false } })
    expect(raw.json).not.toHaveProperty('sub')
    clockOffset = 61 * 60_000
    await expect(introspectIdpTokenNetwork(setup.ctx, { token: tokens.access_token, ...creds })).rejects.toBeInstanceOf(StytchInactiveTokenError)
  })
})

describe('connected apps of organizations and members', () => {
  it('lists the granted apps, shows their members, and revokes a grant with its tokens', async () => {
    const { org, admin, plain } = await newOrg()
    const outsider = await newOrg()
    const app = await newApp()
    const second = await newApp()
    const plainTokens = await authorizeAndRedeem(setup.ctx, setup.emulator, app, { session_token: plain.session_token }, ['offline_access', 'read:documents'])
    await authorizeAndRedeem(setup.ctx, setup.emulator, app, { session_token: admin.session_token }, ['read:documents', 'write:documents'])
    await authorizeAndRedeem(setup.ctx, setup.emulator, second, { session_token: admin.session_token }, ['openid'])

    // The organization's view: admins may read it, plain members and other organizations may not.
    const listed = await getOrganizationConnectedApps(setup.ctx, { organization_id: org }, admin.headers)
    expect(listed.connected_apps.map((a) => a.connected_app_id).sort()).toEqual([app.client_id, second.client_id].sort())
    expect(listed.connected_apps.find((a) => a.connected_app_id === app.client_id)).toMatchObject({ name: app.client_name, client_type: 'third_party', description: '' })
    expect(await apiError(getOrganizationConnectedApps(setup.ctx, { organization_id: org }, plain.headers))).toMatchObject({ status: 403, code: 'session_authorization_error' })
    expect(await apiError(getOrganizationConnectedApps(setup.ctx, { organization_id: org }, outsider.admin.headers))).toMatchObject({ status: 403, code: 'session_authorization_tenancy_error' })
    expect((await getOrganizationConnectedApps(setup.ctx, { organization_id: outsider.org })).connected_apps).toEqual([])

    const one = await getOrganizationConnectedApp(setup.ctx, { organization_id: org, connected_app_id: app.client_id }, admin.headers)
    expect(one).toMatchObject({ connected_app_id: app.client_id, name: app.client_name, client_type: 'third_party' })
    expect(Object.fromEntries(one.active_members.map((m) => [m.member_id, m.granted_scopes]))).toEqual({
      [plain.member_id]: ['offline_access', 'read:documents'],
      [admin.member_id]: ['read:documents', 'write:documents'],
    })
    expect(await apiError(getOrganizationConnectedApp(setup.ctx, { organization_id: org, connected_app_id: app.client_id }, plain.headers))).toMatchObject({ status: 403 })
    expect(await apiError(getOrganizationConnectedApp(setup.ctx, { organization_id: org, connected_app_id: 'connected-app-test-nobody' }))).toMatchObject({ status: 404, code: 'connected_app_not_found' })

    // A member's view: its own apps through stytch.self, another member's only with stytch.member.
    const mine = await getMemberConnectedApps(setup.ctx, { organization_id: org, member_id: plain.member_id }, plain.headers)
    expect(mine.connected_apps).toEqual([{ connected_app_id: app.client_id, name: app.client_name, description: '', client_type: 'third_party', scopes_granted: 'offline_access read:documents' }])
    expect((await getMemberConnectedApps(setup.ctx, { organization_id: org, member_id: admin.member_id }, admin.headers)).connected_apps.map((a) => a.connected_app_id).sort()).toEqual([app.client_id, second.client_id].sort())
    expect(await apiError(getMemberConnectedApps(setup.ctx, { organization_id: org, member_id: admin.member_id }, plain.headers))).toMatchObject({ status: 403, code: 'session_authorization_error' })
    expect(await apiError(revokeMemberConnectedApp(setup.ctx, { organization_id: org, member_id: admin.member_id, connected_app_id: app.client_id }, plain.headers))).toMatchObject({ status: 403 })

    // Revoking ends the member's refresh and access tokens for the app, and only those.
    const creds = { client_id: app.client_id, client_secret: app.client_secret! }
    await revokeMemberConnectedApp(setup.ctx, { organization_id: org, member_id: plain.member_id, connected_app_id: app.client_id }, plain.headers)
    await expect(introspectIdpTokenNetwork(setup.ctx, { token: plainTokens.refresh_token!, ...creds })).rejects.toBeInstanceOf(StytchInactiveTokenError)
    await expect(introspectIdpTokenNetwork(setup.ctx, { token: plainTokens.access_token, ...creds })).rejects.toBeInstanceOf(StytchInactiveTokenError)
    expect(await oauthForm(setup.emulator, 'token', { grant_type: 'refresh_token', refresh_token: plainTokens.refresh_token, ...creds })).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })
    expect((await getMemberConnectedApps(setup.ctx, { organization_id: org, member_id: plain.member_id })).connected_apps).toEqual([])
    expect((await getOrganizationConnectedApp(setup.ctx, { organization_id: org, connected_app_id: app.client_id })).active_members.map((m) => m.member_id)).toEqual([admin.member_id])
    expect(await apiError(revokeMemberConnectedApp(setup.ctx, { organization_id: org, member_id: plain.member_id, connected_app_id: app.client_id }))).toMatchObject({ status: 404, code: 'connected_app_grant_not_found' })
    // An admin may revoke another member's grant.
    await authorizeAndRedeem(setup.ctx, setup.emulator, second, { session_token: plain.session_token }, ['openid'])
    await revokeMemberConnectedApp(setup.ctx, { organization_id: org, member_id: plain.member_id, connected_app_id: second.client_id }, admin.headers)
    expect((await getMemberConnectedApps(setup.ctx, { organization_id: org, member_id: plain.member_id })).connected_apps).toEqual([])
    expect((await getMemberConnectedApps(setup.ctx, { organization_id: org, member_id: admin.member_id })).connected_apps.map((a) => a.connected_app_id).sort()).toEqual([app.client_id, second.client_id].sort())
  })
})
