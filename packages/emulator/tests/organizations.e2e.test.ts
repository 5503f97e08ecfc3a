// End-to-end tests of the `organizations` routes: the library's functions over HTTP against an
// emulator whose state file is seeded with two organizations and member sessions (so that the
// authorization headers can be exercised without depending on the authentication routes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { createSession } from '../src/auth.js'
import { DEFAULT_POLICY, type Emulator } from '../src/core.js'
import { addMember, newMemberRecord, newOrganization } from '../src/model.js'
import { compileQuery, flagFilter, fuzzyFilter, listFilter, paginate } from '../src/search.js'
import { emptyState } from '../src/state.js'
import {
  createMember,
  createOrganization,
  deleteOrganization,
  deleteOrganizationExternalId,
  getMember,
  getOrganization,
  getOrganizationMetrics,
  searchOrganizations,
  updateOrganization,
} from 'stytch-b2b'
import { apiError, useEmulator } from './harness.js'

// ---- seed: organization "seed-org" (an admin and a plain member, each with a session) and
// organization "other-org" (an admin with a session) ----------------------------------------------
function seed(): { dir: string; path: string; orgId: string; otherOrgId: string; adminToken: string; memberToken: string; otherToken: string } {
  const em: Emulator = { state: emptyState(structuredClone(DEFAULT_POLICY)), projectId: 'seed', secret: 'seed', now: Date.now, log: () => {} }
  const org = newOrganization(em, { organization_name: 'Seed Org', organization_slug: 'seed-org' })
  em.state.organizations[org.organization_id] = org
  const other = newOrganization(em, { organization_name: 'Other Org', organization_slug: 'other-org' })
  em.state.organizations[other.organization_id] = other
  const admin = addMember(em, newMemberRecord(em, org, 'admin@seed.test', { roles: ['stytch_admin'] }, 'active'))
  const member = addMember(em, newMemberRecord(em, org, 'member@seed.test', {}, 'active'))
  const otherAdmin = addMember(em, newMemberRecord(em, other, 'admin@other.test', { roles: ['stytch_admin'] }, 'active'))
  const dir = mkdtempSync(join(tmpdir(), 'emulator-organizations-'))
  const path = join(dir, 'state.json')
  const tokens = [admin, member, otherAdmin].map((r) => createSession(em, r, [], {}).session_token)
  writeFileSync(path, JSON.stringify(em.state))
  return { dir, path, orgId: org.organization_id, otherOrgId: other.organization_id, adminToken: tokens[0]!, memberToken: tokens[1]!, otherToken: tokens[2]! }
}

const seeded = seed()
const setup = useEmulator('organizations', { dataPath: seeded.path })
afterAll(() => rmSync(seeded.dir, { recursive: true, force: true }))

let unique = 0
const slug = (base: string): string => `${base}-${++unique}`

