// End to end: the library's OAuth functions against the emulator, with the emulator-only
// `POST /emulator/oauth/token` route standing in for the provider's redirect.
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  authenticateOauth,
  authenticateOauthDiscovery,
  authenticateSession,
  createMember,
  createOrganization,
  getMember,
  getMemberOauthProviderGoogle,
  type CreateOrganizationParams,
} from 'stytch-b2b'
import { apiError, emulatorPost, mintToken, useEmulator } from './harness.js'

let skewMs = 0
const setup = useEmulator('oauth', { now: () => Date.now() + skewMs })

let counter = 0
const unique = (): string => `${Date.now().toString(36)}-${++counter}`

async function orgWithMember(settings: Partial<CreateOrganizationParams> = {}, email = `ada-${unique()}@example.com`) {
  const { organization } = await createOrganization(setup.ctx, { organization_name: `OAuth ${unique()}`, ...settings })
  const { member } = await createMember(setup.ctx, { organization_id: organization.organization_id, email_address: email })
  return { organization, member, email }
}

describe('OAuth authenticate', () => {
  it('logs an existing member in, links the provider and stores its tokens', async () => {
    const { organization, member, email } = await orgWithMember()
    const oauth_token = await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: organization.organization_id, provider_subject: 'g-123' })
    const res = await authenticateOauth(setup.ctx, { oauth_token, session_duration_minutes: 30, session_custom_claims: { team: 'blue' } })
    expect(res).toMatchObject({
      member_id: member.member_id,
      organization_id: organization.organization_id,
      member_authenticated: true,
      intermediate_session_token: '',
      provider_subject: 'g-123',
      provider_type: 'google',
      reset_sessions: false,
      provider_values: { access_token: expect.any(String), refresh_token: expect.any(String), scopes: expect.arrayContaining(['email']) },
    })
    expect(res.session_token).not.toBe('')
    expect(res.member_session?.custom_claims).toEqual({ team: 'blue' })
    const factor = res.member_session?.authentication_factors[0]
    expect(factor).toMatchObject({ type: 'oauth', delivery_method: 'oauth_google', google_oauth_factor: { provider_subject: 'g-123' } })
    expect(res.member.oauth_registrations).toEqual([expect.objectContaining({ provider_type: 'google', provider_subject: 'g-123' })])
    expect(res.member.email_address_verified).toBe(true)
    const expires = Date.parse(res.member_session!.expires_at) - Date.parse(res.member_session!.started_at)
    expect(expires).toBeGreaterThanOrEqual(30 * 60_000)
    expect(expires).toBeLessThan(30 * 60_000 + 5_000)

    // The session is real, and the provider tokens are readable through the members routes.
    const session = await authenticateSession(setup.ctx, { session_token: res.session_token })
    expect(session.member_session.member_session_id).toBe(res.member_session!.member_session_id)
    const google = await getMemberOauthProviderGoogle(setup.ctx, { organization_id: organization.organization_id, member_id: member.member_id })
    expect(google).toMatchObject({ provider_subject: 'g-123', access_token: res.provider_values!.access_token })

    // A token is single-use.
    const again = await apiError(authenticateOauth(setup.ctx, { oauth_token }))
    expect(again).toMatchObject({ status: 404, code: 'oauth_token_not_found' })
  })

  it('keeps one registration per provider subject across logins and gives a stable default subject', async () => {
    const { organization, member, email } = await orgWithMember()
    const first = await authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'microsoft', email_address: email, organization_id: organization.organization_id }) })
    const second = await authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'microsoft', email_address: email, organization_id: organization.organization_id }) })
    expect(second.provider_subject).toBe(first.provider_subject)
    const { member: stored } = await getMember(setup.ctx, { organization_id: organization.organization_id, member_id: member.member_id })
    expect(stored.oauth_registrations.filter((r) => r.provider_type === 'microsoft')).toHaveLength(1)
    expect(second.session_token).not.toBe(first.session_token)
  })

  it('adds the factor to an existing session instead of starting another', async () => {
    const { organization, email } = await orgWithMember()
    const first = await authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: organization.organization_id }) })
    const second = await authenticateOauth(setup.ctx, {
      oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'github', email_address: email, organization_id: organization.organization_id }),
      session_token: first.session_token,
    })
    expect(second.member_session?.member_session_id).toBe(first.member_session?.member_session_id)
    expect(second.member_session?.authentication_factors.map((f) => f.delivery_method).sort()).toEqual(['oauth_github', 'oauth_google'])
  })

  it('provisions members just in time only when the organization allows it', async () => {
    const closed = await createOrganization(setup.ctx, { organization_name: `Closed ${unique()}` })
    const email = `new-${unique()}@jit.example`
    const denied = await apiError(authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: closed.organization.organization_id }) }))
    expect(denied).toMatchObject({ status: 403, code: 'jit_provisioning_not_allowed' })

    const open = await createOrganization(setup.ctx, { organization_name: `Open ${unique()}`, email_jit_provisioning: 'RESTRICTED', email_allowed_domains: ['jit.example'] })
    const res = await authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: open.organization.organization_id, name: 'New Person' }) })
    expect(res.member).toMatchObject({ email_address: email, status: 'active', name: 'New Person' })
    expect(res.member_authenticated).toBe(true)

    const tenantOrg = await createOrganization(setup.ctx, {
      organization_name: `Tenant ${unique()}`,
      oauth_tenant_jit_provisioning: 'RESTRICTED',
      allowed_oauth_tenants: { slack: ['T0001'] },
    })
    const other = await apiError(
      authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'slack', email_address: email, organization_id: tenantOrg.organization.organization_id, provider_tenant_id: 'T9999' }) }),
    )
    expect(other.code).toBe('jit_provisioning_not_allowed')
    const slack = await authenticateOauth(setup.ctx, {
      oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'slack', email_address: email, organization_id: tenantOrg.organization.organization_id, provider_tenant_id: 'T0001' }),
    })
    expect(slack.member_session?.authentication_factors[0]?.delivery_method).toBe('oauth_slack')
  })

  it('refuses a provider the organization does not allow', async () => {
    const { organization, email } = await orgWithMember({ auth_methods: 'RESTRICTED', allowed_auth_methods: ['magic_link', 'github_oauth'] })
    const error = await apiError(authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: organization.organization_id }) }))
    expect(error).toMatchObject({ status: 403, code: 'auth_method_not_allowed' })
    const ok = await authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'github', email_address: email, organization_id: organization.organization_id }) })
    expect(ok.member_authenticated).toBe(true)
  })

  it('answers an intermediate session when the organization requires MFA', async () => {
    const { organization, member, email } = await orgWithMember({ mfa_policy: 'REQUIRED_FOR_ALL' })
    const res = await authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'hubspot', email_address: email, organization_id: organization.organization_id }) })
    expect(res).toMatchObject({ member_id: member.member_id, member_authenticated: false, session_token: '', session_jwt: '' })
    expect(res.intermediate_session_token).not.toBe('')
    expect(res.mfa_required?.member_options).toEqual({ mfa_phone_number: '', totp_registration_id: '' })
    expect(res.member_session).toBeUndefined()
  })

  it('checks PKCE: a failed attempt leaves the token usable, the right verifier consumes it', async () => {
    const { organization, email } = await orgWithMember()
    const verifier = 'v'.repeat(50)
    const challenge = createHash('sha256').update(verifier).digest('base64url')
    const oauth_token = await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: organization.organization_id, pkce_code_challenge: challenge })
    expect(await apiError(authenticateOauth(setup.ctx, { oauth_token }))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(authenticateOauth(setup.ctx, { oauth_token, pkce_code_verifier: 'w'.repeat(50) }))).toMatchObject({ status: 400, code: 'pkce_mismatch' })
    const ok = await authenticateOauth(setup.ctx, { oauth_token, pkce_code_verifier: verifier })
    expect(ok.member_authenticated).toBe(true)
  })

  it('PKCE round trip: any verifier authenticates against its own S256 challenge (property)', async () => {
    const { organization, email } = await orgWithMember()
    const verifierChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~'.split(''))
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: verifierChars, minLength: 43, maxLength: 128 }), async (verifier) => {
        const challenge = createHash('sha256').update(verifier).digest('base64url')
        const oauth_token = await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: organization.organization_id, pkce_code_challenge: challenge })
        const res = await authenticateOauth(setup.ctx, { oauth_token, pkce_code_verifier: verifier })
        return res.member_authenticated && res.session_token !== ''
      }),
      { numRuns: 15 },
    )
  })

  it('expires tokens after ten minutes', async () => {
    const { organization, email } = await orgWithMember()
    const oauth_token = await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: organization.organization_id })
    skewMs = 11 * 60_000
    try {
      expect(await apiError(authenticateOauth(setup.ctx, { oauth_token }))).toMatchObject({ status: 401, code: 'oauth_token_expired' })
    } finally {
      skewMs = 0
    }
  })

  it('validates the emulator token route', async () => {
    const { organization } = await orgWithMember()
    expect((await emulatorPost(setup.emulator, '/emulator/oauth/token', { provider: 'myspace', email_address: 'a@example.com', organization_id: organization.organization_id })).json).toMatchObject({ status_code: 400, error_type: 'invalid_request' })
    expect((await emulatorPost(setup.emulator, '/emulator/oauth/token', { provider: 'google', email_address: 'a@example.com' })).json['error_message']).toMatch(/organization_id/)
    expect((await emulatorPost(setup.emulator, '/emulator/oauth/token', { provider: 'google', email_address: 'a@example.com', organization_id: 'organization-test-missing' })).status).toBe(404)
    expect((await emulatorPost(setup.emulator, '/emulator/oauth/token', { provider: 'google', email_address: 'not-an-email', organization_id: organization.organization_id })).status).toBe(400)
  })
})

