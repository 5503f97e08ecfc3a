// End-to-end tests of the `members` routes (`Organizations.Members.*`): the library's functions over
// HTTP against an emulator whose state file is seeded with what only other route groups could
// otherwise create: member sessions, a password, a TOTP registration, OAuth provider tokens and
// members in status `deleted`. OIDC provider tokens come from real SSO logins.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { createSession } from '../src/auth.js'
import { DEFAULT_POLICY, type Emulator } from '../src/core.js'
import { addMember, newMemberRecord, newOrganization } from '../src/model.js'
import { emptyState, type MemberRecord, type ProviderTokens } from '../src/state.js'
import {
  authenticateMagicLink,
  authenticateOtpEmail,
  authenticateSso,
  createMember,
  createOrganization,
  createSsoOidcConnection,
  dangerouslyGetMember,
  deleteMember,
  deleteMemberExternalId,
  deleteMemberMfaPhoneNumber,
  deleteMemberPassword,
  deleteMemberTotp,
  getMember,
  getMemberOauthProviderGithub,
  getMemberOauthProviderGoogle,
  getMemberOauthProviderHubspot,
  getMemberOauthProviderMicrosoft,
  getMemberOauthProviderSlack,
  getMemberOidcProviders,
  reactivateMember,
  searchMembers,
  startMemberEmailUpdate,
  unlinkMemberRetiredEmail,
  updateMember,
  updateSsoOidcConnection,
} from 'stytch-b2b'
import { apiError, lastToken, mintToken, useEmulator } from './harness.js'

const HOUR = 3_600_000

function tokens(subject: string, tenant = ''): ProviderTokens {
  return {
    provider_subject: subject,
    access_token: `access-${subject}`,
    refresh_token: `refresh-${subject}`,
    id_token: `id-${subject}`,
    scopes: ['openid', 'email'],
    expires_at: Date.now() + HOUR,
    provider_tenant_id: tenant,
  }
}

// ---- seed ------------------------------------------------------------------------------------
function seed() {
  const em: Emulator = { state: emptyState(structuredClone(DEFAULT_POLICY)), projectId: 'seed', secret: 'seed', now: Date.now, log: () => {} }
  const org = newOrganization(em, { organization_name: 'Members Seed', organization_slug: 'members-seed' })
  const other = newOrganization(em, { organization_name: 'Members Other', organization_slug: 'members-other' })
  em.state.organizations[org.organization_id] = org
  em.state.organizations[other.organization_id] = other
  const add = (o: typeof org, email: string, body: Record<string, unknown> = {}): MemberRecord => addMember(em, newMemberRecord(em, o, email, body, 'active'))
  const admin = add(org, 'admin@seed.test', { roles: ['stytch_admin'] })
  const plain = add(org, 'plain@seed.test')
  const reader = add(org, 'reader@seed.test')
  const peer = add(org, 'peer@seed.test', { roles: ['stytch_admin'] })
  const otherAdmin = add(other, 'admin@other.test', { roles: ['stytch_admin'] })
  const factors = add(org, 'factors@seed.test')
  factors.password = { hash: { type: 'bcrypt', hash: '$2b$10$abcdefghijklmnopqrstuv' }, requires_reset: false }
  factors.member.member_password_id = 'member-password-test-seeded'
  factors.totp = { totp_id: 'member-totp-test-seeded', secret: 'JBSWY3DPEHPK3PXP', verified: true, recovery_codes: ['aaaa-bbbb-cccc'] }
  factors.member.totp_registration_id = 'member-totp-test-seeded'
  factors.member.default_mfa_method = 'totp'
  const oauth = add(org, 'oauth@seed.test')
  oauth.providers = {
    google: tokens('google-sub'),
    microsoft: tokens('microsoft-sub', 'ms-tenant'),
    github: tokens('github-sub', 'gh-org'),
    hubspot: tokens('hubspot-sub', 'hub-portal'),
    slack: tokens('slack-sub', 'T0123'),
  }
  const verifiedDeleted = add(org, 'returning@seed.test')
  verifiedDeleted.member.status = 'deleted'
  verifiedDeleted.member.email_address_verified = true
  const unverifiedDeleted = add(org, 'unverified-deleted@seed.test')
  unverifiedDeleted.member.status = 'deleted'
  const session = (r: MemberRecord): string => createSession(em, r, [], {}).session_token
  const ids = {
    orgId: org.organization_id,
    otherOrgId: other.organization_id,
    adminId: admin.member.member_id,
    plainId: plain.member.member_id,
    readerId: reader.member.member_id,
    peerId: peer.member.member_id,
    factorsId: factors.member.member_id,
    oauthId: oauth.member.member_id,
    verifiedDeletedId: verifiedDeleted.member.member_id,
    unverifiedDeletedId: unverifiedDeleted.member.member_id,
    adminToken: session(admin),
    plainToken: session(plain),
    readerToken: session(reader),
    peerToken: session(peer),
    otherToken: session(otherAdmin),
  }
  const dir = mkdtempSync(join(tmpdir(), 'emulator-members-'))
  const path = join(dir, 'state.json')
  writeFileSync(path, JSON.stringify(em.state))
  return { dir, path, ...ids }
}

const s = seed()
let skewMs = 0
const setup = useEmulator('members', { dataPath: s.path, now: () => Date.now() + skewMs })
afterAll(() => rmSync(s.dir, { recursive: true, force: true }))

