// End-to-end tests of the `magic_links` routes (`MagicLinks.*`): the library's functions over HTTP
// against an emulator. Organizations are created through discovery, so the file needs no other group.
import { createHash, randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  authenticateMagicLink,
  authenticateMagicLinkDiscovery,
  createDiscoveryOrganization,
  type CreateDiscoveryOrganizationParams,
  inviteMagicLinkEmail,
  loginOrSignupMagicLinkEmail,
  sendMagicLinkEmailDiscovery,
} from 'stytch-b2b'
import { apiError, lastToken, useEmulator } from './harness.js'

let clockOffset = 0
const setup = useEmulator('magicLinks', { now: () => Date.now() + clockOffset })
afterEach(() => {
  clockOffset = 0
})

let counter = 0
const unique = (): number => ++counter

/** A new organization founded (through discovery) by `founder`, who gets an admin session. */
async function newOrganization(founder: string, settings: Partial<CreateDiscoveryOrganizationParams> = {}) {
  await sendMagicLinkEmailDiscovery(setup.ctx, { email_address: founder })
  const { intermediate_session_token } = await authenticateMagicLinkDiscovery(setup.ctx, { discovery_magic_links_token: lastToken(setup.emulator, founder, 'discovery') })
  const created = await createDiscoveryOrganization(setup.ctx, { intermediate_session_token, organization_name: `Magic ${unique()}`, ...settings })
  return { org: created.organization!, founder: created.member, session_token: created.session_token }
}

