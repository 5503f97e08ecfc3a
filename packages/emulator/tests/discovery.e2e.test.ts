// End-to-end tests of the `discovery` routes (`Discovery.*`): the library's functions over HTTP
// against an emulator. Intermediate sessions come from discovery magic links.
import { describe, expect, it } from 'vitest'
import {
  authenticateMagicLink,
  authenticateMagicLinkDiscovery,
  createDiscoveryOrganization,
  type CreateDiscoveryOrganizationParams,
  exchangeDiscoveryIntermediateSession,
  inviteMagicLinkEmail,
  listDiscoveryOrganizations,
  sendMagicLinkEmailDiscovery,
} from 'stytch-b2b'
import { apiError, lastToken, useEmulator } from './harness.js'

const setup = useEmulator('discovery')

let counter = 0
const unique = (): number => ++counter

/** A discovery intermediate session token for `email` (via a discovery magic link). */
async function discoveryIst(email: string): Promise<string> {
  await sendMagicLinkEmailDiscovery(setup.ctx, { email_address: email })
  return (await authenticateMagicLinkDiscovery(setup.ctx, { discovery_magic_links_token: lastToken(setup.emulator, email, 'discovery') })).intermediate_session_token
}

async function newOrganization(founder: string, settings: Partial<CreateDiscoveryOrganizationParams> = {}) {
  const created = await createDiscoveryOrganization(setup.ctx, { intermediate_session_token: await discoveryIst(founder), organization_name: `Disco ${unique()}`, ...settings })
  return { org: created.organization!, created }
}

describe('create organization', () => {
  it('creates the organization and its founder as an active stytch_admin with a session, using the intermediate session up', async () => {
    const email = `founder${unique()}@found.test`
    const ist = await discoveryIst(email)
    const created = await createDiscoveryOrganization(setup.ctx, {
      intermediate_session_token: ist,
      organization_name: 'Acme Rockets',
      organization_slug: `acme-${unique()}`,
      email_allowed_domains: ['Found.test'],
      session_duration_minutes: 120,
      session_custom_claims: { tier: 'gold' },
    })
    expect(created.organization).toMatchObject({ organization_name: 'Acme Rockets', email_allowed_domains: ['found.test'] })
    expect(created.member).toMatchObject({ email_address: email, status: 'active', is_admin: true, email_address_verified: true, organization_id: created.organization!.organization_id })
    expect(created.member.roles.map((r) => r.role_id).sort()).toEqual(['stytch_admin', 'stytch_member'])
    expect(created).toMatchObject({ member_authenticated: true, intermediate_session_token: '' })
    expect(created.member_session?.roles).toContain('stytch_admin')
    expect(created.member_session?.custom_claims).toEqual({ tier: 'gold' })
    const lifetime = Date.parse(created.member_session!.expires_at) - Date.parse(created.member_session!.started_at)
    expect(lifetime).toBe(120 * 60_000)

    const reused = await apiError(createDiscoveryOrganization(setup.ctx, { intermediate_session_token: ist, organization_name: 'Twice' }))
    expect(reused).toMatchObject({ status: 404, code: 'intermediate_session_not_found' })
  })

  it('names the organization after the email domain when no name is given, and refuses a used slug without consuming the token', async () => {
    const email = `named${unique()}@domain-name.test`
    const first = await newOrganization(email, { organization_slug: `taken-${counter}` })
    const ist = await discoveryIst(email)
    const taken = await apiError(createDiscoveryOrganization(setup.ctx, { intermediate_session_token: ist, organization_slug: first.org.organization_slug }))
    expect(taken).toMatchObject({ status: 400, code: 'organization_slug_already_used' })
    const created = await createDiscoveryOrganization(setup.ctx, { intermediate_session_token: ist })
    expect(created.organization?.organization_name).toBe('domain-name.test')
  })

  it('answers an intermediate session when the new organization requires MFA', async () => {
    const { created } = await newOrganization(`mfa${unique()}@found.test`, { mfa_policy: 'REQUIRED_FOR_ALL' })
    expect(created).toMatchObject({ member_authenticated: false, session_token: '', session_jwt: '' })
    expect(created.intermediate_session_token).not.toBe('')
    expect(created.mfa_required).toBeDefined()
    expect(created.member.status).toBe('active')
  })

  it('rejects an unknown intermediate session and invalid settings', async () => {
    expect(await apiError(createDiscoveryOrganization(setup.ctx, { intermediate_session_token: 'nope', organization_name: 'X' }))).toMatchObject({ status: 404, code: 'intermediate_session_not_found' })
    const ist = await discoveryIst(`bad${unique()}@found.test`)
    expect(await apiError(createDiscoveryOrganization(setup.ctx, { intermediate_session_token: ist, organization_name: 'X', mfa_policy: 'SOMETIMES' }))).toMatchObject({
      status: 400,
      code: 'invalid_request',
    })
    // The failed request changed nothing: the token still works.
    expect((await createDiscoveryOrganization(setup.ctx, { intermediate_session_token: ist, organization_name: 'Fine' })).member_authenticated).toBe(true)
  })
})

