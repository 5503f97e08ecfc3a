// End to end: the project-level routes (debug whoami, project metrics) and the fraud routes, which
// the library sends to `fraudBaseUrl` (here the emulator's own origin, as the harness sets it).
import { describe, expect, it } from 'vitest'
import {
  createContext,
  createM2mClient,
  createMember,
  createOrganization,
  deleteMember,
  getDebugWhoami,
  getFraudEmailRisk,
  getProjectMetrics,
  listFraudRules,
  listFraudVerdictReasons,
  lookupFraudFingerprint,
  overrideFraudVerdictReasons,
  setFraudRules,
} from 'stytch-b2b'
import { startEmulator } from '../src/index.js'
import { apiError, emulatorPost, useEmulator } from './harness.js'
import type { RunningEmulator } from '../src/index.js'

const setup = useEmulator('project')

let counter = 0
const unique = (): string => `${Date.now().toString(36)}-${++counter}`

/** Registers a device with the emulator's fingerprinting stand-in; returns its telemetry id and fingerprints. */
async function device(body: Record<string, unknown> = {}, emulator: RunningEmulator = setup.emulator) {
  const { status, json } = await emulatorPost(emulator, '/emulator/fraud/telemetry', body)
  expect(status, JSON.stringify(json)).toBe(200)
  return json as { telemetry_id: string; fingerprints: Record<string, string>; expires_at: string }
}

describe('debug', () => {
  it('says which project the credentials belong to', async () => {
    const me = await getDebugWhoami(setup.ctx)
    expect(me).toMatchObject({ project_id: setup.emulator.projectId, name: expect.any(String) })
    expect(me.name).not.toBe('')
    const wrong = createContext({ projectId: setup.emulator.projectId, secret: 'secret-test-wrong', baseUrl: setup.emulator.url, retry: { limit: 0 } })
    expect(await apiError(getDebugWhoami(wrong))).toMatchObject({ status: 401, code: 'unauthorized_credentials' })
  })
})

describe('project', () => {
  it('counts organizations and live members from the state', async () => {
    const count = async (type: string) => (await getProjectMetrics(setup.ctx)).metrics.find((m) => m.metric_type === type)?.count
    const before = { orgs: await count('ORGANIZATION_COUNT'), members: await count('MEMBER_COUNT') }
    expect(before.orgs).toEqual(expect.any(Number))
    expect(before.members).toEqual(expect.any(Number))
    const { organization } = await createOrganization(setup.ctx, { organization_name: `Metrics ${unique()}` })
    const a = await createMember(setup.ctx, { organization_id: organization.organization_id, email_address: `a-${unique()}@example.com` })
    await createMember(setup.ctx, { organization_id: organization.organization_id, email_address: `b-${unique()}@example.com` })
    expect(await count('ORGANIZATION_COUNT')).toBe(before.orgs! + 1)
    expect(await count('MEMBER_COUNT')).toBe(before.members! + 2)
    // A deleted member no longer counts.
    await deleteMember(setup.ctx, { organization_id: organization.organization_id, member_id: a.member_id })
    expect(await count('MEMBER_COUNT')).toBe(before.members! + 1)
    expect((await getProjectMetrics(setup.ctx)).project_id).toBe(setup.emulator.projectId)
  })

  it('counts M2M clients', async () => {
    const count = async () => (await getProjectMetrics(setup.ctx)).metrics.find((m) => m.metric_type === 'M2M_CLIENT_COUNT')?.count
    const before = await count()
    expect(before).toEqual(expect.any(Number))
    await createM2mClient(setup.ctx, { scopes: ['read:documents'] })
    expect(await count()).toBe(before! + 1)
  })
})