describe('login_or_signup and authenticate', () => {
  it('sends an existing member a login link whose token authenticates once', async () => {
    const email = `founder${unique()}@magic.test`
    const { org, founder } = await newOrganization(email)
    const sent = await loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: email, login_redirect_url: 'https://app.example/login?from=mail' })
    expect(sent).toMatchObject({ member_id: founder.member_id, member_created: false, organization: { organization_id: org.organization_id } })
    const [mail] = setup.emulator.outbox({ to: email, template: 'login' }).slice(-1)
    expect(mail?.link).toMatch(/^https:\/\/app\.example\/login\?from=mail&stytch_token_type=multi_tenant_magic_links&token=/)
    expect(mail?.link).toContain(encodeURIComponent(mail!.token!).replace(/%20/g, '+'))

    const auth = await authenticateMagicLink(setup.ctx, { magic_links_token: mail!.token!, session_duration_minutes: 30, session_custom_claims: { plan: 'pro' } })
    expect(auth).toMatchObject({ member_id: founder.member_id, organization_id: org.organization_id, member_authenticated: true, intermediate_session_token: '', reset_sessions: false })
    expect(auth.session_token).not.toBe('')
    expect(auth.session_jwt.split('.')).toHaveLength(3)
    expect(auth.member_session?.custom_claims).toEqual({ plan: 'pro' })
    expect(auth.member_session?.authentication_factors.map((f) => f.type)).toContain('magic_link')
    expect(auth.method_id).toMatch(/^email-test-/)

    const again = await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: mail!.token! }))
    expect(again).toMatchObject({ status: 404, code: 'magic_link_not_found' })
  })

  it('signs up an unknown email by domain when the organization allows it, as a pending member', async () => {
    const { org } = await newOrganization(`owner${unique()}@jit.test`, { email_jit_provisioning: 'RESTRICTED', email_allowed_domains: ['jit.test'] })
    const newcomer = `New.Comer${unique()}@JIT.test`
    const sent = await loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: newcomer, signup_redirect_url: 'https://app.example/signup' })
    expect(sent.member_created).toBe(true)
    expect(sent.member).toMatchObject({ status: 'pending', email_address: newcomer.toLowerCase(), email_address_verified: false })
    const [mail] = setup.emulator.outbox({ to: newcomer.toLowerCase(), template: 'signup' })
    expect(mail?.link).toMatch(/^https:\/\/app\.example\/signup\?stytch_token_type=multi_tenant_magic_links&token=/)
    // A pending member asking again gets another signup link, not a second member.
    const repeat = await loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: newcomer })
    expect(repeat).toMatchObject({ member_created: false, member_id: sent.member_id })
    const auth = await authenticateMagicLink(setup.ctx, { magic_links_token: lastToken(setup.emulator, newcomer.toLowerCase(), 'signup') })
    expect(auth.member).toMatchObject({ status: 'active', email_address_verified: true })
    // The earlier signup link still works once: links are single-use, not one per member.
    const first = await authenticateMagicLink(setup.ctx, { magic_links_token: mail!.token! })
    expect(first.member_id).toBe(sent.member_id)

    const outsider = await apiError(loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: `x${unique()}@elsewhere.test` }))
    expect(outsider).toMatchObject({ status: 403, code: 'email_jit_provisioning_not_allowed' })
  })

  it('refuses unknown emails of an organization without JIT provisioning, and unknown organizations', async () => {
    const { org } = await newOrganization(`closed${unique()}@closed.test`, { email_allowed_domains: ['closed.test'] })
    const refused = await apiError(loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: `someone${unique()}@closed.test` }))
    expect(refused).toMatchObject({ status: 403, code: 'email_jit_provisioning_not_allowed' })
    expect(refused.message).toContain('NOT_ALLOWED')
    const missing = await apiError(loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: 'organization-test-missing', email_address: 'a@b.test' }))
    expect(missing).toMatchObject({ status: 404, code: 'organization_not_found' })
    const badUrl = await apiError(loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: 'a@closed.test', login_redirect_url: 'not a url' }))
    expect(badUrl).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(badUrl.message).toContain('login_redirect_url')
  })

  it('refuses magic links where the organization restricts auth methods to others', async () => {
    const email = `restricted${unique()}@magic.test`
    const { org } = await newOrganization(email, { auth_methods: 'RESTRICTED', allowed_auth_methods: ['password'] })
    const error = await apiError(loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: email }))
    expect(error).toMatchObject({ status: 403, code: 'auth_method_not_allowed' })
  })

  it('checks the PKCE code verifier, and a failed attempt does not use the token up', async () => {
    const email = `pkce${unique()}@magic.test`
    const { org } = await newOrganization(email)
    const verifier = randomBytes(32).toString('base64url')
    const challenge = createHash('sha256').update(verifier).digest('base64url')
    await loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: email, pkce_code_challenge: challenge })
    const token = lastToken(setup.emulator, email, 'login')
    expect(await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: token }))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: token, pkce_code_verifier: 'wrong' }))).toMatchObject({ status: 400, code: 'pkce_mismatch' })
    const auth = await authenticateMagicLink(setup.ctx, { magic_links_token: token, pkce_code_verifier: verifier })
    expect(auth.member_authenticated).toBe(true)
  })

  it('expires login links after 60 minutes', async () => {
    const email = `expiry${unique()}@magic.test`
    const { org } = await newOrganization(email)
    await loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: email })
    await loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: email })
    const [older, newer] = setup.emulator.outbox({ to: email, template: 'login' }).slice(-2)
    clockOffset = 59 * 60_000
    expect((await authenticateMagicLink(setup.ctx, { magic_links_token: older!.token! })).member_authenticated).toBe(true)
    clockOffset = 61 * 60_000
    expect(await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: newer!.token! }))).toMatchObject({ status: 401, code: 'magic_link_expired' })
  })

  it('yields an intermediate session when the organization requires MFA', async () => {
    const email = `mfa${unique()}@magic.test`
    const { org } = await newOrganization(email, { mfa_policy: 'REQUIRED_FOR_ALL' })
    await loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: email })
    const auth = await authenticateMagicLink(setup.ctx, { magic_links_token: lastToken(setup.emulator, email, 'login') })
    expect(auth).toMatchObject({ member_authenticated: false, session_token: '', session_jwt: '' })
    expect(auth.intermediate_session_token).not.toBe('')
    expect(auth.member_session).toBeUndefined()
    expect(auth.mfa_required).toBeDefined()
  })

  it('answers unknown tokens with 404 whatever their text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 60 }), async (token) => {
        const error = await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: token }))
        expect(error).toMatchObject({ status: 404, code: 'magic_link_not_found' })
      }),
      { numRuns: 25 },
    )
  })
})