describe('list organizations', () => {
  it('lists memberships and domain-joinable organizations for an intermediate session, without using it up', async () => {
    const email = `lister${unique()}@list.test`
    const { org: own } = await newOrganization(email)
    const { org: invitedTo } = await newOrganization(`host${unique()}@host.test`)
    await inviteMagicLinkEmail(setup.ctx, { organization_id: invitedTo.organization_id, email_address: email })
    const { org: joinable } = await newOrganization(`j${unique()}@list.test`, { email_jit_provisioning: 'RESTRICTED', email_allowed_domains: ['list.test'] })
    const { org: mfa } = await newOrganization(`m${unique()}@host.test`, { mfa_policy: 'REQUIRED_FOR_ALL' })
    await inviteMagicLinkEmail(setup.ctx, { organization_id: mfa.organization_id, email_address: email })

    const ist = await discoveryIst(email)
    const listed = await listDiscoveryOrganizations(setup.ctx, { intermediate_session_token: ist })
    const again = await listDiscoveryOrganizations(setup.ctx, { intermediate_session_token: ist })
    expect(again.discovered_organizations).toHaveLength(listed.discovered_organizations.length)
    expect(listed.email_address).toBe(email)
    const byOrg = new Map(listed.discovered_organizations.map((d) => [d.organization!.organization_id, d]))
    expect(byOrg.get(own.organization_id)).toMatchObject({ member_authenticated: true, membership: { type: 'active_member' } })
    expect(byOrg.get(invitedTo.organization_id)).toMatchObject({ membership: { type: 'invited_member' } })
    expect(byOrg.get(joinable.organization_id)).toMatchObject({ member_authenticated: false, membership: { type: 'eligible_to_join_by_email_domain', details: { domain: 'list.test' } } })
    expect(byOrg.get(mfa.organization_id)).toMatchObject({ member_authenticated: false, membership: { type: 'invited_member' } })
    expect(byOrg.get(mfa.organization_id)?.mfa_required).toBeDefined()
  })

  it('lists memberships only for a member session (token or JWT), with the session organization as hint', async () => {
    const email = `sess${unique()}@sesslist.test`
    const { org, created } = await newOrganization(email)
    await newOrganization(`other${unique()}@sesslist.test`, { email_jit_provisioning: 'RESTRICTED', email_allowed_domains: ['sesslist.test'] })
    for (const params of [{ session_token: created.session_token }, { session_jwt: created.session_jwt }]) {
      const listed = await listDiscoveryOrganizations(setup.ctx, params)
      expect(listed).toMatchObject({ email_address: email, organization_id_hint: org.organization_id })
      expect(listed.discovered_organizations.map((d) => d.membership?.type)).toEqual(['active_member'])
    }
  })

  it('needs exactly one credential, and a live one', async () => {
    const { created } = await newOrganization(`one${unique()}@found.test`)
    expect(await apiError(listDiscoveryOrganizations(setup.ctx, {}))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(listDiscoveryOrganizations(setup.ctx, { session_token: created.session_token, session_jwt: created.session_jwt }))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(listDiscoveryOrganizations(setup.ctx, { session_token: 'gone' }))).toMatchObject({ status: 404, code: 'session_not_found' })
    expect(await apiError(listDiscoveryOrganizations(setup.ctx, { intermediate_session_token: 'gone' }))).toMatchObject({ status: 404, code: 'intermediate_session_not_found' })
  })
})