describe('createOrganization / getOrganization', () => {
  it('creates an organization with Stytch defaults and reads it back', async () => {
    const { organization } = await createOrganization(setup.ctx, { organization_name: 'Acme', organization_slug: slug('acme') })
    expect(organization.organization_id).toMatch(/^organization-test-/)
    expect(organization).toMatchObject({ organization_name: 'Acme', email_invites: 'ALL_ALLOWED', sso_jit_provisioning: 'ALL_ALLOWED', mfa_policy: 'OPTIONAL', email_allowed_domains: [] })
    const got = await getOrganization(setup.ctx, { organization_id: organization.organization_id })
    expect(got.organization).toEqual(organization)
    expect(got.status_code).toBe(200)
  })

  it('derives a slug from the name when none is given, and stores the settings sent', async () => {
    const { organization } = await createOrganization(setup.ctx, {
      organization_name: 'Derived Slug Inc',
      email_allowed_domains: ['Derived.TEST'],
      email_jit_provisioning: 'RESTRICTED',
      mfa_policy: 'REQUIRED_FOR_ALL',
      allowed_auth_methods: ['magic_link', 'password'],
      auth_methods: 'RESTRICTED',
      trusted_metadata: { tier: 'gold' },
    })
    expect(organization.organization_slug).toBe('derived-slug-inc')
    expect(organization).toMatchObject({ email_allowed_domains: ['derived.test'], email_jit_provisioning: 'RESTRICTED', mfa_policy: 'REQUIRED_FOR_ALL', allowed_auth_methods: ['magic_link', 'password'], trusted_metadata: { tier: 'gold' } })
  })

  it('refuses a used slug, a malformed slug and unknown setting values', async () => {
    const taken = slug('taken')
    await createOrganization(setup.ctx, { organization_name: 'First', organization_slug: taken })
    const duplicate = await apiError(createOrganization(setup.ctx, { organization_name: 'Second', organization_slug: taken }))
    expect([duplicate.status, duplicate.code]).toEqual([400, 'organization_slug_already_used'])
    const malformed = await apiError(createOrganization(setup.ctx, { organization_name: 'Bad', organization_slug: 'Has Spaces!' }))
    expect([malformed.status, malformed.code]).toEqual([400, 'invalid_request'])
    expect(malformed.message).toContain('organization_slug')
    const policy = await apiError(createOrganization(setup.ctx, { organization_name: 'Bad', organization_slug: slug('bad'), mfa_policy: 'SOMETIMES' }))
    expect([policy.status, policy.code]).toEqual([400, 'invalid_request'])
    expect(policy.message).toContain('mfa_policy')
    const method = await apiError(createOrganization(setup.ctx, { organization_name: 'Bad', organization_slug: slug('bad'), allowed_auth_methods: ['carrier_pigeon'] }))
    expect(method.message).toContain('allowed_auth_methods')
    const role = await apiError(createOrganization(setup.ctx, { organization_name: 'Bad', organization_slug: slug('bad'), rbac_email_implicit_role_assignments: [{ domain: 'x.test', role_id: 'no_such_role' }] }))
    expect(role.message).toContain('rbac_email_implicit_role_assignments')
  })

  it('answers 404 organization_not_found for an unknown id', async () => {
    const error = await apiError(getOrganization(setup.ctx, { organization_id: 'organization-test-00000000-0000-4000-8000-000000000000' }))
    expect([error.status, error.code]).toEqual([404, 'organization_not_found'])
  })
})

describe('updateOrganization', () => {
  it('changes only the fields present', async () => {
    const { organization } = await createOrganization(setup.ctx, { organization_name: 'Before', organization_slug: slug('before'), email_invites: 'RESTRICTED', trusted_metadata: { a: 1 } })
    const { organization: updated } = await updateOrganization(setup.ctx, { organization_id: organization.organization_id, organization_name: 'After', email_allowed_domains: ['After.test'] })
    expect(updated).toMatchObject({ organization_name: 'After', organization_slug: organization.organization_slug, email_invites: 'RESTRICTED', trusted_metadata: { a: 1 }, email_allowed_domains: ['after.test'] })
    const { organization: got } = await getOrganization(setup.ctx, { organization_id: organization.organization_id })
    expect(got).toEqual(updated)
    expect(Date.parse(got.updated_at!)).toBeGreaterThanOrEqual(Date.parse(organization.updated_at!))
  })

  it("refuses another organization's slug and an unknown SSO connection, leaving the organization unchanged", async () => {
    const { organization } = await createOrganization(setup.ctx, { organization_name: 'Keeps', organization_slug: slug('keeps') })
    const error = await apiError(updateOrganization(setup.ctx, { organization_id: organization.organization_id, organization_name: 'Changed', organization_slug: 'seed-org' }))
    expect([error.status, error.code]).toEqual([400, 'organization_slug_already_used'])
    const connection = await apiError(updateOrganization(setup.ctx, { organization_id: organization.organization_id, sso_default_connection_id: 'saml-connection-test-nope' }))
    expect(connection.message).toContain('sso_default_connection_id')
    expect((await apiError(updateOrganization(setup.ctx, { organization_id: organization.organization_id, organization_slug: '' }))).message).toContain('organization_slug')
    expect((await getOrganization(setup.ctx, { organization_id: organization.organization_id })).organization.organization_name).toBe('Keeps')
  })

  it('enforces member-session authorization headers', async () => {
    const allowed = await updateOrganization(setup.ctx, { organization_id: seeded.orgId, organization_logo_url: 'https://seed.test/logo.png' }, { authorization: { session_token: seeded.adminToken } })
    expect(allowed.organization.organization_logo_url).toBe('https://seed.test/logo.png')
    const denied = await apiError(updateOrganization(setup.ctx, { organization_id: seeded.orgId, organization_name: 'Hijacked' }, { authorization: { session_token: seeded.memberToken } }))
    expect([denied.status, denied.code]).toEqual([403, 'session_authorization_error'])
    const tenancy = await apiError(updateOrganization(setup.ctx, { organization_id: seeded.orgId, organization_name: 'Hijacked' }, { authorization: { session_token: seeded.otherToken } }))
    expect([tenancy.status, tenancy.code]).toEqual([403, 'session_authorization_tenancy_error'])
    const invalid = await apiError(updateOrganization(setup.ctx, { organization_id: seeded.orgId, organization_name: 'Hijacked' }, { authorization: { session_token: 'not-a-session' } }))
    expect(invalid.status).toBe(401)
    expect((await getOrganization(setup.ctx, { organization_id: seeded.orgId })).organization.organization_name).toBe('Seed Org')
  })
})