describe('invite', () => {
  it('invites a new member, who becomes active by the link; active members cannot be re-invited', async () => {
    const { org, founder } = await newOrganization(`inviter${unique()}@magic.test`)
    const invitee = `invitee${unique()}@magic.test`
    const invited = await inviteMagicLinkEmail(setup.ctx, {
      organization_id: org.organization_id,
      email_address: invitee,
      name: 'Ada',
      invited_by_member_id: founder.member_id,
      invite_redirect_url: 'https://app.example/invite',
      untrusted_metadata: { team: 'core' },
    })
    expect(invited.member).toMatchObject({ status: 'invited', name: 'Ada', untrusted_metadata: { team: 'core' }, email_address: invitee })
    const [mail] = setup.emulator.outbox({ to: invitee, template: 'invite' })
    expect(mail).toMatchObject({ organization_id: org.organization_id, member_id: invited.member_id })
    expect(mail?.link).toMatch(/^https:\/\/app\.example\/invite\?stytch_token_type=multi_tenant_magic_links&token=/)

    // Re-inviting an invited member updates it and sends a new link.
    const again = await inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: invitee, name: 'Ada L.' })
    expect(again).toMatchObject({ member_id: invited.member_id, member: { name: 'Ada L.', status: 'invited' } })
    expect(setup.emulator.outbox({ to: invitee, template: 'invite' })).toHaveLength(2)

    // An invited member asking for a link gets a signup link (it is not active yet).
    const signup = await loginOrSignupMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: invitee })
    expect(signup).toMatchObject({ member_created: false, member: { status: 'invited' } })
    expect(setup.emulator.outbox({ to: invitee, template: 'signup' })).toHaveLength(1)
    expect(setup.emulator.outbox({ to: invitee, template: 'login' })).toHaveLength(0)

    const auth = await authenticateMagicLink(setup.ctx, { magic_links_token: lastToken(setup.emulator, invitee, 'invite') })
    expect(auth.member).toMatchObject({ status: 'active', member_id: invited.member_id })
    const active = await apiError(inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: invitee }))
    expect(active).toMatchObject({ status: 400, code: 'member_already_active' })
  })

  it('keeps an invite valid for a week', async () => {
    const { org } = await newOrganization(`week${unique()}@magic.test`)
    const invitee = `weekly${unique()}@magic.test`
    await inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: invitee })
    await inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: invitee })
    const [older, newer] = setup.emulator.outbox({ to: invitee, template: 'invite' })
    clockOffset = 6 * 24 * 3_600_000
    expect((await authenticateMagicLink(setup.ctx, { magic_links_token: older!.token! })).member_authenticated).toBe(true)
    clockOffset = 8 * 24 * 3_600_000
    expect(await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: newer!.token! }))).toMatchObject({ status: 401, code: 'magic_link_expired' })
  })

  it('enforces stytch.member create for member-session authorization', async () => {
    const adminEmail = `admin${unique()}@magic.test`
    const { org, session_token: adminSession } = await newOrganization(adminEmail)
    const { session_token: otherOrgAdmin } = await newOrganization(`otheradmin${unique()}@magic.test`)
    // A plain member (stytch_member only) of the organization.
    const plainEmail = `plain${unique()}@magic.test`
    await inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: plainEmail })
    const plain = await authenticateMagicLink(setup.ctx, { magic_links_token: lastToken(setup.emulator, plainEmail, 'invite') })
    expect(plain.member.roles.map((r) => r.role_id)).toEqual(['stytch_member'])

    const denied = await apiError(
      inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: `d${unique()}@magic.test` }, { authorization: { session_token: plain.session_token } }),
    )
    expect(denied).toMatchObject({ status: 403, code: 'session_authorization_error' })
    const tenancy = await apiError(
      inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: `t${unique()}@magic.test` }, { authorization: { session_token: otherOrgAdmin } }),
    )
    expect(tenancy).toMatchObject({ status: 403, code: 'session_authorization_tenancy_error' })
    const allowedEmail = `allowed${unique()}@magic.test`
    const allowed = await inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: allowedEmail, roles: ['stytch_admin'] }, { authorization: { session_token: adminSession } })
    expect(allowed.member.roles.map((r) => r.role_id)).toContain('stytch_admin')
    // Denied calls changed nothing: no member, no email.
    expect(setup.emulator.outbox({ template: 'invite' }).filter((m) => /^(d|t)\d+@magic\.test$/.test(m.to))).toEqual([])
  })

  it('respects email_invites settings and validates roles', async () => {
    const { org: restricted } = await newOrganization(`r${unique()}@corp.test`, { email_invites: 'RESTRICTED', email_allowed_domains: ['corp.test'] })
    await inviteMagicLinkEmail(setup.ctx, { organization_id: restricted.organization_id, email_address: `ok${unique()}@corp.test` })
    const outside = await apiError(inviteMagicLinkEmail(setup.ctx, { organization_id: restricted.organization_id, email_address: `no${unique()}@gmail.test` }))
    expect(outside).toMatchObject({ status: 403, code: 'email_invites_not_allowed' })
    const { org: closed } = await newOrganization(`c${unique()}@corp.test`, { email_invites: 'NOT_ALLOWED' })
    expect(await apiError(inviteMagicLinkEmail(setup.ctx, { organization_id: closed.organization_id, email_address: `x${unique()}@corp.test` }))).toMatchObject({ code: 'email_invites_not_allowed' })
    const badRole = await apiError(inviteMagicLinkEmail(setup.ctx, { organization_id: restricted.organization_id, email_address: `y${unique()}@corp.test`, roles: ['no_such_role'] }))
    expect(badRole).toMatchObject({ status: 400, code: 'invalid_request' })
  })
})

