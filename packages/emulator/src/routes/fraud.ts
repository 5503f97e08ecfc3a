// The fraud routes (Stytch's telemetry service, which the library calls at `fraudBaseUrl`; the
// emulator serves them on its own origin) with small, deterministic rules instead of Stytch's
// signals. What each route decides from is documented at the route.
import { createHash } from 'node:crypto'
import { isIP } from 'node:net'
import type {
  GetFraudEmailRiskResponse,
  ListFraudRulesResponse,
  ListFraudVerdictReasonsResponse,
  LookupFraudFingerprintResponse,
  Metadata,
  OverrideFraudVerdictReasonsResponse,
  Rule,
  SetFraudRulesResponse,
  Verdict,
  VerdictReasonAction,
} from 'stytch-b2b'
import { type Body, optInt, optObject, optStr, optStrings, str } from '../body.js'
import { type Answer, type Emulator, type Route, iso, newId } from '../core.js'
import { badRequest, fail } from '../errors.js'
import type { TelemetryRecord, VerdictOverrideRecord } from '../state.js'
import { copy } from '../tracking.js'

type Action = 'ALLOW' | 'CHALLENGE' | 'BLOCK'
const SEVERITY: Readonly<Record<Action, number>> = { ALLOW: 0, CHALLENGE: 1, BLOCK: 2 }
const ACTIONS = Object.keys(SEVERITY) as Action[]

/**
 * The verdict reasons the emulator knows, with their default actions. A device registered with
 * `POST /emulator/fraud/telemetry` carries any of them in `reasons`; `VPN_DETECTED` and
 * `PROXY_DETECTED` also set `is_vpn` / `is_proxy`, and the last four make the device not
 * authentic.
 */
export const VERDICT_REASONS: Readonly<Record<string, Action>> = {
  KNOWN_DEVICE: 'ALLOW',
  NEW_DEVICE: 'ALLOW',
  VPN_DETECTED: 'CHALLENGE',
  PROXY_DETECTED: 'CHALLENGE',
  TOR_EXIT_NODE: 'BLOCK',
  VIRTUAL_MACHINE: 'CHALLENGE',
  HEADLESS_BROWSER: 'BLOCK',
  AUTOMATED_BROWSER: 'BLOCK',
  BROWSER_TAMPERING: 'BLOCK',
}
const INAUTHENTIC = ['VIRTUAL_MACHINE', 'HEADLESS_BROWSER', 'AUTOMATED_BROWSER', 'BROWSER_TAMPERING']

/** How long a telemetry id can be looked up after the device registered it. */
export const TELEMETRY_MINUTES = 60

/** Rule types, each with the body field that names its identifier, in the order lookups try them. */
const RULE_FIELDS = [
  ['VISITOR_ID', 'visitor_id'],
  ['BROWSER_ID', 'browser_id'],
  ['VISITOR_FINGERPRINT', 'visitor_fingerprint'],
  ['BROWSER_FINGERPRINT', 'browser_fingerprint'],
  ['HARDWARE_FINGERPRINT', 'hardware_fingerprint'],
  ['NETWORK_FINGERPRINT', 'network_fingerprint'],
  ['CIDR_BLOCK', 'cidr_block'],
  ['COUNTRY_CODE', 'country_code'],
  ['ASN', 'asn'],
] as const
type RuleField = (typeof RULE_FIELDS)[number][1]

// ---- email risk -------------------------------------------------------------------------------

/** Domains the emulator treats as disposable (a few well-known ones and a reserved test name). */
export const DISPOSABLE_DOMAINS: readonly string[] = ['mailinator.com', 'guerrillamail.com', 'yopmail.com', '10minutemail.com', 'trashmail.com', 'disposable.test']
/** Local parts of shared mailboxes rather than people. */
export const ROLE_ADDRESSES: readonly string[] = ['admin', 'billing', 'contact', 'help', 'info', 'noreply', 'no-reply', 'office', 'postmaster', 'sales', 'support', 'team', 'webmaster']
/** Top-level names that never resolve (RFC 2606 / 6761): no MX or A record. */
const NO_RECORDS = ['invalid', 'test', 'localhost', 'example']
const DOTS_IGNORED = ['gmail.com', 'googlemail.com']