describe('organization external ids', () => {
  it('are set on create and update, unique in the project, and shown only when set', async () => {
    const ext = `tenant-${++unique}`
    const { organization } = await createOrganization(setup.ctx, { organization_name: 'External', organization_slug: slug('external'), organization_external_id: ext })
    expect(organization.organization_external_id).toBe(ext)
    expect((await getOrganization(setup.ctx, { organization_id: organization.organization_id })).organization.organization_external_id).toBe(ext)
    const dup = await apiError(createOrganization(setup.ctx, { organization_name: 'Dup', organization_slug: slug('dup'), organization_external_id: ext }))
    expect([dup.status, dup.code]).toEqual([400, 'duplicate_external_id'])
    expect(dup.message).toContain(organization.organization_id)
    const { organization: plain } = await createOrganization(setup.ctx, { organization_name: 'No External', organization_slug: slug('no-external') })
    expect(plain.organization_external_id).toBeUndefined()
    expect((await apiError(updateOrganization(setup.ctx, { organization_id: plain.organization_id, organization_external_id: ext }))).code).toBe('duplicate_external_id')
    const spaced = await apiError(updateOrganization(setup.ctx, { organization_id: plain.organization_id, organization_external_id: 'two words' }))
    expect([spaced.code, spaced.message]).toEqual(['invalid_request', expect.stringContaining('organization_external_id')])
    // The refused updates changed nothing; its own id again is no conflict.
    expect((await getOrganization(setup.ctx, { organization_id: plain.organization_id })).organization.organization_external_id).toBeUndefined()
    const same = await updateOrganization(setup.ctx, { organization_id: organization.organization_id, organization_external_id: ext, organization_name: 'External Renamed' })
    expect(same.organization).toMatchObject({ organization_external_id: ext, organization_name: 'External Renamed' })
  })

  it('are deleted by an admin of the organization only, freeing the id', async () => {
    const ext = `seed-${++unique}`
    await updateOrganization(setup.ctx, { organization_id: seeded.orgId, organization_external_id: ext })
    const denied = await apiError(deleteOrganizationExternalId(setup.ctx, { organization_id: seeded.orgId }, { authorization: { session_token: seeded.memberToken } }))
    expect([denied.status, denied.code]).toEqual([403, 'session_authorization_error'])
    const tenancy = await apiError(deleteOrganizationExternalId(setup.ctx, { organization_id: seeded.orgId }, { authorization: { session_token: seeded.otherToken } }))
    expect([tenancy.status, tenancy.code]).toEqual([403, 'session_authorization_tenancy_error'])
    expect((await getOrganization(setup.ctx, { organization_id: seeded.orgId })).organization.organization_external_id).toBe(ext)
    const deleted = await deleteOrganizationExternalId(setup.ctx, { organization_id: seeded.orgId }, { authorization: { session_token: seeded.adminToken } })
    expect(deleted.organization.organization_id).toBe(seeded.orgId)
    expect(deleted.organization.organization_external_id).toBeUndefined()
    expect((await getOrganization(setup.ctx, { organization_id: seeded.orgId })).organization.organization_external_id).toBeUndefined()
    const { organization } = await createOrganization(setup.ctx, { organization_name: 'Reuse', organization_slug: slug('reuse'), organization_external_id: ext })
    expect(organization.organization_external_id).toBe(ext)
    expect(await apiError(deleteOrganizationExternalId(setup.ctx, { organization_id: 'organization-test-missing' }))).toMatchObject({ status: 404, code: 'organization_not_found' })
  })
})