const sessionAlive = (token: string): boolean => Object.values(setup.emulator.snapshot().sessions).some((x) => x.session_token === token)
const asAdmin = { authorization: { session_token: s.adminToken } }
const asPlain = { authorization: { session_token: s.plainToken } }
const asOther = { authorization: { session_token: s.otherToken } }
let n = 0
const email = (name: string): string => `${name}-${++n}@seed.test`

describe('createMember', () => {
  it('creates an active member, or a pending one on request', async () => {
    const address = email('ada')
    const created = await createMember(setup.ctx, { organization_id: s.orgId, email_address: address.toUpperCase(), name: 'Ada', untrusted_metadata: { theme: 'dark' }, mfa_phone_number: '+12025550123' })
    expect(created.member_id).toMatch(/^member-test-/)
    expect(created.member).toMatchObject({ email_address: address, status: 'active', name: 'Ada', untrusted_metadata: { theme: 'dark' }, mfa_phone_number: '+12025550123', is_admin: false })
    expect(created.member.roles.map((r) => r.role_id)).toEqual(['stytch_member'])
    expect(created.organization.organization_id).toBe(s.orgId)
    const pending = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('pending'), create_member_as_pending: true, roles: ['stytch_admin'] })
    expect(pending.member.status).toBe('pending')
    expect(pending.member.is_admin).toBe(true)
  })

  it('refuses a duplicate email (case-insensitively), unknown roles and bad input', async () => {
    const address = email('dup')
    await createMember(setup.ctx, { organization_id: s.orgId, email_address: address })
    const dup = await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: address.toUpperCase() }))
    expect([dup.status, dup.code]).toEqual([400, 'duplicate_email'])
    // The same address is fine in another organization.
    expect((await createMember(setup.ctx, { organization_id: s.otherOrgId, email_address: address })).member.status).toBe('active')
    const role = await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: email('role'), roles: ['wizard'] }))
    expect([role.status, role.code]).toEqual([400, 'invalid_request'])
    expect(role.message).toContain('wizard')
    expect((await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: 'not-an-email' }))).message).toContain('email_address')
    expect((await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: email('phone'), mfa_phone_number: '555-1234' }))).message).toContain('mfa_phone_number')
    expect((await apiError(createMember(setup.ctx, { organization_id: 'organization-test-missing', email_address: email('x') }))).code).toBe('organization_not_found')
  })

  it('enforces member-session authorization headers', async () => {
    const ok = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('by-admin') }, asAdmin)
    expect(ok.member.status).toBe('active')
    const denied = await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: email('by-plain') }, asPlain))
    expect([denied.status, denied.code]).toEqual([403, 'session_authorization_error'])
    const tenancy = await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: email('by-other') }, asOther))
    expect([tenancy.status, tenancy.code]).toEqual([403, 'session_authorization_tenancy_error'])
  })
})

describe('getMember / dangerouslyGetMember', () => {
  it('finds a member by id or by email address', async () => {
    const byId = await getMember(setup.ctx, { organization_id: s.orgId, member_id: s.plainId })
    expect(byId.member.email_address).toBe('plain@seed.test')
    const byEmail = await getMember(setup.ctx, { organization_id: s.orgId, email_address: 'PLAIN@seed.test' })
    expect(byEmail.member_id).toBe(s.plainId)
    expect((await apiError(getMember(setup.ctx, { organization_id: s.orgId }))).status).toBe(400)
    expect((await apiError(getMember(setup.ctx, { organization_id: s.orgId, email_address: 'nobody@seed.test' }))).code).toBe('member_not_found')
    // A member of another organization is not found through this one.
    expect((await apiError(getMember(setup.ctx, { organization_id: s.otherOrgId, member_id: s.plainId }))).code).toBe('member_not_found')
    expect((await apiError(getMember(setup.ctx, { organization_id: s.orgId, member_id: s.verifiedDeletedId }))).code).toBe('member_not_found')
  })

  it('dangerously gets a member of any organization; deleted ones only with include_deleted', async () => {
    const got = await dangerouslyGetMember(setup.ctx, { member_id: s.plainId })
    expect(got.organization.organization_id).toBe(s.orgId)
    expect((await apiError(dangerouslyGetMember(setup.ctx, { member_id: s.unverifiedDeletedId }))).code).toBe('member_not_found')
    const deleted = await dangerouslyGetMember(setup.ctx, { member_id: s.unverifiedDeletedId, include_deleted: true })
    expect(deleted.member.status).toBe('deleted')
    expect((await apiError(dangerouslyGetMember(setup.ctx, { member_id: 'member-test-missing' }))).status).toBe(404)
  })
})