/**
 * Risk of an email address, from the address alone (the emulator has no mail data):
 * - normalized: lower-cased, a `+tag` dropped, dots dropped at Gmail (and `googlemail.com` read
 *   as `gmail.com`); `tumbling_character_count` counts the characters dropped from the local part;
 * - role address: the normalized local part is one of {@link ROLE_ADDRESSES};
 * - known bounces: the normalized local part starts with `bounce`;
 * - disposable: the domain is one of {@link DISPOSABLE_DOMAINS};
 * - no MX or A record: the top-level name is `invalid`, `test`, `localhost` or `example`.
 * Score: 100 for bad syntax, else 60 disposable + 40 no records + 30 bounces + 20 role + 10
 * tumbling, at most 100. Action: BLOCK from 80, CHALLENGE from 40, else ALLOW.
 */
export function emailRisk(address: string): Answer<GetFraudEmailRiskResponse> {
  const email = address.trim().toLowerCase()
  const match = /^([^@\s]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/.exec(email)
  const valid = match !== null
  let local = match?.[1] ?? email.split('@')[0] ?? ''
  let domain = match?.[2] ?? email.split('@')[1] ?? ''
  const original = local.length
  local = local.replace(/\+.*$/, '')
  if (DOTS_IGNORED.includes(domain)) {
    local = local.replace(/\./g, '')
    domain = 'gmail.com'
  }
  const normalized = valid ? `${local}@${domain}` : email
  const tumbling = valid ? original - local.length : 0
  const role = valid && ROLE_ADDRESSES.includes(local)
  const bounces = valid && local.startsWith('bounce')
  const disposable = valid && DISPOSABLE_DOMAINS.includes(domain)
  const records = valid && !NO_RECORDS.includes(domain.split('.').at(-1) ?? '')
  const score = valid ? Math.min(100, (disposable ? 60 : 0) + (records ? 0 : 40) + (bounces ? 30 : 0) + (role ? 20 : 0) + (tumbling > 0 ? 10 : 0)) : 100
  return {
    address_information: { has_known_bounces: bounces, has_valid_syntax: valid, is_suspected_role_address: role, normalized_email: normalized, tumbling_character_count: tumbling },
    domain_information: { has_mx_or_a_record: records, is_disposable_domain: disposable },
    action: score >= 80 ? 'BLOCK' : score >= 40 ? 'CHALLENGE' : 'ALLOW',
    risk_score: score,
  }
}

// ---- rules ------------------------------------------------------------------------------------

/** The address bits of an IPv4 or IPv6 address, or undefined. */
function addressBits(ip: string): { bits: bigint; width: number } | undefined {
  const version = isIP(ip)
  if (version === 4) return { bits: ip.split('.').reduce((n, octet) => (n << 8n) | BigInt(Number(octet)), 0n), width: 32 }
  if (version !== 6 || ip.includes('.')) return undefined // IPv4-mapped IPv6 is not supported
  const [head = '', tail] = ip.split('::')
  const groups = (part: string | undefined): string[] => (part ? part.split(':') : [])
  const left = groups(head)
  const right = groups(tail)
  const all = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  return { bits: all.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n), width: 128 }
}

/** A CIDR block (`203.0.113.0/24`, `2001:db8::/32`) as its network bits and prefix length. */
function parseCidr(cidr: string): { bits: bigint; width: number; prefix: number } | undefined {
  const [ip = '', length, extra] = cidr.split('/')
  const address = addressBits(ip)
  if (!address || extra !== undefined || length === undefined || !/^\d{1,3}$/.test(length) || Number(length) > address.width) return undefined
  return { ...address, prefix: Number(length) }
}

function inCidr(ip: string, cidr: string): boolean {
  const block = parseCidr(cidr)
  const address = addressBits(ip)
  if (!block || !address || block.width !== address.width) return false
  const shift = BigInt(block.width - block.prefix)
  return address.bits >> shift === block.bits >> shift
}

const asnDigits = (asn: string): string => asn.replace(/^AS/i, '')

/** The rule's identifier field and value as a `Set` body names it (exactly one). */
function ruleTarget(body: Body): { type: (typeof RULE_FIELDS)[number][0]; field: RuleField; value: string } {
  const given = RULE_FIELDS.map(([type, field]) => ({ type, field, value: optStr(body, field) })).filter((g) => g.value !== undefined)
  if (given.length !== 1) badRequest('visitor_id', `name exactly one of ${RULE_FIELDS.map(([, f]) => f).join(', ')}`)
  const target = given[0]!
  let value = target.value!
  if (target.field === 'cidr_block' && !parseCidr(value)) badRequest('cidr_block', 'must be an IPv4 or IPv6 CIDR block such as 203.0.113.0/24')
  if (target.field === 'country_code') {
    if (!/^[a-z]{2}$/i.test(value)) badRequest('country_code', 'must be a two-letter ISO 3166 country code')
    value = value.toUpperCase()
  }
  if (target.field === 'asn' && !/^(AS)?\d{1,10}$/i.test(value)) badRequest('asn', 'must be an autonomous system number such as 64496 or AS64496')
  return { type: target.type, field: target.field, value }
}