describe('deleteOrganization', () => {
  it('deletes the organization with its members and their sessions', async () => {
    const { organization } = await createOrganization(setup.ctx, { organization_name: 'Doomed', organization_slug: slug('doomed') })
    const { member } = await createMember(setup.ctx, { organization_id: organization.organization_id, email_address: 'gone@doomed.test' })
    const deleted = await deleteOrganization(setup.ctx, { organization_id: organization.organization_id })
    expect(deleted.organization_id).toBe(organization.organization_id)
    expect((await apiError(getOrganization(setup.ctx, { organization_id: organization.organization_id }))).code).toBe('organization_not_found')
    expect((await apiError(getMember(setup.ctx, { organization_id: organization.organization_id, member_id: member.member_id }))).status).toBe(404)
    const state = setup.emulator.snapshot()
    expect(state.members[member.member_id]).toBeUndefined()
    expect((await apiError(deleteOrganization(setup.ctx, { organization_id: organization.organization_id }))).code).toBe('organization_not_found')
  })

  it('enforces member-session authorization headers and removes the sessions of the members', async () => {
    const denied = await apiError(deleteOrganization(setup.ctx, { organization_id: seeded.orgId }, { authorization: { session_token: seeded.memberToken } }))
    expect([denied.status, denied.code]).toEqual([403, 'session_authorization_error'])
    const tenancy = await apiError(deleteOrganization(setup.ctx, { organization_id: seeded.orgId }, { authorization: { session_token: seeded.otherToken } }))
    expect(tenancy.code).toBe('session_authorization_tenancy_error')
    // Delete "other-org" with its own admin's session: that session ends with it.
    expect(Object.values(setup.emulator.snapshot().sessions).some((s) => s.session_token === seeded.otherToken)).toBe(true)
    await deleteOrganization(setup.ctx, { organization_id: seeded.otherOrgId }, { authorization: { session_token: seeded.otherToken } })
    const state = setup.emulator.snapshot()
    expect(Object.values(state.sessions).some((s) => s.session.organization_id === seeded.otherOrgId)).toBe(false)
    expect(Object.values(state.members).some((r) => r.member.organization_id === seeded.otherOrgId)).toBe(false)
    expect(state.organizations[seeded.orgId]).toBeDefined()
  })
})

describe('getOrganizationMetrics', () => {
  it('counts the members', async () => {
    const { organization } = await createOrganization(setup.ctx, { organization_name: 'Counted', organization_slug: slug('counted') })
    expect((await getOrganizationMetrics(setup.ctx, { organization_id: organization.organization_id })).member_count).toBe(0)
    await createMember(setup.ctx, { organization_id: organization.organization_id, email_address: 'one@counted.test' })
    await createMember(setup.ctx, { organization_id: organization.organization_id, email_address: 'two@counted.test', create_member_as_pending: true })
    expect((await getOrganizationMetrics(setup.ctx, { organization_id: organization.organization_id })).member_count).toBe(2)
    expect((await apiError(getOrganizationMetrics(setup.ctx, { organization_id: 'organization-test-missing' }))).code).toBe('organization_not_found')
  })
})