describe('updateMember', () => {
  it('changes only the fields present', async () => {
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('upd'), name: 'Old', trusted_metadata: { a: 1 } })
    const updated = await updateMember(setup.ctx, {
      organization_id: s.orgId,
      member_id: member.member_id,
      name: 'New',
      untrusted_metadata: { b: 2 },
      is_breakglass: true,
      mfa_enrolled: true,
      mfa_phone_number: '+14155550100',
      default_mfa_method: 'sms_otp',
      roles: ['stytch_admin'],
    })
    expect(updated.member).toMatchObject({ name: 'New', trusted_metadata: { a: 1 }, untrusted_metadata: { b: 2 }, is_breakglass: true, mfa_enrolled: true, mfa_phone_number: '+14155550100', default_mfa_method: 'sms_otp', is_admin: true })
    const got = await getMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id })
    expect(got.member).toEqual(updated.member)
    const phone = await apiError(updateMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, mfa_phone_number: '+14155550199' }))
    expect([phone.status, phone.code]).toEqual([400, 'member_phone_number_already_set'])
    expect((await apiError(updateMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, default_mfa_method: 'carrier_pigeon' }))).message).toContain('default_mfa_method')
    expect((await apiError(updateMember(setup.ctx, { organization_id: s.orgId, member_id: 'member-test-missing', name: 'x' }))).code).toBe('member_not_found')
  })

  it('retires the old address on an email change, and unlinking it frees it for reuse', async () => {
    const old = email('before')
    const next = email('after')
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: old })
    const updated = await updateMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, email_address: next })
    expect(updated.member.email_address).toBe(next)
    expect(updated.member.email_address_verified).toBe(false)
    expect(updated.member.retired_email_addresses.map((r) => r.email_address)).toEqual([old])
    // A retired address stays reserved within the organization.
    expect((await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: old }))).code).toBe('duplicate_email')
    expect((await apiError(updateMember(setup.ctx, { organization_id: s.orgId, member_id: s.plainId, email_address: next }))).code).toBe('duplicate_email')
    const retired = updated.member.retired_email_addresses[0]!
    const wrong = await apiError(unlinkMemberRetiredEmail(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, email_id: retired.email_id, email_address: 'someone-else@seed.test' }))
    expect([wrong.status, wrong.code]).toEqual([404, 'retired_email_not_found'])
    expect((await apiError(unlinkMemberRetiredEmail(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }))).status).toBe(400)
    const unlinked = await unlinkMemberRetiredEmail(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, email_id: retired.email_id })
    expect(unlinked.member.retired_email_addresses).toEqual([])
    expect(unlinked.organization_id).toBe(s.orgId)
    expect((await apiError(unlinkMemberRetiredEmail(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, email_id: retired.email_id }))).code).toBe('retired_email_not_found')
    expect((await createMember(setup.ctx, { organization_id: s.orgId, email_address: old })).member.email_address).toBe(old)
  })

  it('unlinks a retired email by address, with member-session authorization', async () => {
    const old = email('addr-old')
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: old })
    await updateMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, email_address: email('addr-new') })
    const denied = await apiError(unlinkMemberRetiredEmail(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, email_address: old }, asPlain))
    expect(denied.code).toBe('session_authorization_error')
    const ok = await unlinkMemberRetiredEmail(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, email_address: old.toUpperCase() }, asAdmin)
    expect(ok.member.retired_email_addresses).toEqual([])
  })

  it('lets a member update itself (stytch.self) but not another member', async () => {
    const self = await updateMember(setup.ctx, { organization_id: s.orgId, member_id: s.plainId, name: 'Plain Self' }, asPlain)
    expect(self.member.name).toBe('Plain Self')
    const denied = await apiError(updateMember(setup.ctx, { organization_id: s.orgId, member_id: s.adminId, name: 'Renamed' }, asPlain))
    expect([denied.status, denied.code]).toEqual([403, 'session_authorization_error'])
    const tenancy = await apiError(updateMember(setup.ctx, { organization_id: s.orgId, member_id: s.plainId, name: 'x' }, asOther))
    expect(tenancy.code).toBe('session_authorization_tenancy_error')
    const byAdmin = await updateMember(setup.ctx, { organization_id: s.orgId, member_id: s.plainId, name: 'Plain' }, asAdmin)
    expect(byAdmin.member.name).toBe('Plain')
    expect((await getMember(setup.ctx, { organization_id: s.orgId, member_id: s.adminId })).member.name).toBe('')
  })

  it("revokes the member's sessions when a role is taken away", async () => {
    expect(sessionAlive(s.peerToken)).toBe(true)
    const kept = await updateMember(setup.ctx, { organization_id: s.orgId, member_id: s.peerId, roles: ['stytch_admin'], name: 'Peer' })
    expect(kept.member.is_admin).toBe(true)
    expect(sessionAlive(s.peerToken)).toBe(true)
    const demoted = await updateMember(setup.ctx, { organization_id: s.orgId, member_id: s.peerId, roles: [] })
    expect(demoted.member.is_admin).toBe(false)
    expect(sessionAlive(s.peerToken)).toBe(false)
    const gone = await apiError(updateMember(setup.ctx, { organization_id: s.orgId, member_id: s.peerId, name: 'x' }, { authorization: { session_token: s.peerToken } }))
    expect(gone.status).toBe(401)
  })
})