describe('fraud: email risk', () => {
  it('scores an address from its syntax, domain and local part', async () => {
    const plain = await getFraudEmailRisk(setup.ctx, { email_address: 'Ada.Lovelace@Example.com' })
    expect(plain).toMatchObject({
      action: 'ALLOW',
      risk_score: 0,
      address_information: { has_valid_syntax: true, normalized_email: 'ada.lovelace@example.com', tumbling_character_count: 0, is_suspected_role_address: false, has_known_bounces: false },
      domain_information: { is_disposable_domain: false, has_mx_or_a_record: true },
    })
    // A +tag and Gmail dots are tumbled away; they count as tumbling characters.
    const tumbled = await getFraudEmailRisk(setup.ctx, { email_address: 'a.d.a+promo@googlemail.com' })
    expect(tumbled.address_information).toMatchObject({ normalized_email: 'ada@gmail.com', tumbling_character_count: 8 })
    expect(tumbled).toMatchObject({ risk_score: 10, action: 'ALLOW' })
    const role = await getFraudEmailRisk(setup.ctx, { email_address: 'support@example.com' })
    expect(role).toMatchObject({ address_information: { is_suspected_role_address: true }, risk_score: 20 })
    const disposable = await getFraudEmailRisk(setup.ctx, { email_address: 'x@mailinator.com' })
    expect(disposable).toMatchObject({ domain_information: { is_disposable_domain: true }, risk_score: 60, action: 'CHALLENGE' })
    const nowhere = await getFraudEmailRisk(setup.ctx, { email_address: 'bounce@mail.invalid' })
    expect(nowhere).toMatchObject({ domain_information: { has_mx_or_a_record: false }, address_information: { has_known_bounces: true }, risk_score: 70, action: 'CHALLENGE' })
    const worst = await getFraudEmailRisk(setup.ctx, { email_address: 'admin+x@disposable.test' })
    expect(worst).toMatchObject({ risk_score: 100, action: 'BLOCK' })
    const invalid = await getFraudEmailRisk(setup.ctx, { email_address: 'not an email' })
    expect(invalid).toMatchObject({ address_information: { has_valid_syntax: false }, risk_score: 100, action: 'BLOCK' })
    expect(await apiError(getFraudEmailRisk(setup.ctx, { email_address: '' }))).toMatchObject({ status: 400, code: 'invalid_request' })
  })

  it('is served only at the fraud base URL the context names', async () => {
    // Without fraudBaseUrl the library goes to Stytch's telemetry host; a context pointing both
    // origins at the emulator reaches it.
    const ctx = setup.context({ fraudBaseUrl: setup.emulator.url })
    expect(ctx.fraudBaseUrl).toBe(setup.emulator.url)
    await expect(getFraudEmailRisk(ctx, { email_address: 'ada@example.com' })).resolves.toMatchObject({ action: 'ALLOW' })
    expect(createContext({ projectId: 'project-test-x', secret: 's', baseUrl: setup.emulator.url }).fraudBaseUrl).toBe('https://telemetry.stytch.com')
  })
})