/** Drops the rules whose `expires_at` has passed. */
function pruneRules(em: Emulator): void {
  for (const [key, rule] of Object.entries(em.state.fraud_rules)) {
    if (rule.expires_at !== undefined && Date.parse(rule.expires_at) <= em.now()) delete em.state.fraud_rules[key]
  }
}

/**
 * Sets the rule for one identifier (replacing an earlier rule for it); action `NONE` removes it.
 * `expires_in_minutes` makes the rule lapse.
 */
function setRule({ em, body }: { em: Emulator; body: Body }): Answer<SetFraudRulesResponse> {
  const action = str(body, 'action')
  if (![...ACTIONS, 'NONE'].includes(action)) badRequest('action', 'must be one of ALLOW, CHALLENGE, BLOCK, NONE')
  const target = ruleTarget(body)
  const minutes = optInt(body, 'expires_in_minutes')
  if (minutes !== undefined && (minutes < 1 || minutes > 525_600)) badRequest('expires_in_minutes', 'must be between 1 and 525600')
  const description = optStr(body, 'description')
  pruneRules(em)
  const key = `${target.type}:${target.type === 'ASN' ? asnDigits(target.value) : target.value}`
  if (action === 'NONE') {
    delete em.state.fraud_rules[key]
    return { action, [target.field]: target.value }
  }
  const now = iso(em)
  const previous = em.state.fraud_rules[key]
  const expires_at = minutes === undefined ? undefined : iso(em, em.now() + minutes * 60_000)
  const rule: Rule = {
    rule_type: target.type,
    action,
    created_at: previous?.created_at ?? now,
    last_updated_at: now,
    [target.field]: target.value,
    ...(description !== undefined && { description }),
    ...(expires_at !== undefined && { expires_at }),
  }
  em.state.fraud_rules[key] = rule
  return { action, [target.field]: target.value, ...(expires_at !== undefined && { expires_at }) }
}

/** The live rules, oldest first, in pages: `cursor` is the offset a previous page answered. */
function listRules({ em, body }: { em: Emulator; body: Body }): Answer<ListFraudRulesResponse> {
  const limit = optInt(body, 'limit') ?? 100
  if (limit < 1 || limit > 1000) badRequest('limit', 'must be between 1 and 1000')
  const cursor = optStr(body, 'cursor')
  const offset = cursor === undefined ? 0 : /^\d{1,9}$/.test(cursor) ? Number(cursor) : badRequest('cursor', 'must be a next_cursor of an earlier answer')
  pruneRules(em)
  const rules = Object.entries(em.state.fraud_rules)
    .sort(([ka, a], [kb, b]) => a.created_at.localeCompare(b.created_at) || ka.localeCompare(kb))
    .map(([, rule]) => copy(rule))
  const page = rules.slice(offset, offset + limit)
  return { rules: page, next_cursor: offset + limit < rules.length ? String(offset + limit) : '' }
}

// ---- fingerprints -----------------------------------------------------------------------------

const fingerprint = (prefix: string, of: string): string => `${prefix}-test-${createHash('sha256').update(`${prefix}:${of}`).digest('hex').slice(0, 32)}`

/**
 * `POST /emulator/fraud/telemetry` (emulator only): registers a device, as Stytch's fingerprinting
 * script would, and answers its `telemetry_id`. All fields are optional: `visitor_id`,
 * `browser_id` (default new ids), the four fingerprints (default: derived from the visitor id,
 * the browser id and the IP address, so the same values give the same fingerprints),
 * `ip_address` (default 203.0.113.7), `user_agent`, `country_code` (default US), `asn` (default
 * 64496), `device_type` (default DESKTOP) and `reasons` (verdict reasons the device shows).
 */