describe('deleteMember / reactivateMember', () => {
  it('deletes a member as Stytch does: status deleted, hidden unless asked for, keeping its address', async () => {
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('del') })
    const denied = await apiError(deleteMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }, asPlain))
    expect(denied.code).toBe('session_authorization_error')
    expect((await apiError(deleteMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }, asOther))).code).toBe('session_authorization_tenancy_error')
    expect((await deleteMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }, asAdmin)).member_id).toBe(member.member_id)
    expect((await apiError(getMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }))).code).toBe('member_not_found')
    expect((await apiError(deleteMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }))).code).toBe('member_not_found')
    const kept = await dangerouslyGetMember(setup.ctx, { member_id: member.member_id, include_deleted: true })
    expect(kept.member.status).toBe('deleted')
    // Never verified, so it cannot be reactivated.
    expect((await apiError(reactivateMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }))).code).toBe('member_email_not_verified')
    // It keeps its address: a new member cannot take it.
    const taken = await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: member.email_address }))
    expect([taken.code, taken.message]).toEqual(['duplicate_email', expect.stringContaining('reactivate it instead')])
  })

  it('lets a member delete itself, which ends its sessions', async () => {
    expect(sessionAlive(s.plainToken)).toBe(true)
    await deleteMember(setup.ctx, { organization_id: s.orgId, member_id: s.plainId }, asPlain)
    expect(sessionAlive(s.plainToken)).toBe(false)
    expect((await apiError(dangerouslyGetMember(setup.ctx, { member_id: s.plainId }))).code).toBe('member_not_found')
    expect((await dangerouslyGetMember(setup.ctx, { member_id: s.plainId, include_deleted: true })).member.status).toBe('deleted')
  })

  it('reactivates pending and verified deleted members; active ones stay as they are', async () => {
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('react'), create_member_as_pending: true })
    const denied = await apiError(reactivateMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }, asOther))
    expect(denied.code).toBe('session_authorization_tenancy_error')
    expect((await reactivateMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }, asAdmin)).member.status).toBe('active')
    expect((await reactivateMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id })).member.status).toBe('active')
    const unverified = await apiError(reactivateMember(setup.ctx, { organization_id: s.orgId, member_id: s.unverifiedDeletedId }))
    expect([unverified.status, unverified.code]).toEqual([400, 'member_email_not_verified'])
    const back = await reactivateMember(setup.ctx, { organization_id: s.orgId, member_id: s.verifiedDeletedId })
    expect(back.member.status).toBe('active')
    expect((await getMember(setup.ctx, { organization_id: s.orgId, member_id: s.verifiedDeletedId })).member.status).toBe('active')
  })
})

describe('searchMembers', () => {
  it('filters members of the given organizations', async () => {
    const { organization } = await createOrganization(setup.ctx, { organization_name: 'Search Co', organization_slug: 'search-co', rbac_email_implicit_role_assignments: [{ domain: 'boss.test', role_id: 'stytch_admin' }] })
    const org = organization.organization_id
    const a = (await createMember(setup.ctx, { organization_id: org, email_address: 'alpha@search.test', is_breakglass: true, mfa_phone_number: '+12025550111' })).member
    const b = (await createMember(setup.ctx, { organization_id: org, email_address: 'bravo@search.test', create_member_as_pending: true })).member
    const c = (await createMember(setup.ctx, { organization_id: org, email_address: 'charlie@boss.test' })).member
    const search = async (operator: 'AND' | 'OR', operands: Record<string, unknown>[]): Promise<string[]> =>
      (await searchMembers(setup.ctx, { organization_ids: [org], query: { operator, operands } })).members.map((m) => m.member_id).sort()
    const sorted = (...ids: string[]): string[] => ids.sort()

    expect(await search('AND', [])).toEqual(sorted(a.member_id, b.member_id, c.member_id))
    expect(await search('AND', [{ filter_name: 'member_ids', filter_value: [a.member_id, s.adminId] }])).toEqual([a.member_id])
    expect(await search('AND', [{ filter_name: 'member_emails', filter_value: ['BRAVO@search.test'] }])).toEqual([b.member_id])
    expect(await search('AND', [{ filter_name: 'member_email_fuzzy', filter_value: 'search.t' }])).toEqual(sorted(a.member_id, b.member_id))
    expect(await search('AND', [{ filter_name: 'member_is_breakglass', filter_value: true }])).toEqual([a.member_id])
    expect(await search('AND', [{ filter_name: 'statuses', filter_value: ['pending'] }])).toEqual([b.member_id])
    expect(await search('AND', [{ filter_name: 'member_mfa_phone_numbers', filter_value: ['+12025550111'] }])).toEqual([a.member_id])
    expect(await search('AND', [{ filter_name: 'member_mfa_phone_number_fuzzy', filter_value: '5550111' }])).toEqual([a.member_id])
    expect(await search('AND', [{ filter_name: 'member_password_exists', filter_value: false }])).toEqual(sorted(a.member_id, b.member_id, c.member_id))
    // Roles include implicit (email-domain) assignments.
    expect(await search('AND', [{ filter_name: 'member_roles', filter_value: ['stytch_admin'] }])).toEqual([c.member_id])
    const both = [
      { filter_name: 'member_email_fuzzy', filter_value: 'search' },
      { filter_name: 'statuses', filter_value: ['active'] },
    ]
    expect(await search('AND', both)).toEqual([a.member_id])
    expect(await search('OR', both)).toEqual(sorted(a.member_id, b.member_id, c.member_id))

    const result = await searchMembers(setup.ctx, { organization_ids: [org, s.orgId], query: { operator: 'AND', operands: [{ filter_name: 'member_password_exists', filter_value: true }] } })
    expect(result.members.map((m) => m.member_id)).toEqual([s.factorsId])
    expect(Object.keys(result.organizations)).toEqual([s.orgId])
    expect(result.organizations[s.orgId]!.organization_slug).toBe('members-seed')
  })

  it('leaves deleted members out unless statuses asks for them', async () => {
    const all = (await searchMembers(setup.ctx, { organization_ids: [s.orgId] })).members
    expect(all.some((m) => m.status === 'deleted')).toBe(false)
    const deleted = await searchMembers(setup.ctx, { organization_ids: [s.orgId], query: { operator: 'AND', operands: [{ filter_name: 'statuses', filter_value: ['deleted'] }] } })
    expect(deleted.members.map((m) => m.member_id)).toContain(s.unverifiedDeletedId)
    expect(deleted.members.every((m) => m.status === 'deleted')).toBe(true)
  })

  it('pages with limit and cursor (property: each member exactly once)', async () => {
    const all = (await searchMembers(setup.ctx, { organization_ids: [s.orgId], limit: 1000 })).members.map((m) => m.member_id)
    expect(all.length).toBeGreaterThan(5)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 7 }), async (limit) => {
        const seen: string[] = []
        let cursor: string | undefined
        for (let page = 0; page < 100; page++) {
          const result = await searchMembers(setup.ctx, { organization_ids: [s.orgId], limit, ...(cursor !== undefined && { cursor }) })
          expect(result.results_metadata.total).toBe(all.length)
          seen.push(...result.members.map((m) => m.member_id))
          cursor = result.results_metadata.next_cursor
          if (!cursor) break
        }
        expect(seen).toEqual(all)
      }),
      { numRuns: 6 },
    )
  })

  it('validates the request and enforces member-session authorization headers', async () => {
    expect((await apiError(searchMembers(setup.ctx, { organization_ids: [] }))).message).toContain('organization_ids')
    expect((await apiError(searchMembers(setup.ctx, { organization_ids: ['organization-test-missing'] }))).code).toBe('organization_not_found')
    const unknown = await apiError(searchMembers(setup.ctx, { organization_ids: [s.orgId], query: { operator: 'AND', operands: [{ filter_name: 'member_shoe_size', filter_value: ['42'] }] } }))
    expect([unknown.status, unknown.code]).toEqual([400, 'invalid_search_query'])
    const status = await apiError(searchMembers(setup.ctx, { organization_ids: [s.orgId], query: { operator: 'AND', operands: [{ filter_name: 'statuses', filter_value: ['retired'] }] } }))
    expect(status.message).toContain('retired')
    const flag = await apiError(searchMembers(setup.ctx, { organization_ids: [s.orgId], query: { operator: 'AND', operands: [{ filter_name: 'member_is_breakglass', filter_value: 'yes' }] } }))
    expect(flag.message).toContain('boolean')

    const ok = await searchMembers(setup.ctx, { organization_ids: [s.orgId] }, asAdmin)
    expect(ok.members.length).toBeGreaterThan(0)
    const denied = await apiError(searchMembers(setup.ctx, { organization_ids: [s.orgId] }, { authorization: { session_token: s.readerToken } }))
    expect([denied.status, denied.code]).toEqual([403, 'session_authorization_error'])
    const tenancy = await apiError(searchMembers(setup.ctx, { organization_ids: [s.orgId, s.otherOrgId] }, asAdmin))
    expect([tenancy.status, tenancy.code]).toEqual([403, 'session_authorization_tenancy_error'])
    const foreign = await apiError(searchMembers(setup.ctx, { organization_ids: [s.otherOrgId] }, asAdmin))
    expect(foreign.code).toBe('session_authorization_tenancy_error')
  })
})