describe('OAuth discovery authenticate', () => {
  it('returns an intermediate session and the organizations of the email', async () => {
    const email = `disc-${unique()}@example.com`
    const { organization } = await orgWithMember({}, email)
    const second = await orgWithMember({ mfa_policy: 'REQUIRED_FOR_ALL' }, email)
    const discovery_oauth_token = await mintToken(setup.emulator, 'oauth', { provider: 'microsoft', email_address: email, discovery: true, provider_tenant_id: 'tenant-1' })
    // A discovery token is not an organization token.
    expect(await apiError(authenticateOauth(setup.ctx, { oauth_token: discovery_oauth_token }))).toMatchObject({ status: 404 })
    const res = await authenticateOauthDiscovery(setup.ctx, { discovery_oauth_token })
    expect(res).toMatchObject({ email_address: email, provider_type: 'microsoft', provider_tenant_id: 'tenant-1', provider_tenant_ids: ['tenant-1'] })
    expect(res.intermediate_session_token).not.toBe('')
    const byOrg = new Map(res.discovered_organizations.map((d) => [d.organization?.organization_id, d]))
    expect(byOrg.get(organization.organization_id)).toMatchObject({ member_authenticated: true, membership: { type: 'active_member' } })
    expect(byOrg.get(second.organization.organization_id)).toMatchObject({ member_authenticated: false, mfa_required: expect.any(Object) })
    expect(await apiError(authenticateOauthDiscovery(setup.ctx, { discovery_oauth_token }))).toMatchObject({ status: 404, code: 'oauth_token_not_found' })
  })
})