function registerTelemetry({ em, body }: { em: Emulator; body: Body }): { telemetry_id: string; fingerprints: TelemetryRecord['fingerprints']; expires_at: string } {
  const reasons = optStrings(body, 'reasons') ?? []
  for (const reason of reasons) if (!(reason in VERDICT_REASONS)) badRequest('reasons', `${JSON.stringify(reason)} is not one of ${Object.keys(VERDICT_REASONS).join(', ')}`)
  const ip = optStr(body, 'ip_address') ?? '203.0.113.7'
  if (!addressBits(ip)) badRequest('ip_address', 'must be an IPv4 or IPv6 address')
  const country = (optStr(body, 'country_code') ?? 'US').toUpperCase()
  if (!/^[A-Z]{2}$/.test(country)) badRequest('country_code', 'must be a two-letter ISO 3166 country code')
  const asn = optStr(body, 'asn') ?? '64496'
  if (!/^(AS)?\d{1,10}$/i.test(asn)) badRequest('asn', 'must be an autonomous system number such as 64496')
  const visitorId = optStr(body, 'visitor_id') ?? newId('visitor')
  const browserId = optStr(body, 'browser_id') ?? newId('browser')
  const nowMs = em.now()
  const record: TelemetryRecord = {
    telemetry_id: newId('telemetry-id'),
    fingerprints: {
      visitor_id: visitorId,
      browser_id: browserId,
      visitor_fingerprint: optStr(body, 'visitor_fingerprint') ?? fingerprint('vfp', visitorId),
      browser_fingerprint: optStr(body, 'browser_fingerprint') ?? fingerprint('bfp', browserId),
      hardware_fingerprint: optStr(body, 'hardware_fingerprint') ?? fingerprint('hfp', visitorId),
      network_fingerprint: optStr(body, 'network_fingerprint') ?? fingerprint('nfp', ip),
    },
    reasons: [...new Set(reasons)],
    ip_address: ip,
    user_agent: optStr(body, 'user_agent') ?? 'Mozilla/5.0 (stytch-b2b-emulator)',
    country_code: country,
    asn,
    detected_device_type: optStr(body, 'device_type') ?? 'DESKTOP',
    created_at: iso(em, nowMs),
    expires_at: iso(em, nowMs + TELEMETRY_MINUTES * 60_000),
  }
  em.state.fraud_telemetry[record.telemetry_id] = record
  return { telemetry_id: record.telemetry_id, fingerprints: copy(record.fingerprints), expires_at: record.expires_at }
}

/** The first live rule, in {@link RULE_FIELDS} order, that names the device. */
function matchingRule(em: Emulator, t: TelemetryRecord): { rule: Rule; identifier: string } | undefined {
  const values: Record<Exclude<RuleField, 'cidr_block'>, string> = { ...t.fingerprints, country_code: t.country_code, asn: asnDigits(t.asn) }
  for (const [type, field] of RULE_FIELDS) {
    if (field === 'cidr_block') {
      const rule = Object.values(em.state.fraud_rules).find((r) => r.rule_type === 'CIDR_BLOCK' && r.cidr_block !== undefined && inCidr(t.ip_address, r.cidr_block))
      if (rule) return { rule, identifier: rule.cidr_block ?? '' }
      continue
    }
    const rule = em.state.fraud_rules[`${type}:${values[field]}`]
    if (rule) return { rule, identifier: rule[field] ?? values[field] }
  }
  return undefined
}

/**
 * The verdict on a registered device: a live rule that names it (tried in the order visitor id,
 * browser id, the four fingerprints, CIDR block, country, ASN) decides; otherwise the most severe
 * action of its verdict reasons (each its override, else its default), ALLOW without reasons.
 */
function verdictOf(em: Emulator, t: TelemetryRecord): Verdict {
  const overrides = t.reasons.flatMap((reason) => {
    const o = em.state.fraud_verdict_overrides[reason]
    return o ? [{ verdict_reason: reason, override_action: o.override_action }] : []
  })
  const base = { reasons: [...t.reasons], detected_device_type: t.detected_device_type, is_authentic_device: !t.reasons.some((r) => INAUTHENTIC.includes(r)), verdict_reason_overrides: overrides }
  const match = matchingRule(em, t)
  if (match) return { ...base, action: match.rule.action, rule_match_type: match.rule.rule_type, rule_match_identifier: match.identifier }
  const actions = t.reasons.map((r) => em.state.fraud_verdict_overrides[r]?.override_action ?? VERDICT_REASONS[r] ?? 'ALLOW')
  const action = actions.reduce<Action>((worst, a) => (SEVERITY[a] > SEVERITY[worst] ? a : worst), 'ALLOW')
  return { ...base, action }
}