describe('searchOrganizations', () => {
  const prefix = 'zebra'
  const ids: string[] = []
  it('filters by id, slug, name, domain and member email, with AND and OR', async () => {
    for (const [i, domain] of ['stripes.test', 'savanna.test', 'stripes.test'].entries()) {
      const { organization } = await createOrganization(setup.ctx, { organization_name: `Zebra Crossing ${i}`, organization_slug: `${prefix}-${i}`, email_allowed_domains: [domain] })
      ids.push(organization.organization_id)
    }
    await createMember(setup.ctx, { organization_id: ids[1]!, email_address: 'Marty@Savanna.test' })

    const search = async (operator: 'AND' | 'OR', operands: Record<string, unknown>[]): Promise<string[]> =>
      (await searchOrganizations(setup.ctx, { query: { operator, operands } })).organizations.map((o) => o.organization_id).sort()

    expect(await search('AND', [{ filter_name: 'organization_ids', filter_value: [ids[0], ids[2]] }])).toEqual([ids[0], ids[2]].sort())
    expect(await search('AND', [{ filter_name: 'organization_slugs', filter_value: [`${prefix}-1`] }])).toEqual([ids[1]])
    expect(await search('AND', [{ filter_name: 'organization_name_fuzzy', filter_value: 'ZEBRA cross' }])).toEqual([...ids].sort())
    expect(await search('AND', [{ filter_name: 'organization_slug_fuzzy', filter_value: `${prefix}-2` }])).toEqual([ids[2]])
    expect(await search('AND', [{ filter_name: 'allowed_domains', filter_value: ['STRIPES.test'] }])).toEqual([ids[0], ids[2]].sort())
    expect(await search('AND', [{ filter_name: 'allowed_domain_fuzzy', filter_value: 'savan' }])).toEqual([ids[1]])
    expect(await search('AND', [{ filter_name: 'member_emails', filter_value: ['marty@savanna.test'] }])).toEqual([ids[1]])
    expect(await search('AND', [{ filter_name: 'member_email_fuzzy', filter_value: 'marty' }])).toEqual([ids[1]])
    const both = [
      { filter_name: 'organization_name_fuzzy', filter_value: 'zebra' },
      { filter_name: 'allowed_domains', filter_value: ['savanna.test'] },
    ]
    expect(await search('AND', both)).toEqual([ids[1]])
    const either = [
      { filter_name: 'organization_slugs', filter_value: [`${prefix}-0`] },
      { filter_name: 'allowed_domains', filter_value: ['savanna.test'] },
    ]
    expect(await search('OR', either)).toEqual([ids[0], ids[1]].sort())
    expect(await search('AND', [])).toEqual(Object.keys(setup.emulator.snapshot().organizations).sort())
  })

  it('returns every organization without a query, with a total', async () => {
    const result = await searchOrganizations(setup.ctx, {})
    const total = Object.keys(setup.emulator.snapshot().organizations).length
    expect(result.results_metadata.total).toBe(total)
    expect(result.organizations).toHaveLength(Math.min(total, 100))
  })

  it('rejects unknown filters, short fuzzy needles, bad operators, bad limits and foreign cursors', async () => {
    const unknown = await apiError(searchOrganizations(setup.ctx, { query: { operator: 'AND', operands: [{ filter_name: 'organization_colour', filter_value: ['blue'] }] } }))
    expect([unknown.status, unknown.code]).toEqual([400, 'invalid_search_query'])
    expect(unknown.message).toContain('organization_colour')
    const short = await apiError(searchOrganizations(setup.ctx, { query: { operator: 'AND', operands: [{ filter_name: 'organization_name_fuzzy', filter_value: 'ze' }] } }))
    expect(short.code).toBe('invalid_search_query')
    const notList = await apiError(searchOrganizations(setup.ctx, { query: { operator: 'AND', operands: [{ filter_name: 'organization_ids', filter_value: 'one' }] } }))
    expect(notList.message).toContain('filter_value')
    const operator = await apiError(searchOrganizations(setup.ctx, { query: { operator: 'XOR', operands: [] } }))
    expect(operator.message).toContain('query.operator')
    expect((await apiError(searchOrganizations(setup.ctx, { limit: 0 }))).message).toContain('limit')
    expect((await apiError(searchOrganizations(setup.ctx, { limit: 1001 }))).message).toContain('limit')
    expect((await apiError(searchOrganizations(setup.ctx, { cursor: 'not-a-cursor' }))).code).toBe('invalid_cursor')
  })

  it('pages through the matches with limit and cursor: every match exactly once (property)', async () => {
    const all = (await searchOrganizations(setup.ctx, { query: { operator: 'AND', operands: [{ filter_name: 'organization_slug_fuzzy', filter_value: prefix }] } })).organizations.map((o) => o.organization_id)
    expect(all).toHaveLength(3)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), async (limit) => {
        const seen: string[] = []
        let cursor: string | undefined
        for (let page = 0; page < 10; page++) {
          const result = await searchOrganizations(setup.ctx, { limit, ...(cursor !== undefined && { cursor }), query: { operator: 'AND', operands: [{ filter_name: 'organization_slug_fuzzy', filter_value: prefix }] } })
          expect(result.results_metadata.total).toBe(3)
          expect(result.organizations.length).toBeLessThanOrEqual(limit)
          seen.push(...result.organizations.map((o) => o.organization_id))
          cursor = result.results_metadata.next_cursor
          if (!cursor) break
        }
        expect(seen).toEqual(all)
      }),
      { numRuns: 8 },
    )
  })
})