describe('deleting factors', () => {
  it('deletes a password by its id, once', async () => {
    const missing = await apiError(deleteMemberPassword(setup.ctx, { organization_id: s.orgId, member_password_id: 'member-password-test-nope' }))
    expect([missing.status, missing.code]).toEqual([404, 'member_password_not_found'])
    const done = await deleteMemberPassword(setup.ctx, { organization_id: s.orgId, member_password_id: 'member-password-test-seeded' }, asAdmin)
    expect(done.member_id).toBe(s.factorsId)
    expect(done.member.member_password_id).toBe('')
    expect(setup.emulator.snapshot().members[s.factorsId]!.password).toBeUndefined()
    expect((await apiError(deleteMemberPassword(setup.ctx, { organization_id: s.orgId, member_password_id: 'member-password-test-seeded' }))).code).toBe('member_password_not_found')
  })

  it('deletes the TOTP registration (idempotently) and its default-method choice', async () => {
    const denied = await apiError(deleteMemberTotp(setup.ctx, { organization_id: s.orgId, member_id: s.factorsId }, asOther))
    expect(denied.code).toBe('session_authorization_tenancy_error')
    const done = await deleteMemberTotp(setup.ctx, { organization_id: s.orgId, member_id: s.factorsId }, asAdmin)
    expect(done.member).toMatchObject({ totp_registration_id: '', default_mfa_method: '' })
    expect(setup.emulator.snapshot().members[s.factorsId]!.totp).toBeUndefined()
    expect((await deleteMemberTotp(setup.ctx, { organization_id: s.orgId, member_id: s.factorsId })).member.totp_registration_id).toBe('')
    expect((await apiError(deleteMemberTotp(setup.ctx, { organization_id: s.orgId, member_id: 'member-test-missing' }))).code).toBe('member_not_found')
  })

  it('deletes the MFA phone number, after which another can be set', async () => {
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('phone'), mfa_phone_number: '+12025550123' })
    const done = await deleteMemberMfaPhoneNumber(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }, asAdmin)
    expect(done.member).toMatchObject({ mfa_phone_number: '', mfa_phone_number_verified: false })
    const again = await updateMember(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, mfa_phone_number: '+12025550999' })
    expect(again.member.mfa_phone_number).toBe('+12025550999')
    const denied = await apiError(deleteMemberMfaPhoneNumber(setup.ctx, { organization_id: s.orgId, member_id: member.member_id }, { authorization: { session_token: s.otherToken } }))
    expect(denied.code).toBe('session_authorization_tenancy_error')
  })
})