describe('fraud: fingerprints, rules and verdict reasons', () => {
  it('answers a verdict for a registered telemetry id and 404 for an unknown one', async () => {
    const d = await device({ user_agent: 'Test/1.0', country_code: 'de' })
    const res = await lookupFraudFingerprint(setup.ctx, { telemetry_id: d.telemetry_id, external_metadata: { external_id: 'user-1', user_action: 'login' } })
    expect(res).toMatchObject({
      telemetry_id: d.telemetry_id,
      fingerprints: d.fingerprints,
      verdict: { action: 'ALLOW', reasons: [], is_authentic_device: true, verdict_reason_overrides: [] },
      external_metadata: { external_id: 'user-1', user_action: 'login' },
      expires_at: d.expires_at,
      properties: { network_properties: { ip_geolocation: { country: 'DE' }, is_vpn: false }, browser_properties: { user_agent: 'Test/1.0' } },
    })
    expect(res.verdict.rule_match_type).toBeUndefined()
    // The same visitor gives the same visitor fingerprint.
    const again = await device({ visitor_id: d.fingerprints['visitor_id'] })
    expect(again.fingerprints['visitor_fingerprint']).toBe(d.fingerprints['visitor_fingerprint'])
    expect(again.telemetry_id).not.toBe(d.telemetry_id)

    expect(await apiError(lookupFraudFingerprint(setup.ctx, { telemetry_id: 'telemetry-id-test-unknown' }))).toMatchObject({ status: 404, code: 'telemetry_id_not_found' })
    expect((await emulatorPost(setup.emulator, '/emulator/fraud/telemetry', { reasons: ['NO_SUCH_REASON'] })).status).toBe(400)
  })

  it('lets the most severe reason decide, and honours overrides of verdict reasons', async () => {
    const vpn = await device({ reasons: ['VPN_DETECTED', 'KNOWN_DEVICE'] })
    const first = await lookupFraudFingerprint(setup.ctx, { telemetry_id: vpn.telemetry_id })
    expect(first.verdict).toMatchObject({ action: 'CHALLENGE', reasons: ['VPN_DETECTED', 'KNOWN_DEVICE'], verdict_reason_overrides: [] })
    expect(first.properties?.network_properties.is_vpn).toBe(true)
    const bot = await device({ reasons: ['HEADLESS_BROWSER'] })
    expect((await lookupFraudFingerprint(setup.ctx, { telemetry_id: bot.telemetry_id })).verdict).toMatchObject({ action: 'BLOCK', is_authentic_device: false })

    const { verdict_reason_actions: all } = await listFraudVerdictReasons(setup.ctx, {})
    expect(all.find((a) => a.verdict_reason === 'VPN_DETECTED')).toEqual({ verdict_reason: 'VPN_DETECTED', default_action: 'CHALLENGE' })
    expect(all.map((a) => a.verdict_reason)).toEqual(expect.arrayContaining(['KNOWN_DEVICE', 'HEADLESS_BROWSER', 'PROXY_DETECTED']))

    const set = await overrideFraudVerdictReasons(setup.ctx, { verdict_reason: 'VPN_DETECTED', override_action: 'ALLOW', override_description: 'our users use VPNs' })
    expect(set.verdict_reason_action).toMatchObject({ verdict_reason: 'VPN_DETECTED', default_action: 'CHALLENGE', override_action: 'ALLOW', override_description: 'our users use VPNs', override_created_at: expect.any(String) })
    expect((await listFraudVerdictReasons(setup.ctx, { overrides_only: true })).verdict_reason_actions).toEqual([set.verdict_reason_action])
    const after = await lookupFraudFingerprint(setup.ctx, { telemetry_id: vpn.telemetry_id })
    expect(after.verdict).toMatchObject({ action: 'ALLOW', verdict_reason_overrides: [{ verdict_reason: 'VPN_DETECTED', override_action: 'ALLOW' }] })

    // NONE removes the override: the default applies again.
    const cleared = await overrideFraudVerdictReasons(setup.ctx, { verdict_reason: 'VPN_DETECTED', override_action: 'NONE' })
    expect(cleared.verdict_reason_action).toEqual({ verdict_reason: 'VPN_DETECTED', default_action: 'CHALLENGE' })
    expect((await listFraudVerdictReasons(setup.ctx, { overrides_only: true })).verdict_reason_actions).toEqual([])
    expect((await lookupFraudFingerprint(setup.ctx, { telemetry_id: vpn.telemetry_id })).verdict.action).toBe('CHALLENGE')

    expect(await apiError(overrideFraudVerdictReasons(setup.ctx, { verdict_reason: 'NO_SUCH_REASON', override_action: 'BLOCK' }))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(overrideFraudVerdictReasons(setup.ctx, { verdict_reason: 'VPN_DETECTED', override_action: 'MAYBE' }))).toMatchObject({ status: 400, code: 'invalid_request' })
  })

  it('stores rules, lists them in pages, and lets a matching rule decide the verdict', async () => {
    const d = await device({ ip_address: '198.51.100.23', reasons: ['TOR_EXIT_NODE'] })
    const visitor = d.fingerprints['visitor_id']!
    expect((await lookupFraudFingerprint(setup.ctx, { telemetry_id: d.telemetry_id })).verdict.action).toBe('BLOCK')

    // A rule for the visitor id wins over the reasons.
    const allow = await setFraudRules(setup.ctx, { action: 'ALLOW', visitor_id: visitor, description: 'trusted tester' })
    expect(allow).toMatchObject({ action: 'ALLOW', visitor_id: visitor })
    expect((await lookupFraudFingerprint(setup.ctx, { telemetry_id: d.telemetry_id })).verdict).toMatchObject({ action: 'ALLOW', rule_match_type: 'VISITOR_ID', rule_match_identifier: visitor })

    // A BLOCK rule for the hardware fingerprint blocks another device of the same visitor… once the
    // visitor rule is gone (visitor id rules are tried first).
    const other = await device({ visitor_id: visitor })
    await setFraudRules(setup.ctx, { action: 'BLOCK', hardware_fingerprint: other.fingerprints['hardware_fingerprint']! })
    expect((await lookupFraudFingerprint(setup.ctx, { telemetry_id: other.telemetry_id })).verdict.rule_match_type).toBe('VISITOR_ID')
    expect(await setFraudRules(setup.ctx, { action: 'NONE', visitor_id: visitor })).toMatchObject({ action: 'NONE', visitor_id: visitor })
    expect((await lookupFraudFingerprint(setup.ctx, { telemetry_id: other.telemetry_id })).verdict).toMatchObject({ action: 'BLOCK', rule_match_type: 'HARDWARE_FINGERPRINT' })

    // CIDR blocks and countries match too.
    const net = await device({ ip_address: '192.0.2.77', country_code: 'FR' })
    await setFraudRules(setup.ctx, { action: 'CHALLENGE', cidr_block: '192.0.2.0/24', expires_in_minutes: 30 })
    expect((await lookupFraudFingerprint(setup.ctx, { telemetry_id: net.telemetry_id })).verdict).toMatchObject({ action: 'CHALLENGE', rule_match_type: 'CIDR_BLOCK', rule_match_identifier: '192.0.2.0/24' })
    const v6 = await device({ ip_address: '2001:db8::1', country_code: 'FR' })
    await setFraudRules(setup.ctx, { action: 'BLOCK', country_code: 'fr' })
    expect((await lookupFraudFingerprint(setup.ctx, { telemetry_id: v6.telemetry_id })).verdict).toMatchObject({ action: 'BLOCK', rule_match_type: 'COUNTRY_CODE', rule_match_identifier: 'FR' })

    const { rules, next_cursor } = await listFraudRules(setup.ctx, {})
    expect(next_cursor).toBe('')
    expect(rules.map((r) => r.rule_type).sort()).toEqual(['CIDR_BLOCK', 'COUNTRY_CODE', 'HARDWARE_FINGERPRINT'])
    expect(rules.find((r) => r.rule_type === 'CIDR_BLOCK')).toMatchObject({ action: 'CHALLENGE', cidr_block: '192.0.2.0/24', expires_at: expect.any(String), created_at: expect.any(String) })
    const page1 = await listFraudRules(setup.ctx, { limit: 2 })
    expect(page1.rules).toHaveLength(2)
    expect(page1.next_cursor).not.toBe('')
    const page2 = await listFraudRules(setup.ctx, { limit: 2, cursor: page1.next_cursor })
    expect([...page1.rules, ...page2.rules]).toEqual(rules)
    expect(page2.next_cursor).toBe('')

    expect(await apiError(setFraudRules(setup.ctx, { action: 'BLOCK' }))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(setFraudRules(setup.ctx, { action: 'BLOCK', visitor_id: 'a', browser_id: 'b' }))).toMatchObject({ status: 400 })
    expect(await apiError(setFraudRules(setup.ctx, { action: 'BLOCK', cidr_block: '300.1.2.3/8' }))).toMatchObject({ status: 400 })
    expect(await apiError(setFraudRules(setup.ctx, { action: 'BLOCK', country_code: 'France' }))).toMatchObject({ status: 400 })
    expect(await apiError(setFraudRules(setup.ctx, { action: 'SOMETIMES', visitor_id: 'a' }))).toMatchObject({ status: 400 })
    expect(await apiError(listFraudRules(setup.ctx, { cursor: 'bogus' }))).toMatchObject({ status: 400 })
  })

  it('lets rules and telemetry ids lapse with time', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z')
    const emulator = await startEmulator({ now: () => now })
    try {
      const ctx = createContext({ projectId: emulator.projectId, secret: emulator.secret, baseUrl: emulator.url, fraudBaseUrl: emulator.url, retry: { limit: 0 } })
      const d = await device({}, emulator)
      await setFraudRules(ctx, { action: 'BLOCK', visitor_id: d.fingerprints['visitor_id']!, expires_in_minutes: 10 })
      expect((await lookupFraudFingerprint(ctx, { telemetry_id: d.telemetry_id })).verdict.action).toBe('BLOCK')
      now += 11 * 60_000
      expect((await lookupFraudFingerprint(ctx, { telemetry_id: d.telemetry_id })).verdict.action).toBe('ALLOW')
      expect((await listFraudRules(ctx, {})).rules).toEqual([])
      now += 60 * 60_000
      expect(await apiError(lookupFraudFingerprint(ctx, { telemetry_id: d.telemetry_id }))).toMatchObject({ status: 404, code: 'telemetry_id_not_found' })
    } finally {
      await emulator.close()
    }
  })
})