describe('search query evaluator (properties)', () => {
  interface Item {
    id: string
    name: string
    flag: boolean
  }
  const filters = {
    ids: listFilter((i: Item) => i.id),
    name_fuzzy: fuzzyFilter((i: Item) => i.name),
    flagged: flagFilter((i: Item) => i.flag),
  }
  const item = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), name: fc.string({ maxLength: 8 }), flag: fc.boolean() })
  const operand = fc.oneof(
    fc.record({ filter_name: fc.constant('ids'), filter_value: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1 }) }),
    fc.record({ filter_name: fc.constant('name_fuzzy'), filter_value: fc.string({ minLength: 3, maxLength: 4 }).filter((s) => s.trim().length >= 3) }),
    fc.record({ filter_name: fc.constant('flagged'), filter_value: fc.boolean() }),
  )

  it('AND matches what every single operand matches; OR what any matches', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.array(operand, { maxLength: 4 }), (items, operands) => {
        const single = operands.map((o) => compileQuery({ operator: 'AND', operands: [o] }, filters))
        const and = compileQuery({ operator: 'AND', operands }, filters)
        const or = compileQuery({ operator: 'OR', operands }, filters)
        for (const it of items) {
          expect(and.matches(it)).toBe(single.every((q) => q.matches(it)))
          expect(or.matches(it)).toBe(operands.length === 0 || single.some((q) => q.matches(it)))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('the pages of any limit concatenate to the whole list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.integer({ min: 1, max: 15 }), (items, limit) => {
        const seen: number[] = []
        let cursor: string | undefined
        for (let i = 0; i <= items.length; i++) {
          const { page, results_metadata } = paginate(items, { limit, ...(cursor !== undefined && { cursor }) })
          expect(results_metadata.total).toBe(items.length)
          seen.push(...page)
          cursor = results_metadata.next_cursor
          if (cursor === undefined) break
        }
        expect(seen).toEqual(items)
      }),
      { numRuns: 300 },
    )
  })
})