describe('discovery send and authenticate', () => {
  it('authenticates a discovery link once and lists memberships and organizations joinable by domain', async () => {
    const email = `disc${unique()}@disco.test`
    const { org: mine } = await newOrganization(email)
    const { org: joinable } = await newOrganization(`boss${unique()}@disco.test`, { email_jit_provisioning: 'RESTRICTED', email_allowed_domains: ['disco.test'] })
    await sendMagicLinkEmailDiscovery(setup.ctx, { email_address: email, discovery_redirect_url: 'https://app.example/discover' })
    const [mail] = setup.emulator.outbox({ to: email, template: 'discovery' }).slice(-1)
    expect(mail?.link).toMatch(/^https:\/\/app\.example\/discover\?stytch_token_type=discovery&token=/)
    const result = await authenticateMagicLinkDiscovery(setup.ctx, { discovery_magic_links_token: mail!.token! })
    expect(result.email_address).toBe(email)
    expect(result.intermediate_session_token).not.toBe('')
    const byOrg = new Map(result.discovered_organizations.map((d) => [d.organization?.organization_id, d.membership?.type]))
    expect(byOrg.get(mine.organization_id)).toBe('active_member')
    expect(byOrg.get(joinable.organization_id)).toBe('eligible_to_join_by_email_domain')
    expect(await apiError(authenticateMagicLinkDiscovery(setup.ctx, { discovery_magic_links_token: mail!.token! }))).toMatchObject({ status: 404, code: 'magic_link_not_found' })
  })

  it('keeps organization and discovery tokens apart, and checks PKCE', async () => {
    const email = `apart${unique()}@lonely.test`
    const verifier = 'v'.repeat(43)
    await sendMagicLinkEmailDiscovery(setup.ctx, { email_address: email, pkce_code_challenge: createHash('sha256').update(verifier).digest('base64url') })
    const token = lastToken(setup.emulator, email, 'discovery')
    expect(await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: token }))).toMatchObject({ status: 404, code: 'magic_link_not_found' })
    expect(await apiError(authenticateMagicLinkDiscovery(setup.ctx, { discovery_magic_links_token: token, pkce_code_verifier: 'x' }))).toMatchObject({ code: 'pkce_mismatch' })
    const result = await authenticateMagicLinkDiscovery(setup.ctx, { discovery_magic_links_token: token, pkce_code_verifier: verifier })
    expect(result.discovered_organizations).toEqual([])
  })

  it('rejects a malformed email address', async () => {
    const error = await apiError(sendMagicLinkEmailDiscovery(setup.ctx, { email_address: 'not-an-email' }))
    expect(error).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(error.message).toContain('email_address')
  })
})