describe('OAuth and OIDC provider tokens', () => {
  const ids = { organization_id: s.orgId, member_id: s.oauthId }

  it('returns the stored Google and Microsoft tokens, the refresh token only on request', async () => {
    const google = await getMemberOauthProviderGoogle(setup.ctx, ids)
    expect(google).toMatchObject({ provider_type: 'google', provider_subject: 'google-sub', access_token: 'access-google-sub', id_token: 'id-google-sub', scopes: ['openid', 'email'] })
    expect(google.refresh_token).toBeUndefined()
    expect(google.access_token_expires_in).toBeGreaterThan(3000)
    expect(google.access_token_expires_in).toBeLessThanOrEqual(3600)
    expect((await getMemberOauthProviderGoogle(setup.ctx, { ...ids, include_refresh_token: true })).refresh_token).toBe('refresh-google-sub')
    const microsoft = await getMemberOauthProviderMicrosoft(setup.ctx, { ...ids, include_refresh_token: true })
    expect(microsoft).toMatchObject({ provider_type: 'microsoft', provider_subject: 'microsoft-sub', access_token: 'access-microsoft-sub', refresh_token: 'refresh-microsoft-sub' })
  })

  it('lists GitHub, HubSpot and Slack registrations', async () => {
    const github = await getMemberOauthProviderGithub(setup.ctx, ids)
    expect(github.registrations).toEqual([{ provider_subject: 'github-sub', provider_tenant_ids: ['gh-org'], access_token: 'access-github-sub', scopes: ['openid', 'email'] }])
    const hubspot = await getMemberOauthProviderHubspot(setup.ctx, { ...ids, include_refresh_token: true })
    expect(hubspot.registrations[0]).toMatchObject({ provider_subject: 'hubspot-sub', provider_tenant_id: 'hub-portal', refresh_token: 'refresh-hubspot-sub' })
    const slack = await getMemberOauthProviderSlack(setup.ctx, ids)
    expect(slack.registrations[0]).toMatchObject({ provider_subject: 'slack-sub', provider_tenant_id: 'T0123', access_token: 'access-slack-sub', bot_access_token: '' })
  })

  it('answers a member without registrations with empty lists, or 404 for Google and Microsoft', async () => {
    const none = { organization_id: s.orgId, member_id: s.adminId }
    expect((await getMemberOauthProviderGithub(setup.ctx, none)).registrations).toEqual([])
    expect((await getMemberOauthProviderSlack(setup.ctx, none)).registrations).toEqual([])
    expect((await getMemberOauthProviderHubspot(setup.ctx, none)).registrations).toEqual([])
    expect((await getMemberOidcProviders(setup.ctx, none)).registrations).toEqual([])
    const google = await apiError(getMemberOauthProviderGoogle(setup.ctx, none))
    expect([google.status, google.code]).toEqual([404, 'oauth_provider_not_found'])
    expect((await apiError(getMemberOauthProviderMicrosoft(setup.ctx, none))).code).toBe('oauth_provider_not_found')
    const unknown = await apiError(getMemberOauthProviderGithub(setup.ctx, { organization_id: s.orgId, member_id: 'member-test-missing' }))
    expect([unknown.status, unknown.code]).toEqual([404, 'member_not_found'])
  })
})

describe('OIDC provider tokens from SSO logins', () => {
  /** An active OIDC connection of the seeded organization (custom scope `groups`). */
  async function oidcConnection(): Promise<string> {
    const { connection } = await createSsoOidcConnection(setup.ctx, { organization_id: s.orgId, display_name: `Members OIDC ${++n}` })
    const updated = await updateSsoOidcConnection(setup.ctx, {
      organization_id: s.orgId,
      connection_id: connection!.connection_id,
      client_id: 'client-1',
      client_secret: 'secret-1',
      issuer: 'https://idp.example.com',
      authorization_url: 'https://idp.example.com/authorize',
      token_url: 'https://idp.example.com/token',
      userinfo_url: 'https://idp.example.com/userinfo',
      jwks_url: 'https://idp.example.com/jwks',
      custom_scopes: 'groups',
    })
    expect(updated.connection?.status).toBe('active')
    return connection!.connection_id
  }

  it("keeps the tokens the IdP handed over at the member's last login through each connection", async () => {
    const connectionId = await oidcConnection()
    const ids = { organization_id: s.orgId, member_id: s.oauthId }
    expect((await getMemberOidcProviders(setup.ctx, ids)).registrations).toEqual([])
    const idp = { access_token: 'access-oidc-sub', refresh_token: 'refresh-oidc-sub', id_token: 'id-oidc-sub', scopes: ['openid', 'email'], expires_in: 1800 }
    await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: connectionId, email_address: 'oauth@seed.test', idp_subject: 'oidc-sub', ...idp }) })
    const oidc = await getMemberOidcProviders(setup.ctx, ids)
    expect(oidc.registrations).toEqual([
      { connection_id: connectionId, provider_subject: 'oidc-sub', id_token: 'id-oidc-sub', access_token: 'access-oidc-sub', access_token_expires_in: expect.any(Number), scopes: ['openid', 'email'] },
    ])
    expect(oidc.registrations[0]!.access_token_expires_in).toBeGreaterThan(1700)
    expect(oidc.registrations[0]!.access_token_expires_in).toBeLessThanOrEqual(1800)
    expect((await getMemberOidcProviders(setup.ctx, { ...ids, include_refresh_token: true })).registrations[0]!.refresh_token).toBe('refresh-oidc-sub')

    // A later login replaces the tokens of that connection; another connection adds its own.
    await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: connectionId, email_address: 'oauth@seed.test', idp_subject: 'oidc-sub', access_token: 'access-2' }) })
    const second = await oidcConnection()
    await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: second, email_address: 'oauth@seed.test', idp_subject: 'oidc-sub-2' }) })
    const both = await getMemberOidcProviders(setup.ctx, ids)
    expect(both.registrations.map((r) => [r.connection_id, r.provider_subject])).toEqual([
      [connectionId, 'oidc-sub'],
      [second, 'oidc-sub-2'],
    ])
    expect(both.registrations[0]!.access_token).toBe('access-2')
  })

  it('makes tokens up when the IdP stand-in is given none: scopes with the custom scopes, an ID token with the claims', async () => {
    const connectionId = await oidcConnection()
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('oidc'), name: 'Oidc Person' })
    await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: connectionId, email_address: member.email_address, idp_subject: 'idp-42' }) })
    const [registration] = (await getMemberOidcProviders(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, include_refresh_token: true })).registrations
    expect(registration).toMatchObject({ connection_id: connectionId, provider_subject: 'idp-42', scopes: ['openid', 'email', 'profile', 'groups'] })
    expect(registration!.access_token).toMatch(/^oidc-access-/)
    expect(registration!.refresh_token).toMatch(/^oidc-refresh-/)
    expect(registration!.access_token_expires_in).toBeGreaterThan(3500)
    const claims = JSON.parse(Buffer.from(registration!.id_token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
    expect(claims).toMatchObject({ iss: 'https://idp.example.com', aud: 'client-1', sub: 'idp-42', email: member.email_address, name: 'Oidc Person' })
  })
})