describe('exchange intermediate session', () => {
  it('enters an organization where the email is invited: the member becomes active, the token is used up', async () => {
    const email = `guest${unique()}@guest.test`
    const { org } = await newOrganization(`host${unique()}@host.test`)
    const invited = await inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: email })
    const ist = await discoveryIst(email)
    const exchanged = await exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: ist, organization_id: org.organization_id, session_custom_claims: { via: 'discovery' } })
    expect(exchanged).toMatchObject({ member_id: invited.member_id, member_authenticated: true, member: { status: 'active' }, organization: { organization_id: org.organization_id } })
    expect(exchanged.member_session?.authentication_factors.map((f) => f.type)).toEqual(['magic_link'])
    expect(exchanged.member_session?.custom_claims).toEqual({ via: 'discovery' })
    const reused = await apiError(exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: ist, organization_id: org.organization_id }))
    expect(reused).toMatchObject({ status: 404, code: 'intermediate_session_not_found' })
  })

  it('creates a member in an organization joinable by email domain, and refuses other organizations', async () => {
    const email = `joiner${unique()}@join.test`
    const { org: open } = await newOrganization(`a${unique()}@join.test`, { email_jit_provisioning: 'RESTRICTED', email_allowed_domains: ['join.test'] })
    const { org: closed } = await newOrganization(`b${unique()}@join.test`)
    const ist = await discoveryIst(email)
    const refused = await apiError(exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: ist, organization_id: closed.organization_id }))
    expect(refused).toMatchObject({ status: 403, code: 'email_jit_provisioning_not_allowed' })
    const joined = await exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: ist, organization_id: open.organization_id })
    expect(joined.member).toMatchObject({ email_address: email, status: 'active', is_admin: false })
    expect(joined.session_token).not.toBe('')
    const missing = await apiError(exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: await discoveryIst(email), organization_id: 'organization-test-missing' }))
    expect(missing).toMatchObject({ status: 404, code: 'organization_not_found' })
  })

  it('answers a new intermediate session for an organization that requires MFA, usable for another organization', async () => {
    const email = `strict${unique()}@strict.test`
    const { org: strict } = await newOrganization(`s${unique()}@host.test`, { mfa_policy: 'REQUIRED_FOR_ALL' })
    const { org: relaxed } = await newOrganization(`r${unique()}@host.test`)
    await inviteMagicLinkEmail(setup.ctx, { organization_id: strict.organization_id, email_address: email })
    await inviteMagicLinkEmail(setup.ctx, { organization_id: relaxed.organization_id, email_address: email })
    const pending = await exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: await discoveryIst(email), organization_id: strict.organization_id })
    expect(pending).toMatchObject({ member_authenticated: false, session_token: '' })
    expect(pending.intermediate_session_token).not.toBe('')
    // The MFA intermediate session still names the email, so it can enter another organization.
    const entered = await exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: pending.intermediate_session_token, organization_id: relaxed.organization_id })
    expect(entered).toMatchObject({ member_authenticated: true, organization: { organization_id: relaxed.organization_id } })
    const reused = await apiError(exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: pending.intermediate_session_token, organization_id: relaxed.organization_id }))
    expect(reused).toMatchObject({ status: 404, code: 'intermediate_session_not_found' })
  })

  it('works with an invite accepted by magic link afterwards too (a member active in two organizations)', async () => {
    const email = `two${unique()}@two.test`
    const { org: first } = await newOrganization(email)
    const { org: second } = await newOrganization(`h${unique()}@host.test`)
    await inviteMagicLinkEmail(setup.ctx, { organization_id: second.organization_id, email_address: email })
    await authenticateMagicLink(setup.ctx, { magic_links_token: lastToken(setup.emulator, email, 'invite') })
    const listed = await listDiscoveryOrganizations(setup.ctx, { intermediate_session_token: await discoveryIst(email) })
    const ids = listed.discovered_organizations.filter((d) => d.membership?.type === 'active_member').map((d) => d.organization!.organization_id)
    expect(ids.sort()).toEqual([first.organization_id, second.organization_id].sort())
  })
})
