// A state file saved by an older emulator lacks fields and collections added since: it still
// loads, and the answers carry every field the spec requires (the views fill in defaults).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { authenticateOauth, authenticateSession, createContext, createMember, createOrganization, getMember, getOrganization, getRbacPolicy, listFraudRules, type Context } from 'stytch-b2b'
import { responseProblems, type Spec } from '../../../scripts/response-fields.mjs'
import { startEmulator, type RunningEmulator } from '../src/index.js'
import { mintToken } from './harness.js'

const spec = JSON.parse(readFileSync(new URL('../../../spec/b2b-api.json', import.meta.url), 'utf8')) as Spec
const dir = mkdtempSync(join(tmpdir(), 'stytch-older-state-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const contextFor = (emulator: RunningEmulator): Context =>
  createContext({ projectId: emulator.projectId, secret: emulator.secret, baseUrl: emulator.url, fraudBaseUrl: emulator.url, retry: { limit: 0 } })

/** Deletes `fields` from every record of a collection of the saved state. */
function strip(records: Record<string, Record<string, unknown>>, at: (record: Record<string, unknown>) => Record<string, unknown>, fields: readonly string[]): void {
  for (const record of Object.values(records)) for (const field of fields) delete at(record)[field]
}

describe('state saved by an older emulator', () => {
  it('loads, and answers with every required field', async () => {
    const dataPath = join(dir, 'state.json')
    let emulator = await startEmulator({ dataPath })
    let ctx = contextFor(emulator)
    const { organization } = await createOrganization(ctx, { organization_name: 'Older state' })
    const email = 'old@example.com'
    const { member } = await createMember(ctx, { organization_id: organization.organization_id, email_address: email })
    const login = await authenticateOauth(ctx, { oauth_token: await mintToken(emulator, 'oauth', { provider: 'google', email_address: email, organization_id: organization.organization_id }) })
    await emulator.close()

    // Take away what older versions did not write.
    const state = JSON.parse(readFileSync(dataPath, 'utf8')) as Record<string, unknown>
    const orgs = state['organizations'] as Record<string, Record<string, unknown>>
    strip(orgs, (o) => o, ['claimed_email_domains', 'custom_roles', 'first_party_connected_apps_allowed_type', 'allowed_first_party_connected_apps', 'third_party_connected_apps_allowed_type', 'allowed_third_party_connected_apps'])
    for (const org of Object.values(orgs)) org['sso_active_connections'] = [{ connection_id: 'saml-connection-test-old', display_name: 'Old IdP' }]
    strip(state['members'] as Record<string, Record<string, unknown>>, (r) => r['member'] as Record<string, unknown>, ['is_locked', 'retired_email_addresses', 'default_mfa_method'])
    strip(state['sessions'] as Record<string, Record<string, unknown>>, (r) => r['session'] as Record<string, unknown>, ['organization_slug'])
    for (const key of ['fraud_telemetry', 'fraud_rules', 'fraud_verdict_overrides']) delete state[key]
    delete (state['policy'] as Record<string, unknown>)['scopes']
    writeFileSync(dataPath, JSON.stringify(state))

    emulator = await startEmulator({ dataPath })
    ctx = contextFor(emulator)
    try {
      const org = await getOrganization(ctx, { organization_id: organization.organization_id })
      expect(responseProblems(spec, 'Organizations.Get', org)).toEqual([])
      expect(org.organization).toMatchObject({ claimed_email_domains: [], custom_roles: [], sso_active_connections: [{ connection_id: 'saml-connection-test-old', identity_provider: 'generic' }] })
      const got = await getMember(ctx, { organization_id: organization.organization_id, member_id: member.member_id })
      expect(responseProblems(spec, 'Organizations.Members.Get', got)).toEqual([])
      expect(got.member).toMatchObject({ is_locked: false, retired_email_addresses: [] })
      const session = await authenticateSession(ctx, { session_token: login.session_token })
      expect(responseProblems(spec, 'Sessions.Authenticate', session)).toEqual([])
      expect(session.member_session.organization_slug).toBe(organization.organization_slug)
      const policy = await getRbacPolicy(ctx, {})
      expect(responseProblems(spec, 'RBAC.Policy', policy)).toEqual([])
      expect(policy.policy?.scopes).toEqual([])
      await expect(listFraudRules(ctx, {})).resolves.toMatchObject({ rules: [] })
    } finally {
      await emulator.close()
    }
  })
})