describe('startMemberEmailUpdate', () => {
  const asReader = { authorization: { session_token: s.readerToken } }

  it('emails a magic link to the new address; redeeming it moves the member there and starts a session', async () => {
    const old = email('move-old')
    const next = email('move-new')
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: old })
    const ids = { organization_id: s.orgId, member_id: member.member_id }
    const started = await startMemberEmailUpdate(setup.ctx, { ...ids, email_address: next.toUpperCase(), login_redirect_url: 'https://app.example.com/confirm' }, asAdmin)
    // Nothing changes until the new address is proven.
    expect(started).toMatchObject({ member_id: member.member_id, member: { email_address: old }, organization: { organization_id: s.orgId } })
    const [mail] = setup.emulator.outbox({ to: next, template: 'email_update' })
    expect(mail).toMatchObject({ channel: 'email', organization_id: s.orgId, member_id: member.member_id, token: expect.any(String) })
    expect(mail!.link).toBe(`https://app.example.com/confirm?stytch_token_type=multi_tenant_magic_links&token=${encodeURIComponent(mail!.token!)}`)
    expect(setup.emulator.outbox({ to: old })).toEqual([])
    expect((await getMember(setup.ctx, ids)).member.email_address).toBe(old)

    const done = await authenticateMagicLink(setup.ctx, { magic_links_token: mail!.token! })
    expect(done.member).toMatchObject({ member_id: member.member_id, email_address: next, email_address_verified: true })
    expect(done.member.retired_email_addresses.map((r) => r.email_address)).toEqual([old])
    expect(done.member_session?.authentication_factors[0]).toMatchObject({ type: 'magic_link', email_factor: { email_address: next } })
    expect(sessionAlive(done.session_token)).toBe(true)
    expect((await getMember(setup.ctx, ids)).member.email_address).toBe(next)
    expect(await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: mail!.token! }))).toMatchObject({ status: 404, code: 'magic_link_not_found' })
    // The old address stays reserved as a retired one.
    expect((await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: old }))).code).toBe('duplicate_email')
  })

  it('sends a passcode instead with EMAIL_OTP, which authenticateOtpEmail redeems with the new address', async () => {
    const old = email('otp-old')
    const next = email('otp-new')
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: old })
    await startMemberEmailUpdate(setup.ctx, { organization_id: s.orgId, member_id: member.member_id, email_address: next, delivery_method: 'EMAIL_OTP' })
    const [mail] = setup.emulator.outbox({ to: next, template: 'email_update' })
    expect(mail?.code).toMatch(/^\d{6}$/)
    expect(mail?.token).toBeUndefined()
    // The code works for the new address only.
    expect(await apiError(authenticateOtpEmail(setup.ctx, { organization_id: s.orgId, email_address: old, code: mail!.code! }))).toMatchObject({ status: 404, code: 'otp_code_not_found' })
    const done = await authenticateOtpEmail(setup.ctx, { organization_id: s.orgId, email_address: next, code: mail!.code! })
    expect(done.member).toMatchObject({ member_id: member.member_id, email_address: next, email_address_verified: true })
    expect(done.member.retired_email_addresses.map((r) => r.email_address)).toEqual([old])
    expect(done.member_session?.authentication_factors[0]).toMatchObject({ type: 'email_otp', email_factor: { email_address: next } })
  })

  it('keeps only the newest request, which expires after 5 minutes', async () => {
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('twice') })
    const ids = { organization_id: s.orgId, member_id: member.member_id }
    const first = email('first-choice')
    const second = email('second-choice')
    await startMemberEmailUpdate(setup.ctx, { ...ids, email_address: first })
    await startMemberEmailUpdate(setup.ctx, { ...ids, email_address: second })
    expect(await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: lastToken(setup.emulator, first, 'email_update') }))).toMatchObject({ status: 404 })
    skewMs = 6 * 60_000
    try {
      expect(await apiError(authenticateMagicLink(setup.ctx, { magic_links_token: lastToken(setup.emulator, second, 'email_update') }))).toMatchObject({ status: 401, code: 'magic_link_expired' })
    } finally {
      skewMs = 0
    }
    expect((await getMember(setup.ctx, ids)).member.email_address).toBe(member.email_address)
  })

  it('refuses an address another member uses, the current address and an unknown delivery method', async () => {
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('refuse') })
    const ids = { organization_id: s.orgId, member_id: member.member_id }
    expect(await apiError(startMemberEmailUpdate(setup.ctx, { ...ids, email_address: 'admin@seed.test' }))).toMatchObject({ status: 400, code: 'duplicate_email' })
    const same = await apiError(startMemberEmailUpdate(setup.ctx, { ...ids, email_address: member.email_address }))
    expect(same).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(same.message).toContain('email_address')
    const method = await apiError(startMemberEmailUpdate(setup.ctx, { ...ids, email_address: email('carrier'), delivery_method: 'PIGEON' }))
    expect(method.message).toContain('delivery_method')
    expect(await apiError(startMemberEmailUpdate(setup.ctx, { ...ids, member_id: 'member-test-missing', email_address: email('x') }))).toMatchObject({ status: 404, code: 'member_not_found' })
    // Nothing was sent for the refused requests.
    expect(setup.emulator.outbox({ template: 'email_update' }).filter((m) => m.member_id === member.member_id)).toEqual([])
  })

  it('lets a member start its own update (stytch.self), and an admin anyone’s in its organization', async () => {
    const self = await startMemberEmailUpdate(setup.ctx, { organization_id: s.orgId, member_id: s.readerId, email_address: email('reader-new') }, asReader)
    expect(self.member_id).toBe(s.readerId)
    const denied = await apiError(startMemberEmailUpdate(setup.ctx, { organization_id: s.orgId, member_id: s.adminId, email_address: email('hijack') }, asReader))
    expect([denied.status, denied.code]).toEqual([403, 'session_authorization_error'])
    const tenancy = await apiError(startMemberEmailUpdate(setup.ctx, { organization_id: s.orgId, member_id: s.readerId, email_address: email('tenancy') }, asOther))
    expect([tenancy.status, tenancy.code]).toEqual([403, 'session_authorization_tenancy_error'])
    expect(setup.emulator.outbox({ template: 'email_update' }).map((m) => m.to)).not.toContain(expect.stringMatching(/^(hijack|tenancy)-/))
  })
})