function lookup({ em, body }: { em: Emulator; body: Body }): Answer<LookupFraudFingerprintResponse> {
  const id = str(body, 'telemetry_id')
  const metadata = optObject(body, 'external_metadata') ?? {}
  for (const [key, value] of Object.entries(metadata)) if (typeof value !== 'string') badRequest(`external_metadata.${key}`, 'must be a string')
  pruneRules(em)
  const t = em.state.fraud_telemetry[id]
  if (!t || Date.parse(t.expires_at) <= em.now()) {
    return fail(404, 'telemetry_id_not_found', `telemetry_id: no device registered ${JSON.stringify(id)}, or it expired (telemetry ids live ${TELEMETRY_MINUTES} minutes).`)
  }
  return {
    telemetry_id: t.telemetry_id,
    fingerprints: copy(t.fingerprints),
    verdict: verdictOf(em, t),
    external_metadata: metadata as Metadata,
    created_at: t.created_at,
    expires_at: t.expires_at,
    properties: {
      network_properties: {
        ip_address: t.ip_address,
        asn: { asn: t.asn, name: 'Emulated network', network: '' },
        ip_geolocation: { city: '', region: '', country: t.country_code },
        is_proxy: t.reasons.includes('PROXY_DETECTED'),
        is_vpn: t.reasons.includes('VPN_DETECTED'),
      },
      browser_properties: { user_agent: t.user_agent },
    },
  }
}

// ---- verdict reasons --------------------------------------------------------------------------

function reasonAction(reason: string, override: VerdictOverrideRecord | undefined): VerdictReasonAction {
  return { verdict_reason: reason, default_action: VERDICT_REASONS[reason] ?? 'ALLOW', ...(override && { override_action: override.override_action, override_created_at: override.override_created_at, override_description: override.override_description }) }
}

/** Every verdict reason with its default action and override, in {@link VERDICT_REASONS} order. */
function listReasons({ em, body }: { em: Emulator; body: Body }): Answer<ListFraudVerdictReasonsResponse> {
  const raw = body['overrides_only']
  if (raw !== undefined && raw !== null && typeof raw !== 'boolean') badRequest('overrides_only', 'must be a boolean')
  const reasons = Object.keys(VERDICT_REASONS).filter((r) => raw !== true || em.state.fraud_verdict_overrides[r] !== undefined)
  return { verdict_reason_actions: reasons.map((r) => reasonAction(r, em.state.fraud_verdict_overrides[r])) }
}

/** Overrides one reason's action for later lookups; `NONE` restores the default. */
function overrideReason({ em, body }: { em: Emulator; body: Body }): Answer<OverrideFraudVerdictReasonsResponse> {
  const reason = str(body, 'verdict_reason')
  if (!(reason in VERDICT_REASONS)) badRequest('verdict_reason', `${JSON.stringify(reason)} is not one of ${Object.keys(VERDICT_REASONS).join(', ')}`)
  const action = str(body, 'override_action')
  if (action === 'NONE') {
    delete em.state.fraud_verdict_overrides[reason]
    return { verdict_reason_action: reasonAction(reason, undefined) }
  }
  if (!(ACTIONS as string[]).includes(action)) badRequest('override_action', 'must be one of ALLOW, CHALLENGE, BLOCK, NONE')
  const record: VerdictOverrideRecord = { verdict_reason: reason, override_action: action as Action, override_created_at: iso(em), override_description: optStr(body, 'override_description') ?? '' }
  em.state.fraud_verdict_overrides[reason] = record
  return { verdict_reason_action: reasonAction(reason, record) }
}

/** The `fraud` group (served at the emulator's own origin) and its device-registration helper. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/email/risk', handler: ({ body }) => emailRisk(str(body, 'email_address')) },
  { method: 'POST', path: '/v1/fingerprint/lookup', handler: lookup },
  { method: 'POST', path: '/v1/rules/set', handler: setRule },
  { method: 'POST', path: '/v1/rules/list', handler: listRules },
  { method: 'POST', path: '/v1/verdict_reasons/list', handler: listReasons },
  { method: 'POST', path: '/v1/verdict_reasons/override', handler: overrideReason },
  { method: 'POST', path: '/emulator/fraud/telemetry', handler: registerTelemetry },
]