describe('member external ids', () => {
  const asReader = { authorization: { session_token: s.readerToken } }

  it('are set on create and update, unique within the organization, and shown only when set', async () => {
    const ext = `crm-${++n}`
    const created = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('ext'), external_id: ext })
    expect(created.member.external_id).toBe(ext)
    expect((await getMember(setup.ctx, { organization_id: s.orgId, member_id: created.member_id })).member.external_id).toBe(ext)
    const dup = await apiError(createMember(setup.ctx, { organization_id: s.orgId, email_address: email('ext-dup'), external_id: ext }))
    expect([dup.status, dup.code]).toEqual([400, 'duplicate_external_id'])
    expect(dup.message).toContain(created.member_id)
    // Another organization has its own external ids.
    expect((await createMember(setup.ctx, { organization_id: s.otherOrgId, email_address: email('ext-other'), external_id: ext })).member.external_id).toBe(ext)

    const plain = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('no-ext') })
    expect(plain.member.external_id).toBeUndefined()
    expect(await apiError(updateMember(setup.ctx, { organization_id: s.orgId, member_id: plain.member_id, external_id: ext }))).toMatchObject({ status: 400, code: 'duplicate_external_id' })
    const spaced = await apiError(updateMember(setup.ctx, { organization_id: s.orgId, member_id: plain.member_id, external_id: 'has space' }))
    expect([spaced.code, spaced.message]).toEqual(['invalid_request', expect.stringContaining('external_id')])
    const set = await updateMember(setup.ctx, { organization_id: s.orgId, member_id: plain.member_id, external_id: `${ext}-b` })
    expect(set.member.external_id).toBe(`${ext}-b`)
    // Its own id again is no conflict.
    expect((await updateMember(setup.ctx, { organization_id: s.orgId, member_id: created.member_id, external_id: ext, name: 'Same' })).member.external_id).toBe(ext)
  })

  it('are deleted with member-session authorization, freeing the id', async () => {
    const ext = `erp-${++n}`
    const { member } = await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('ext-del'), external_id: ext })
    const ids = { organization_id: s.orgId, member_id: member.member_id }
    expect(await apiError(deleteMemberExternalId(setup.ctx, ids, asReader))).toMatchObject({ status: 403, code: 'session_authorization_error' })
    expect(await apiError(deleteMemberExternalId(setup.ctx, ids, asOther))).toMatchObject({ status: 403, code: 'session_authorization_tenancy_error' })
    const deleted = await deleteMemberExternalId(setup.ctx, ids, asAdmin)
    expect(deleted.member_id).toBe(member.member_id)
    expect(deleted.member.external_id).toBeUndefined()
    expect(deleted.organization.organization_id).toBe(s.orgId)
    expect((await getMember(setup.ctx, ids)).member.external_id).toBeUndefined()
    expect((await createMember(setup.ctx, { organization_id: s.orgId, email_address: email('ext-reuse'), external_id: ext })).member.external_id).toBe(ext)
    // A member may clear its own; an unknown member is a 404.
    await updateMember(setup.ctx, { organization_id: s.orgId, member_id: s.readerId, external_id: `reader-${n}` })
    expect((await deleteMemberExternalId(setup.ctx, { organization_id: s.orgId, member_id: s.readerId }, asReader)).member.external_id).toBeUndefined()
    expect(await apiError(deleteMemberExternalId(setup.ctx, { organization_id: s.orgId, member_id: 'member-test-missing' }))).toMatchObject({ status: 404, code: 'member_not_found' })
  })
})
