// The official Node SDK as the emulator's client. `stytch` 14.2 (B2BClient, a dependency of
// bench/ only) drives one realistic scenario against stytch-b2b-emulator, started in this process
// behind a small HTTPS proxy on 127.0.0.1 (the SDK refuses plain http; the proxy's certificate is
// made with openssl now and trusted only by the undici Agent given to the SDK, and by this
// process's https global agent, which jose inside the SDK uses for the JWKS).
//
// What it proves: every method that both the official B2BClient and spec/b2b-api.json have (the
// B2B `methods` by their `nodeMethod`, and the M2M, Connected Apps, Debug, Project and Fraud
// `consumerMethods`), plus the SDK's local helpers (sessions.authenticateJwtLocal and
// authenticateJwt, m2m.authenticateToken, idp.introspectTokenLocal), works against the emulator
// the way it works against Stytch: with real state chained from call to call (organizations,
// members, logins by magic link, email OTP, password, SSO, OAuth, impersonation and trusted auth
// tokens using the emulator's outbox and its /emulator/* helper routes, M2M and connected-app
// clients, OAuth authorization, tokens and introspection), with a local authorization check
// granted only by an organization custom role, and with every member-session-header method called
// once with the SDK's `authorization` option.
//
// Each method is PASS when its calls resolve (or, for a deliberate negative check, fail with the
// expected error type), FAIL (with the error) otherwise, and NOT REACHED when every call needed
// something an earlier failed step should have made. The table ends with `N passed, N failed, N
// not reached` and the spec methods the scenario has no step for (must be none). Exit code 1 on
// any failure or method not reached. Loopback only; every call is bounded by CALL_MS.
//
// Run: npm run test:parity (repo root; builds, installs bench/ and runs this after the wire
// parity checks), or, once built and installed: node bench/sdk-emulator.mjs
import { createHash, randomBytes } from 'node:crypto'
import https from 'node:https'
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { B2BClient } from 'stytch'
import { DEFAULT_POLICY, startEmulator, totpCode } from 'stytch-b2b-emulator'
import { makeCertificate, startTlsProxy, trustingAgent } from './tls.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('..', import.meta.url))
const tmp = `${here}.tmp`
mkdirSync(tmp, { recursive: true })
const CALL_MS = 10_000
const started = process.hrtime.bigint()
// The whole run is bounded too: a hang anywhere ends it with exit code 2.
setTimeout(() => {
  console.error('sdk-emulator: no result after 180 s')
  process.exit(2)
}, 180_000).unref()

const spec = JSON.parse(readFileSync(`${root}spec/b2b-api.json`, 'utf8'))
const specMethods = [...spec.methods, ...(spec.consumerMethods ?? [])]
const specById = new Map(specMethods.map((m) => [m.id, m]))

// ---- the emulator behind TLS ----------------------------------------------------------------------
const PROJECT_ID = 'project-test-11111111-2222-4333-8444-555555555555'
const SECRET = 'secret-test-sdk-emulator-000000000000'

// The project policy: Stytch's built-in roles and the sample resource, plus an `invoices`
// resource of the application, a role for it, and OAuth scopes that grant invoice actions.
const POLICY = {
  roles: [
    ...DEFAULT_POLICY.roles,
    { role_id: 'invoice_clerk', description: 'Reads and creates invoices.', permissions: [{ resource_id: 'invoices', actions: ['read', 'create'] }] },
  ],
  resources: [...DEFAULT_POLICY.resources, { resource_id: 'invoices', description: 'Invoices of the application.', actions: ['read', 'create', 'approve'] }],
  scopes: [
    { scope: 'read:invoices', description: 'Read invoices.', permissions: [{ resource_id: 'invoices', actions: ['read'] }] },
    { scope: 'write:invoices', description: 'Create invoices.', permissions: [{ resource_id: 'invoices', actions: ['create'] }] },
  ],
}
/** The organization custom role that rbac.organizations.setOrgPolicy adds to Acme: the only grant of invoices:approve. */
const APPROVER_ROLE = { role_id: 'invoice_approver', description: 'Approves invoices (Acme only).', permissions: [{ resource_id: 'invoices', actions: ['approve', 'read'] }] }

let tls
let samlIdp1
let samlIdp2
try {
  tls = makeCertificate(tmp, 'sdk-emulator')
  // Two more self-signed certificates play a SAML IdP's signing certificates.
  samlIdp1 = makeCertificate(tmp, 'saml-idp-1', '/CN=Acme Test IdP')
  samlIdp2 = makeCertificate(tmp, 'saml-idp-2', '/CN=Acme Test IdP 2')
} catch (error) {
  console.error(`sdk-emulator: could not make test certificates with openssl (${error.message})`)
  process.exit(2)
}

const emulatorLog = []
const emulator = await startEmulator({ projectId: PROJECT_ID, secret: SECRET, policy: POLICY, log: (line) => emulatorLog.push(line) })
const proxy = await startTlsProxy({ target: emulator.url, key: tls.key, cert: tls.cert, timeoutMs: CALL_MS })
const agent = trustingAgent(tls.cert)
// jose 5 in the SDK fetches the JWKS with node:https and its global agent, not the dispatcher.
https.globalAgent.options.ca = tls.cert

const client = new B2BClient({ project_id: PROJECT_ID, secret: SECRET, custom_base_url: proxy.url, fraud_env: proxy.url, dispatcher: agent })
const BASIC = `Basic ${Buffer.from(`${PROJECT_ID}:${SECRET}`).toString('base64')}`

// ---- bookkeeping --------------------------------------------------------------------------------
/** Per spec method id: calls that passed, failures, skipped calls, and whether a step sends authorization. */
const tally = new Map(specMethods.map((m) => [m.id, { passed: 0, failed: [], skipped: [], steps: 0, authorizedSteps: 0 }]))

function sdkMethod(id) {
  const dotted = specById.get(id)?.nodeMethod
  if (!dotted) throw new Error(`scenario bug: ${id} has no nodeMethod in the spec`)
  let owner = client
  const parts = dotted.split('.')
  for (const part of parts.slice(0, -1)) owner = owner?.[part]
  const fn = owner?.[parts.at(-1)]
  if (typeof fn !== 'function') throw new Error(`the official client has no method ${dotted} (${id})`)
  return fn.bind(owner)
}

function errorType(error) {
  return error?.error_type ?? error?.code ?? error?.name ?? 'Error'
}

function describe(error) {
  if (error?.status_code !== undefined && error?.error_type !== undefined) return `${error.status_code} ${error.error_type}: ${error.error_message ?? ''}`.trim()
  if (error?.code !== undefined) return `${error.constructor?.name ?? 'Error'} ${String(error.message)}`
  return `${error?.name ?? 'Error'}: ${String(error?.message ?? error)}`
}

function withTimeout(promise) {
  let timer
  const limit = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${CALL_MS} ms`)), CALL_MS)))
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer))
}

/** The required `status_code` / `request_id` fields of an API method's response type (none for local helpers). */
function envelopeOf(id) {
  const m = specById.get(id)
  if (m.kind !== 'http' && m.kind !== 'with_claims') return new Set()
  const fields = spec.types[m.responseType]?.fields ?? []
  return new Set(fields.filter((f) => f.required && (f.name === 'status_code' || f.name === 'request_id')).map((f) => f.name))
}

/**
 * Runs one call of spec method `id` through the official SDK: `run(method)` gets the bound SDK
 * method. Options: `needs` ({ what: value }; any undefined value skips the call as not reached),
 * `expect` (an error type the call must fail with: a deliberate negative check), `check(result)`
 * (returns a problem string, or nothing when the answer is right), `authorized` (the call sends
 * the SDK's authorization option). Resolves to the result, or undefined when the call did not pass.
 */
async function step(id, label, run, options = {}) {
  const entry = tally.get(id)
  if (!entry) throw new Error(`scenario bug: ${id} is not a method of spec/b2b-api.json`)
  entry.steps++
  if (options.authorized) entry.authorizedSteps++
  const missing = Object.entries(options.needs ?? {}).filter(([, v]) => v === undefined || v === null || v === '').map(([k]) => k)
  if (missing.length) {
    entry.skipped.push(`${label}: needs ${missing.join(', ')}`)
    return undefined
  }
  try {
    const value = await withTimeout(run(sdkMethod(id)))
    if (options.expect) {
      entry.failed.push(`${label}: resolved, but ${options.expect} was expected`)
      return undefined
    }
    // The SDK hands API answers back as they came: the envelope fields the spec declares must be there.
    const envelope = envelopeOf(id)
    const wire = (envelope.has('status_code') && value?.status_code !== 200) || (envelope.has('request_id') && typeof value?.request_id !== 'string') ? `the answer lacks ${[...envelope].join(' or ')}` : undefined
    const problem = wire ?? options.check?.(value)
    if (problem) {
      entry.failed.push(`${label}: ${problem}`)
      return undefined
    }
    entry.passed++
    return value
  } catch (error) {
    if (options.expect && errorType(error) === options.expect) {
      entry.passed++
      return error
    }
    entry.failed.push(`${label}${options.expect ? ` (expected ${options.expect})` : ''}: ${describe(error)}`)
    return undefined
  }
}

/** The problem text when `condition` is false. */
const want = (condition, problem) => (condition ? undefined : problem)

class HelperError extends Error {
  constructor(what, status, body) {
    super(`${what} answered ${status} ${body?.error_type ?? body?.error ?? ''}: ${body?.error_message ?? body?.error_description ?? ''}`)
    this.name = 'HelperError'
    this.status_code = status
    this.error_type = body?.error_type ?? body?.error ?? 'helper_error'
    this.error_message = `${what}: ${body?.error_message ?? body?.error_description ?? ''}`
  }
}

/** POSTs JSON to an emulator-only route (through the proxy, with the project's Basic auth). */
async function emulatorPost(path, body) {
  const response = await fetch(`${proxy.url}${path}`, {
    method: 'POST',
    headers: { authorization: BASIC, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    dispatcher: agent,
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) throw new HelperError(`POST ${path}`, response.status, json)
  return json
}

/**
 * The OAuth token endpoint for what the SDK has no method for (the authorization_code grant of a
 * connected app): a form POST to the public route, as an OAuth client would send it.
 */
async function oauthToken(form) {
  const response = await fetch(`${proxy.url}/v1/public/${PROJECT_ID}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
    dispatcher: agent,
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) throw new HelperError('POST /v1/public/{project_id}/oauth2/token', response.status, json)
  return json
}

/** The newest outbox message to `to` with `template` (and `channel`); throws when there is none. */
function latestMessage(to, template, channel = 'email') {
  const message = emulator.outbox({ to, template, channel }).at(-1)
  if (!message) throw new Error(`no ${channel} "${template}" message to ${to} in the emulator's outbox`)
  return message
}

function tokenOf(message) {
  if (!message.token) throw new Error(`the "${message.template}" message to ${message.to} carries no token`)
  return message.token
}

function codeOf(message) {
  if (!message.code) throw new Error(`the "${message.template}" message to ${message.to} carries no code`)
  return message.code
}

/** An unsigned JWT with these claims, as an external identity system would issue (sessions.migrate). */
function externalJwt(claims) {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`
}

const pkcePair = () => {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

const sessionOf = (answer) => answer?.session_token || undefined
const jwtOf = (answer) => answer?.session_jwt || undefined
const auth = (sessionToken) => ({ authorization: { session_token: sessionToken } })
const authJwt = (sessionJwt) => ({ authorization: { session_jwt: sessionJwt } })
const hasSession = (r) => want(r?.member_session?.member_session_id && r?.session_token && r?.session_jwt, 'no member session, session_token or session_jwt in the answer')
const hasClaim = (r, key, value) => want(r?.member_session?.custom_claims?.[key] === value, `member_session.custom_claims.${key} is ${JSON.stringify(r?.member_session?.custom_claims?.[key])}, not ${JSON.stringify(value)}`)

// ---- the scenario -------------------------------------------------------------------------------
const ACME_DOMAIN = 'acme.test'
const ADA = `ada@${ACME_DOMAIN}`
const BOB = `bob@${ACME_DOMAIN}`
const CAROL = `carol@${ACME_DOMAIN}`
const DAVE = `dave@${ACME_DOMAIN}`
const ERIN = `erin@${ACME_DOMAIN}`
const FRANK = `frank@${ACME_DOMAIN}`
const PHONE = '+15555550123'
const sha1 = (text) => createHash('sha1').update(text).digest('hex')
const adaPassword = 'Quartz-lantern-97-meadow'
const REDIRECT = 'https://app.acme.test/callback'

// -- project level
await step('Debug.Whoami', 'whoami', (m) => m(), { check: (r) => want(r.project_id === PROJECT_ID, `project_id is ${r.project_id}`) })
await step('Project.Metrics', 'metrics', (m) => m(), { check: (r) => want(Array.isArray(r.metrics), 'no metrics array') })
await step('RBAC.Policy', 'project policy', (m) => m(), {
  check: (r) => want(r.policy?.resources?.some((x) => x.resource_id === 'invoices') && r.policy?.scopes?.some((s) => s.scope === 'read:invoices'), 'the policy lacks the invoices resource or the read:invoices scope'),
})
await step('Sessions.GetJWKS', 'JWKS', (m) => m({ project_id: PROJECT_ID }), { check: (r) => want(r.keys?.length > 0 && r.keys[0].kid, 'no keys') })

// -- organizations
const acme = (await step('Organizations.Create', 'Acme', (m) =>
  m({ organization_name: 'Acme', organization_slug: 'acme', email_allowed_domains: [ACME_DOMAIN], email_jit_provisioning: 'RESTRICTED', external_id: 'acme-external-1' }),
{ check: (r) => want(r.organization?.organization_slug === 'acme', 'organization_slug is not acme') }))?.organization
const globex = (await step('Organizations.Create', 'Globex', (m) => m({ organization_name: 'Globex', organization_slug: 'globex', email_allowed_domains: ['globex.test'] })))?.organization
const ORG = acme?.organization_id
const ORG_B = globex?.organization_id
await step('Organizations.Get', 'Acme', (m) => m({ organization_id: ORG }), { needs: { 'Acme (organizations.create)': ORG }, check: (r) => want(r.organization?.organization_name === 'Acme', 'wrong organization') })
await step('Organizations.Search', 'by slug', (m) => m({ query: { operator: 'AND', operands: [{ filter_name: 'organization_slugs', filter_value: ['acme'] }] } }), {
  needs: { Acme: ORG },
  check: (r) => want(r.organizations?.length === 1 && r.organizations[0].organization_id === ORG, 'search did not find exactly Acme'),
})

// -- members, and an admin who logs in with a migrated password
const adaMember = (await step('Organizations.Members.Create', 'Ada (admin)', (m) =>
  m({ organization_id: ORG, email_address: ADA, name: 'Ada', roles: ['stytch_admin', 'invoice_clerk'], external_id: 'ada-external-1' }), { needs: { Acme: ORG } }))?.member
const bobMember = (await step('Organizations.Members.Create', 'Bob', (m) => m({ organization_id: ORG, email_address: BOB, name: 'Bob' }), { needs: { Acme: ORG } }))?.member
const ADA_ID = adaMember?.member_id
const BOB_ID = bobMember?.member_id
await step('Organizations.Metrics', 'Acme', (m) => m({ organization_id: ORG }), { needs: { Acme: ORG }, check: (r) => want(r.member_count === 2, `member_count is ${r.member_count}, not 2`) })
await step('Organizations.Members.Get', 'Bob by email', (m) => m({ organization_id: ORG, email_address: BOB }), { needs: { Bob: BOB_ID }, check: (r) => want(r.member?.member_id === BOB_ID, 'another member') })
await step('Organizations.Members.DangerouslyGet', 'Bob by id', (m) => m({ member_id: BOB_ID }), { needs: { Bob: BOB_ID }, check: (r) => want(r.member?.email_address === BOB, 'another member') })

await step('Passwords.StrengthCheck', 'strong password', (m) => m({ password: adaPassword, email_address: ADA }), { check: (r) => want(r.valid_password === true, 'the password was judged weak') })
await step('Passwords.Migrate', 'Ada: a SHA-1 hash from the old system', (m) =>
  m({ organization_id: ORG, email_address: ADA, hash_type: 'sha_1', hash: sha1(`pepper:${adaPassword}`), sha_1_config: { prepend_salt: 'pepper:', append_salt: '' } }),
{ needs: { Ada: ADA_ID }, check: (r) => want(r.member_created === false && r.member_id === ADA_ID, 'migrate did not add the password to Ada') })
// Ada's browser as Stytch's fingerprinting script would register it (the emulator's stand-in).
const { telemetry_id: ADA_TELEMETRY } = await emulatorPost('/emulator/fraud/telemetry', { visitor_id: 'visitor-sdk-ada', user_agent: 'sdk-emulator' })
const adaLogin = await step('Passwords.Authenticate', 'Ada', (m) =>
  m({ organization_id: ORG, email_address: ADA, password: adaPassword, session_duration_minutes: 120, telemetry_id: ADA_TELEMETRY }),
{ needs: { 'Ada with a password': ADA_ID }, check: hasSession })
const ADA_S = sessionOf(adaLogin)
const ADA_JWT = jwtOf(adaLogin)
await step('Passwords.AuthenticateWithClaims', 'Ada, custom claims', (m) =>
  m({ organization_id: ORG, email_address: ADA, password: adaPassword, session_duration_minutes: 60, session_custom_claims: { tier: 'gold' } }),
{ needs: { 'Ada with a password': ADA_S }, check: (r) => hasSession(r) ?? hasClaim(r, 'tier', 'gold') })

// -- Bob logs in by magic link; the admin invites Carol
await step('MagicLinks.Email.LoginOrSignup', 'Bob', (m) => m({ organization_id: ORG, email_address: BOB, login_redirect_url: REDIRECT }), { needs: { Bob: BOB_ID }, check: (r) => want(r.member_created === false, 'Bob was created again') })
const bobLogin = await step('MagicLinks.Authenticate', 'Bob, login link', (m) => m({ magic_links_token: tokenOf(latestMessage(BOB, 'login')), session_duration_minutes: 120 }), { needs: { Bob: BOB_ID }, check: hasSession })
let BOB_S = sessionOf(bobLogin)
await step('MagicLinks.Email.LoginOrSignup', 'Bob again', (m) => m({ organization_id: ORG, email_address: BOB }), { needs: { Bob: BOB_ID } })
await step('MagicLinks.AuthenticateWithClaims', 'Bob, custom claims', (m) => m({ magic_links_token: tokenOf(latestMessage(BOB, 'login')), session_custom_claims: { via: 'magic_link' } }), {
  needs: { Bob: BOB_ID },
  check: (r) => hasSession(r) ?? hasClaim(r, 'via', 'magic_link'),
})

await step('Organizations.Update', 'Bob may not rename Acme', (m) => m({ organization_id: ORG, organization_name: 'Bob Corp' }, auth(BOB_S)), {
  needs: { 'Bob session': BOB_S },
  authorized: true,
  expect: 'session_authorization_error',
})
await step('Organizations.Update', 'the admin renames Acme', (m) => m({ organization_id: ORG, organization_name: 'Acme Inc' }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S },
  authorized: true,
  check: (r) => want(r.organization?.organization_name === 'Acme Inc', 'the name did not change'),
})
await step('Organizations.Members.Create', 'Bob may not add members', (m) => m({ organization_id: ORG, email_address: `mallory@${ACME_DOMAIN}` }, auth(BOB_S)), {
  needs: { 'Bob session': BOB_S },
  authorized: true,
  expect: 'session_authorization_error',
})
const daveMember = (await step('Organizations.Members.Create', 'the admin adds Dave', (m) => m({ organization_id: ORG, email_address: DAVE, name: 'Dave' }, authJwt(ADA_JWT)), {
  needs: { 'Ada session JWT': ADA_JWT },
  authorized: true,
}))?.member
const DAVE_ID = daveMember?.member_id
await step('Organizations.Members.Update', 'Bob edits himself', (m) => m({ organization_id: ORG, member_id: BOB_ID, untrusted_metadata: { team: 'ops' } }, auth(BOB_S)), {
  needs: { 'Bob session': BOB_S },
  authorized: true,
  check: (r) => want(r.member?.untrusted_metadata?.team === 'ops', 'untrusted_metadata not stored'),
})
await step('Organizations.Members.Update', 'the admin renames Bob', (m) => m({ organization_id: ORG, member_id: BOB_ID, name: 'Bob B.' }), { needs: { Bob: BOB_ID }, check: (r) => want(r.member?.name === 'Bob B.', 'the name did not change') })

await step('MagicLinks.Email.Invite', 'the admin invites Carol', (m) => m({ organization_id: ORG, email_address: CAROL, name: 'Carol', invited_by_member_id: ADA_ID, invite_redirect_url: REDIRECT }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S },
  authorized: true,
  check: (r) => want(r.member?.status === 'invited', `Carol is ${r.member?.status}, not invited`),
})
const carolJoin = await step('MagicLinks.Authenticate', 'Carol accepts the invite', (m) => m({ magic_links_token: tokenOf(latestMessage(CAROL, 'invite')), session_duration_minutes: 120 }), {
  needs: { 'Carol invited': ADA_S },
  check: (r) => hasSession(r) ?? want(r.member?.status === 'active', 'Carol is not active'),
})
const CAROL_ID = carolJoin?.member_id
let CAROL_S = sessionOf(carolJoin)
await step('Organizations.Members.Search', 'members of Acme named by email', (m) =>
  m({ organization_ids: [ORG], query: { operator: 'OR', operands: [{ filter_name: 'member_emails', filter_value: [BOB, CAROL] }] } }, auth(ADA_S)),
{ needs: { 'Ada session': ADA_S }, authorized: true, check: (r) => want(r.members?.length === 2, `found ${r.members?.length} members, not 2`) })
await step('Organizations.Members.Search', 'without authorization', (m) => m({ organization_ids: [ORG], limit: 10 }), { needs: { Acme: ORG }, check: (r) => want(r.members?.length >= 3, 'fewer than 3 members') })

// -- discovery: magic link, the organizations of an email, entering one, creating one
await step('MagicLinks.Email.Discovery.Send', 'Ada', (m) => m({ email_address: ADA, discovery_redirect_url: REDIRECT }))
const adaDiscovered = await step('MagicLinks.Discovery.Authenticate', 'Ada', (m) => m({ discovery_magic_links_token: tokenOf(latestMessage(ADA, 'discovery')) }), {
  check: (r) => want(r.intermediate_session_token && r.discovered_organizations?.some((d) => d.organization?.organization_id === ORG), 'Acme was not discovered'),
})
await step('Discovery.Organizations.List', 'with the intermediate session', (m) => m({ intermediate_session_token: adaDiscovered.intermediate_session_token }), {
  needs: { 'intermediate session (magicLinks.discovery.authenticate)': adaDiscovered?.intermediate_session_token },
  check: (r) => want(r.email_address === ADA && r.discovered_organizations?.length >= 1, 'no organizations'),
})
await step('Discovery.Organizations.List', 'with a session', (m) => m({ session_token: ADA_S }), { needs: { 'Ada session': ADA_S }, check: (r) => want(r.discovered_organizations?.length >= 1, 'no organizations') })
const adaByLink = await step('Discovery.IntermediateSessions.Exchange', 'Ada enters Acme', (m) => m({ intermediate_session_token: adaDiscovered.intermediate_session_token, organization_id: ORG, session_duration_minutes: 120 }), {
  needs: { 'intermediate session': adaDiscovered?.intermediate_session_token },
  check: hasSession,
})
const adaPwDiscovered = await step('Passwords.Discovery.Authenticate', 'Ada', (m) => m({ email_address: ADA, password: adaPassword }), {
  needs: { 'Ada with a password': ADA_S },
  check: (r) => want(r.intermediate_session_token, 'no intermediate session'),
})
const adaLabs = await step('Discovery.Organizations.Create', 'Ada creates Ada Labs', (m) =>
  m({ intermediate_session_token: adaPwDiscovered.intermediate_session_token, organization_name: 'Ada Labs', organization_slug: 'ada-labs', session_duration_minutes: 60 }),
{ needs: { 'intermediate session (passwords.discovery.authenticate)': adaPwDiscovered?.intermediate_session_token }, check: (r) => hasSession(r) ?? want(r.organization?.organization_slug === 'ada-labs', 'wrong slug') })

// -- Ada in a second organization: a session exchange
const adaInGlobex = (await step('Organizations.Members.Create', 'Ada joins Globex as admin', (m) => m({ organization_id: ORG_B, email_address: ADA, name: 'Ada', roles: ['stytch_admin'] }), { needs: { Globex: ORG_B } }))?.member
const adaGlobex = await step('Sessions.Exchange', 'Ada: Acme session → Globex', (m) => m({ organization_id: ORG_B, session_token: sessionOf(adaByLink), session_duration_minutes: 60 }), {
  needs: { 'Ada in Globex': adaInGlobex?.member_id, 'Ada magic-link session (discovery exchange)': sessionOf(adaByLink) },
  check: (r) => hasSession(r) ?? want(r.member_authenticated === true && r.organization?.organization_id === ORG_B, 'not authenticated into Globex'),
})
const ADA_B = sessionOf(adaGlobex)

// -- passwords: reset by email, change, session reset, discovery reset, require reset
await step('Passwords.Email.ResetStart', 'Bob', (m) => m({ organization_id: ORG, email_address: BOB, reset_password_redirect_url: REDIRECT }), { needs: { Bob: BOB_ID } })
let bobPassword = 'Violet-harbor-stone-31-ember'
const bobReset = await step('Passwords.Email.Reset', 'Bob', (m) => m({ password_reset_token: tokenOf(latestMessage(BOB, 'password_reset')), password: bobPassword, session_duration_minutes: 120 }), { needs: { Bob: BOB_ID }, check: hasSession })
if (bobReset) BOB_S = sessionOf(bobReset)
const bobNewPassword = 'Copper-tundra-58-willow-jade'
const bobChanged = await step('Passwords.ExistingPassword.Reset', 'Bob', (m) =>
  m({ organization_id: ORG, email_address: BOB, existing_password: bobPassword, new_password: bobNewPassword, session_duration_minutes: 120 }),
{ needs: { 'Bob with a password': bobReset }, check: hasSession })
if (bobChanged) {
  BOB_S = sessionOf(bobChanged)
  bobPassword = bobNewPassword
}
const bobSessionReset = await step('Passwords.Sessions.Reset', 'Bob, within minutes of logging in', (m) => m({ organization_id: ORG, session_token: BOB_S, password: 'Amber-glacier-42-falcon-reed', session_duration_minutes: 120 }), {
  needs: { 'Bob session': BOB_S },
  check: hasSession,
})
if (bobSessionReset) {
  BOB_S = sessionOf(bobSessionReset)
  bobPassword = 'Amber-glacier-42-falcon-reed'
}
await step('Passwords.Migrate', 'Frank: a new member from the old system', (m) =>
  m({ organization_id: ORG, email_address: FRANK, name: 'Frank', hash_type: 'sha_1', hash: sha1('Cobalt-prairie-73-heron-mint') }),
{ needs: { Acme: ORG }, check: (r) => want(r.member_created === true, 'Frank was not created') })
await step('Passwords.Discovery.Email.ResetStart', 'Frank', (m) => m({ email_address: FRANK, reset_password_redirect_url: REDIRECT, discovery_redirect_url: REDIRECT }), { needs: { Acme: ORG } })
await step('Passwords.Discovery.Email.Reset', 'Frank', (m) => m({ password_reset_token: tokenOf(latestMessage(FRANK, 'discovery_password_reset')), password: 'Saffron-canyon-26-otter-plum' }), {
  needs: { Acme: ORG },
  check: (r) => want(r.intermediate_session_token && r.discovered_organizations?.length >= 1, 'no intermediate session or organizations'),
})

// -- OAuth: the emulator mints what the provider's redirect would carry
const oauthLogins = {}
for (const provider of ['google', 'github', 'slack', 'hubspot']) {
  oauthLogins[provider] = await step('OAuth.Authenticate', `Bob with ${provider}`, async (m) => {
    const { token } = await emulatorPost('/emulator/oauth/token', { provider, email_address: BOB, organization_id: ORG, name: 'Bob B.' })
    return m({ oauth_token: token, session_duration_minutes: 60 })
  }, { needs: { Bob: BOB_ID }, check: (r) => hasSession(r) ?? want(r.provider_values?.access_token, 'no provider access token') })
}
const pkce = pkcePair()
oauthLogins.microsoft = await step('OAuth.AuthenticateWithClaims', 'Bob with microsoft (PKCE), custom claims', async (m) => {
  const { token } = await emulatorPost('/emulator/oauth/token', { provider: 'microsoft', email_address: BOB, organization_id: ORG, pkce_code_challenge: pkce.challenge })
  return m({ oauth_token: token, pkce_code_verifier: pkce.verifier, session_custom_claims: { idp: 'microsoft' } })
}, { needs: { Bob: BOB_ID }, check: (r) => hasSession(r) ?? hasClaim(r, 'idp', 'microsoft') })
await step('OAuth.Discovery.Authenticate', 'Ada with google', async (m) => {
  const { token } = await emulatorPost('/emulator/oauth/token', { provider: 'google', email_address: ADA, discovery: true })
  return m({ discovery_oauth_token: token })
}, { check: (r) => want(r.intermediate_session_token && r.discovered_organizations?.length >= 2, 'Ada should discover Acme and Globex') })
const providerChecks = {
  // include_refresh_token=true goes in the query as a string; the tokens of the login come back.
  'Organizations.Members.OAuthProviders.Google': (r) => want(r.provider_type === 'google' && r.access_token === oauthLogins.google.provider_values.access_token && r.refresh_token, 'not the google tokens of the login'),
  'Organizations.Members.OAuthProviders.Microsoft': (r) => want(r.provider_type === 'microsoft' && r.access_token === oauthLogins.microsoft.provider_values.access_token && r.refresh_token, 'not the microsoft tokens of the login'),
  'Organizations.Members.OAuthProviders.Github': (r) => want(r.registrations?.length === 1 && r.registrations[0].access_token === oauthLogins.github.provider_values.access_token, 'not the github registration of the login'),
  'Organizations.Members.OAuthProviders.Slack': (r) => want(r.registrations?.length === 1 && r.registrations[0].access_token === oauthLogins.slack.provider_values.access_token, 'not the slack registration of the login'),
  'Organizations.Members.OAuthProviders.Hubspot': (r) => want(r.registrations?.length === 1 && r.registrations[0].refresh_token, 'not the hubspot registration of the login, with its refresh token'),
}
for (const [id, check] of Object.entries(providerChecks)) {
  const provider = id.split('.').at(-1).toLowerCase()
  await step(id, `Bob's ${provider} tokens`, (m) => m({ organization_id: ORG, member_id: BOB_ID, include_refresh_token: true }), { needs: { [`Bob's ${provider} login`]: oauthLogins[provider] }, check })
}

// -- MFA: SMS passcodes for Bob, TOTP and recovery codes for Carol, a migrated TOTP for Dave
await step('OTPs.Sms.Send', 'Bob links his phone', (m) => m({ organization_id: ORG, member_id: BOB_ID, mfa_phone_number: PHONE }), { needs: { Bob: BOB_ID } })
await step('OTPs.Sms.Authenticate', 'Bob adds the SMS factor to his session', (m) => m({ organization_id: ORG, member_id: BOB_ID, code: codeOf(latestMessage(PHONE, 'otp', 'sms')), session_token: BOB_S }), {
  needs: { 'Bob session': BOB_S },
  check: (r) => hasSession(r) ?? want(r.member?.mfa_phone_number_verified === true && r.member_session.authentication_factors.some((f) => f.type === 'otp'), 'no verified phone or otp factor'),
})
await step('OTPs.Sms.Send', 'Bob, a second code', (m) => m({ organization_id: ORG, member_id: BOB_ID }), { needs: { Bob: BOB_ID } })
await step('OTPs.Sms.AuthenticateWithClaims', 'Bob, custom claims', (m) =>
  m({ organization_id: ORG, member_id: BOB_ID, code: codeOf(latestMessage(PHONE, 'otp', 'sms')), session_token: BOB_S, session_custom_claims: { mfa: 'sms' } }),
{ needs: { 'Bob session': BOB_S }, check: (r) => hasSession(r) ?? hasClaim(r, 'mfa', 'sms') })

const carolTotp = await step('TOTPs.Create', 'Carol', (m) => m({ organization_id: ORG, member_id: CAROL_ID, session_token: CAROL_S }), {
  needs: { 'Carol session': CAROL_S },
  check: (r) => want(r.secret && r.recovery_codes?.length > 0, 'no secret or recovery codes'),
})
await step('TOTPs.Authenticate', 'Carol', (m) => m({ organization_id: ORG, member_id: CAROL_ID, code: totpCode(carolTotp.secret), session_token: CAROL_S }), {
  needs: { 'Carol TOTP (totps.create)': carolTotp?.secret },
  check: (r) => hasSession(r) ?? want(r.member?.totp_registration_id === carolTotp.totp_registration_id, 'the registration is not the member\'s'),
})
await step('TOTPs.AuthenticateWithClaims', 'Carol, custom claims', (m) =>
  m({ organization_id: ORG, member_id: CAROL_ID, code: totpCode(carolTotp.secret), session_token: CAROL_S, session_custom_claims: { mfa: 'totp' } }),
{ needs: { 'Carol TOTP': carolTotp?.secret }, check: (r) => hasSession(r) ?? hasClaim(r, 'mfa', 'totp') })
const carolCodes = await step('RecoveryCodes.Get', 'Carol', (m) => m({ organization_id: ORG, member_id: CAROL_ID }), {
  needs: { 'Carol TOTP': carolTotp?.secret },
  check: (r) => want(r.recovery_codes?.length === carolTotp.recovery_codes.length, 'another number of codes'),
})
const carolRotated = await step('RecoveryCodes.Rotate', 'Carol', (m) => m({ organization_id: ORG, member_id: CAROL_ID }), {
  needs: { 'Carol recovery codes': carolCodes },
  check: (r) => want(r.recovery_codes?.length > 0 && !r.recovery_codes.includes(carolCodes.recovery_codes[0]), 'the codes did not change'),
})
await step('RecoveryCodes.Recover', 'Carol uses a code', (m) => m({ organization_id: ORG, member_id: CAROL_ID, recovery_code: carolRotated.recovery_codes[0], session_token: CAROL_S }), {
  needs: { 'rotated recovery codes': carolRotated },
  check: (r) => want(r.recovery_codes_remaining === carolRotated.recovery_codes.length - 1, `recovery_codes_remaining is ${r.recovery_codes_remaining}`),
})

// Dave logs in once (so his address is verified), gets a TOTP secret from the old system, loses it, is deleted and comes back.
await step('MagicLinks.Email.LoginOrSignup', 'Dave', (m) => m({ organization_id: ORG, email_address: DAVE }), { needs: { Dave: DAVE_ID } })
await step('MagicLinks.Authenticate', 'Dave, login link', (m) => m({ magic_links_token: tokenOf(latestMessage(DAVE, 'login')) }), { needs: { Dave: DAVE_ID }, check: hasSession })
await step('TOTPs.Migrate', 'Dave', (m) => m({ organization_id: ORG, member_id: DAVE_ID, secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', recovery_codes: ['dave-code-0001', 'dave-code-0002'] }), {
  needs: { Dave: DAVE_ID },
  check: (r) => want(r.totp_registration_id && r.recovery_codes?.length === 2, 'no registration or codes'),
})
await step('Organizations.Members.DeleteTOTP', 'the admin removes Dave\'s TOTP', (m) => m({ organization_id: ORG, member_id: DAVE_ID }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, Dave: DAVE_ID },
  authorized: true,
  check: (r) => want(r.member?.totp_registration_id === '', 'the registration is still there'),
})
await step('Organizations.Members.Delete', 'the admin deletes Dave', (m) => m({ organization_id: ORG, member_id: DAVE_ID }, auth(ADA_S)), { needs: { 'Ada session': ADA_S, Dave: DAVE_ID }, authorized: true })
await step('Organizations.Members.Reactivate', 'the admin reactivates Dave', (m) => m({ organization_id: ORG, member_id: DAVE_ID }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, Dave: DAVE_ID },
  authorized: true,
  check: (r) => want(r.member?.status === 'active', `Dave is ${r.member?.status}`),
})

// -- SSO: SAML and OIDC connections in Acme, an external connection in Globex, logins through them
const saml = (await step('SSO.SAML.CreateConnection', 'Acme SAML', (m) => m({ organization_id: ORG, display_name: 'Acme SAML', identity_provider: 'okta' }, auth(ADA_S)), { needs: { 'Ada session': ADA_S }, authorized: true }))?.connection
const SAML_ID = saml?.connection_id
const samlActive = (await step('SSO.SAML.UpdateConnection', 'IdP settings, certificate and encryption key', (m) =>
  m({
    organization_id: ORG,
    connection_id: SAML_ID,
    idp_entity_id: 'urn:acme:idp',
    idp_sso_url: 'https://idp.acme.test/sso',
    x509_certificate: samlIdp1.cert,
    attribute_mapping: { email: 'mail', full_name: 'displayName', groups: 'groups' },
    saml_encryption_private_key: samlIdp1.key,
  }, auth(ADA_S)),
{ needs: { 'SAML connection': SAML_ID }, authorized: true, check: (r) => want(r.connection?.status === 'active', `the connection is ${r.connection?.status}`) }))?.connection
const samlTwoCerts = (await step('SSO.SAML.UpdateConnection', 'a second signing certificate', (m) => m({ organization_id: ORG, connection_id: SAML_ID, x509_certificate: samlIdp2.cert }), {
  needs: { 'active SAML connection': samlActive },
  check: (r) => want(r.connection?.verification_certificates?.length === 2, `${r.connection?.verification_certificates?.length} certificates, not 2`),
}))?.connection
await step('SSO.SAML.UpdateByURL', 'metadata URL', (m) => m({ organization_id: ORG, connection_id: SAML_ID, metadata_url: 'https://idp.acme.test/metadata.xml' }, authJwt(ADA_JWT)), { needs: { 'SAML connection': SAML_ID }, authorized: true })
await step('SSO.SAML.DeleteVerificationCertificate', 'the older certificate', (m) =>
  m({ organization_id: ORG, connection_id: SAML_ID, certificate_id: samlTwoCerts.verification_certificates[0].certificate_id }, auth(ADA_S)),
{ needs: { 'two certificates': samlTwoCerts }, authorized: true })
const encryptionKeyId = samlActive?.encryption_private_keys?.[0]?.private_key_id
await step('SSO.SAML.DeleteEncryptionPrivateKey', 'the encryption key', (m) => m({ organization_id: ORG, connection_id: SAML_ID, private_key_id: encryptionKeyId }, auth(ADA_S)), {
  needs: { 'an encryption key stored by sso.saml.updateConnection (saml_encryption_private_key)': encryptionKeyId },
  authorized: true,
})
const oidc = (await step('SSO.OIDC.CreateConnection', 'Acme OIDC', (m) => m({ organization_id: ORG, display_name: 'Acme OIDC', identity_provider: 'okta' }, auth(ADA_S)), { needs: { 'Ada session': ADA_S }, authorized: true }))?.connection
const OIDC_ID = oidc?.connection_id
const oidcActive = await step('SSO.OIDC.UpdateConnection', 'IdP settings', (m) =>
  m({
    organization_id: ORG,
    connection_id: OIDC_ID,
    client_id: 'acme-oidc-client',
    client_secret: 'acme-oidc-secret',
    issuer: 'https://idp.acme.test',
    authorization_url: 'https://idp.acme.test/authorize',
    token_url: 'https://idp.acme.test/token',
    userinfo_url: 'https://idp.acme.test/userinfo',
    jwks_url: 'https://idp.acme.test/jwks',
  }, auth(ADA_S)),
{ needs: { 'OIDC connection': OIDC_ID }, authorized: true, check: (r) => want(r.connection?.status === 'active', `the connection is ${r.connection?.status}`) })
await step('SSO.GetConnections', 'Acme', (m) => m({ organization_id: ORG }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S },
  authorized: true,
  check: (r) => want(r.saml_connections?.length === 1 && r.oidc_connections?.length === 1, 'not one SAML and one OIDC connection'),
})
await step('SSO.GetConnections', 'an Acme session may not read Globex', (m) => m({ organization_id: ORG_B }, auth(ADA_S)), { needs: { 'Ada session': ADA_S, Globex: ORG_B }, authorized: true, expect: 'session_authorization_tenancy_error' })
const external = (await step('SSO.External.CreateConnection', 'Globex borrows Acme SAML', (m) =>
  m({ organization_id: ORG_B, external_organization_id: ORG, external_connection_id: SAML_ID, display_name: 'Acme SAML (shared)' }, auth(ADA_B)),
{ needs: { 'Ada session in Globex (sessions.exchange)': ADA_B, 'active SAML connection': samlActive }, authorized: true }))?.connection
await step('SSO.External.UpdateConnection', 'rename', (m) => m({ organization_id: ORG_B, connection_id: external.connection_id, display_name: 'Acme SSO' }, auth(ADA_B)), {
  needs: { 'external connection': external },
  authorized: true,
  check: (r) => want(r.connection?.display_name === 'Acme SSO', 'not renamed'),
})
const erinSaml = await step('SSO.Authenticate', 'Erin through SAML (JIT)', async (m) => {
  const { token } = await emulatorPost('/emulator/sso/token', { connection_id: SAML_ID, email_address: ERIN, name: 'Erin', groups: ['engineering'] })
  return m({ sso_token: token, session_duration_minutes: 60 })
}, { needs: { 'active SAML connection': samlActive }, check: (r) => hasSession(r) ?? want(r.member?.sso_registrations?.length === 1, 'no SSO registration') })
const ERIN_ID = erinSaml?.member_id
const erinOidc = await step('SSO.AuthenticateWithClaims', 'Erin through OIDC, custom claims', async (m) => {
  const { token } = await emulatorPost('/emulator/sso/token', { connection_id: OIDC_ID, email_address: ERIN, name: 'Erin', access_token: 'idp-access-erin', refresh_token: 'idp-refresh-erin', id_token: 'idp-id-erin', scopes: ['openid', 'email'] })
  return m({ sso_token: token, session_custom_claims: { sso: 'oidc' } })
}, { needs: { 'active OIDC connection': oidcActive }, check: (r) => hasSession(r) ?? hasClaim(r, 'sso', 'oidc') })
await step('Organizations.Members.OIDCProviders', 'Erin', (m) => m({ organization_id: ORG, member_id: ERIN_ID, include_refresh_token: true }), {
  needs: { 'Erin (sso.authenticate)': ERIN_ID, 'Erin OIDC login': erinOidc },
  // Where a registration of the connection is listed, it carries the tokens the IdP handed over.
  check: (r) => want(Array.isArray(r.registrations) && r.registrations.filter((x) => x.connection_id === OIDC_ID).every((x) => x.access_token === 'idp-access-erin'), 'no registrations array, or another access token'),
})
await step('SSO.DeleteConnection', 'Globex drops the borrowed connection', (m) => m({ organization_id: ORG_B, connection_id: external.connection_id }, auth(ADA_B)), {
  needs: { 'external connection': external },
  authorized: true,
  check: (r) => want(r.connection_id === external.connection_id, 'another connection id'),
})

// -- SCIM
const scim = await step('SCIM.Connection.Create', 'Acme', (m) => m({ organization_id: ORG, display_name: 'Okta SCIM', identity_provider: 'okta' }, authJwt(ADA_JWT)), {
  needs: { 'Ada session JWT': ADA_JWT },
  authorized: true,
  check: (r) => want(r.connection?.bearer_token, 'no bearer token'),
})
const SCIM_ID = scim?.connection?.connection_id
const scimIds = { organization_id: ORG, connection_id: SCIM_ID }
await step('SCIM.Connection.Get', 'Acme', (m) => m({ organization_id: ORG }, auth(ADA_S)), { needs: { 'SCIM connection': SCIM_ID }, authorized: true, check: (r) => want(r.connection?.connection_id === SCIM_ID, 'another connection') })
await step('SCIM.Connection.GetGroups', 'no groups yet', (m) => m({ ...scimIds, limit: 10 }, auth(ADA_S)), { needs: { 'SCIM connection': SCIM_ID }, authorized: true, check: (r) => want(Array.isArray(r.scim_groups), 'no scim_groups array') })
await step('SCIM.Connection.Update', 'rename', (m) => m({ ...scimIds, display_name: 'Okta SCIM (prod)' }, auth(ADA_S)), { needs: { 'SCIM connection': SCIM_ID }, authorized: true, check: (r) => want(r.connection?.display_name === 'Okta SCIM (prod)', 'not renamed') })
await step('SCIM.Connection.RotateStart', 'first rotation', (m) => m(scimIds, auth(ADA_S)), { needs: { 'SCIM connection': SCIM_ID }, authorized: true, check: (r) => want(r.connection?.next_bearer_token, 'no next token') })
await step('SCIM.Connection.RotateCancel', 'cancel it', (m) => m(scimIds, auth(ADA_S)), { needs: { 'SCIM connection': SCIM_ID }, authorized: true })
await step('SCIM.Connection.RotateStart', 'second rotation', (m) => m(scimIds), { needs: { 'SCIM connection': SCIM_ID } })
await step('SCIM.Connection.RotateComplete', 'complete it', (m) => m(scimIds, auth(ADA_S)), { needs: { 'SCIM connection': SCIM_ID }, authorized: true })
await step('SCIM.Connection.Delete', 'Acme', (m) => m(scimIds, auth(ADA_S)), { needs: { 'SCIM connection': SCIM_ID }, authorized: true })

// -- organization custom roles, and local authorization checks against them
const orgPolicySet = await step('RBAC.Organizations.SetOrgPolicy', 'Acme gets invoice_approver', (m) => m({ organization_id: ORG, org_policy: { roles: [APPROVER_ROLE] } }), {
  needs: { Acme: ORG },
  check: (r) => want(r.org_policy?.roles?.some((x) => x.role_id === APPROVER_ROLE.role_id), 'the answer does not hold the role'),
})
await step('RBAC.Organizations.GetOrgPolicy', 'Acme', (m) => m({ organization_id: ORG }), {
  needs: { Acme: ORG },
  check: (r) => want(Array.isArray(r.org_policy?.roles) && (!orgPolicySet || r.org_policy.roles.some((x) => x.role_id === APPROVER_ROLE.role_id)), 'no org_policy.roles, or the custom role is missing'),
})
const carolApprover = await step('Organizations.Members.Update', 'the admin makes Carol an approver (custom role)', (m) => m({ organization_id: ORG, member_id: CAROL_ID, roles: [APPROVER_ROLE.role_id] }, auth(ADA_S)), {
  needs: { 'the custom role (rbac.organizations.setOrgPolicy)': orgPolicySet, 'Ada session': ADA_S },
  authorized: true,
  check: (r) => want(r.member?.roles?.some((x) => x.role_id === APPROVER_ROLE.role_id), 'Carol does not hold the role'),
})
await step('MagicLinks.Email.LoginOrSignup', 'Carol', (m) => m({ organization_id: ORG, email_address: CAROL }), { needs: { Carol: CAROL_ID } })
const carolAgain = await step('MagicLinks.Authenticate', 'Carol, login link', (m) => m({ magic_links_token: tokenOf(latestMessage(CAROL, 'login')), session_duration_minutes: 60 }), { needs: { Carol: CAROL_ID }, check: hasSession })
if (carolAgain) CAROL_S = sessionOf(carolAgain)

// The SDK caches the organization policy for five minutes from its first local check, so every
// local check of Acme comes after the policy was set.
const approve = { organization_id: ORG, resource_id: 'invoices', action: 'approve' }
await step('Sessions.AuthenticateJWTLocal', 'Ada', (m) => m({ session_jwt: ADA_JWT }), { needs: { 'Ada session JWT': ADA_JWT }, check: (r) => want(r.member_id === ADA_ID && r.organization_slug === 'acme', 'wrong member or slug') })
await step('Sessions.AuthenticateJWTLocal', 'Ada may write documents (project role)', (m) => m({ session_jwt: ADA_JWT, authorization_check: { organization_id: ORG, resource_id: 'documents', action: 'write' } }), { needs: { 'Ada session JWT': ADA_JWT } })
await step('Sessions.AuthenticateJWTLocal', 'Carol may approve invoices (organization custom role)', (m) => m({ session_jwt: jwtOf(carolAgain), authorization_check: approve }), {
  needs: { 'Carol as approver (organizations.members.update)': carolApprover, 'Carol session JWT': jwtOf(carolAgain) },
  check: (r) => want(r.roles?.includes(APPROVER_ROLE.role_id), 'the session does not carry the custom role'),
})
await step('Sessions.AuthenticateJWTLocal', 'Bob may not approve invoices', (m) => m({ session_jwt: jwtOf(bobSessionReset ?? bobLogin), authorization_check: approve }), {
  needs: { 'Bob session JWT': jwtOf(bobSessionReset ?? bobLogin) },
  expect: 'invalid_permissions',
})
await step('Sessions.AuthenticateJWTLocal', 'an Acme session checked against Globex', (m) => m({ session_jwt: ADA_JWT, authorization_check: { organization_id: ORG_B, resource_id: 'documents', action: 'read' } }), {
  needs: { 'Ada session JWT': ADA_JWT, Globex: ORG_B },
  expect: 'tenancy_mismatch',
})
await step('Sessions.AuthenticateJWT', 'verified locally', (m) => m({ session_jwt: ADA_JWT, authorization_check: { organization_id: ORG, resource_id: 'documents', action: 'read' } }), {
  needs: { 'Ada session JWT': ADA_JWT },
  check: (r) => want(r.member_session?.member_id === ADA_ID, 'wrong member'),
})
await step('Sessions.AuthenticateJWT', 'max_token_age_seconds 0: remote', (m) => m({ session_jwt: ADA_JWT, max_token_age_seconds: 0 }), { needs: { 'Ada session JWT': ADA_JWT }, check: hasSession })
const claimsLogin = await step('Sessions.AuthenticateWithClaims', 'Ada adds a custom claim', (m) => m({ session_token: ADA_S, session_custom_claims: { department: 'finance' } }), {
  needs: { 'Ada session': ADA_S },
  check: (r) => hasSession(r) ?? hasClaim(r, 'department', 'finance'),
})
await step('Sessions.AuthenticateJWTWithClaims', 'the custom claim from the JWT', (m) => m({ session_jwt: jwtOf(claimsLogin) }), {
  needs: { 'a JWT with custom claims (sessions.authenticate)': jwtOf(claimsLogin) },
  check: (r) => want(r.member_session?.custom_claims?.department === 'finance', 'the custom claim is missing'),
})

// -- sessions: authenticate remotely, list, migrate, revoke
await step('Sessions.Authenticate', 'Ada, with an authorization check', (m) => m({ session_token: ADA_S, authorization_check: { organization_id: ORG, resource_id: 'documents', action: 'delete' } }), {
  needs: { 'Ada session': ADA_S },
  check: (r) => hasSession(r) ?? want(r.verdict?.authorized === true, 'no authorized verdict'),
})
await step('Sessions.Authenticate', 'Bob may not update the organization', (m) => m({ session_token: BOB_S, authorization_check: { organization_id: ORG, resource_id: 'stytch.organization', action: 'update' } }), {
  needs: { 'Bob session': BOB_S },
  expect: 'session_authorization_error',
})
await step('Sessions.Get', 'Ada', (m) => m({ organization_id: ORG, member_id: ADA_ID }), { needs: { Ada: ADA_ID }, check: (r) => want(r.member_sessions?.length >= 2, 'fewer than two sessions') })
const migrated = await step('Sessions.Migrate', 'Bob from an external session', (m) => m({ organization_id: ORG, session_token: externalJwt({ sub: 'legacy-user-7', email: BOB }), session_duration_minutes: 30 }), { needs: { Bob: BOB_ID }, check: hasSession })
await step('Sessions.Revoke', 'the admin ends Bob\'s migrated session', (m) => m({ session_token: sessionOf(migrated) }, auth(ADA_S)), { needs: { 'migrated session': sessionOf(migrated), 'Ada session': ADA_S }, authorized: true })
await step('Sessions.Authenticate', 'the revoked session is gone', (m) => m({ session_token: sessionOf(migrated) }), { needs: { 'migrated session': sessionOf(migrated) }, expect: 'session_not_found' })
await step('Sessions.Revoke', 'Ada ends her discovery session by id', (m) => m({ member_session_id: adaByLink.member_session.member_session_id }), { needs: { 'Ada discovery session': adaByLink?.member_session } })

// -- passwords: the admin requires a reset, and removes a password
await step('Passwords.Email.RequireReset', 'the admin requires Bob to reset', (m) => m({ email_address: BOB, organization_id: ORG }, auth(ADA_S)), { needs: { 'Ada session': ADA_S, 'Bob with a password': bobReset }, authorized: true })
await step('Passwords.Authenticate', 'Bob must reset first', (m) => m({ organization_id: ORG, email_address: BOB, password: bobPassword }), { needs: { 'Bob with a password': bobReset }, expect: 'member_reset_password' })
const bobNow = (await step('Organizations.Members.Get', 'Bob by id', (m) => m({ organization_id: ORG, member_id: BOB_ID }), { needs: { Bob: BOB_ID } }))?.member
await step('Organizations.Members.DeletePassword', 'the admin removes Bob\'s password', (m) => m({ organization_id: ORG, member_password_id: bobNow.member_password_id }, auth(ADA_S)), {
  needs: { 'Bob\'s member_password_id': bobNow?.member_password_id, 'Ada session': ADA_S },
  authorized: true,
  check: (r) => want(r.member?.member_password_id === '', 'the password is still there'),
})
await step('Organizations.Members.DeleteMFAPhoneNumber', 'the admin removes Bob\'s phone', (m) => m({ organization_id: ORG, member_id: BOB_ID }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, Bob: BOB_ID },
  authorized: true,
  check: (r) => want(r.member?.mfa_phone_number === '', 'the phone number is still there'),
})

// -- newer login flows: email OTP, impersonation, trusted auth tokens
await step('OTPs.Email.LoginOrSignup', 'Bob', (m) => m({ organization_id: ORG, email_address: BOB }), { needs: { Bob: BOB_ID }, check: (r) => want(r.member_id === BOB_ID, 'another member') })
await step('OTPs.Email.Authenticate', 'Bob', (m) => m({ organization_id: ORG, email_address: BOB, code: codeOf(latestMessage(BOB, 'otp')), session_duration_minutes: 60 }), { needs: { Bob: BOB_ID }, check: hasSession })
await step('OTPs.Email.LoginOrSignup', 'Bob again', (m) => m({ organization_id: ORG, email_address: BOB }), { needs: { Bob: BOB_ID } })
await step('OTPs.Email.AuthenticateWithClaims', 'Bob, custom claims', (m) => m({ organization_id: ORG, email_address: BOB, code: codeOf(latestMessage(BOB, 'otp')), session_custom_claims: { via: 'email_otp' } }), {
  needs: { Bob: BOB_ID },
  check: (r) => hasSession(r) ?? hasClaim(r, 'via', 'email_otp'),
})
await step('OTPs.Email.Discovery.Send', 'Carol', (m) => m({ email_address: CAROL }))
await step('OTPs.Email.Discovery.Authenticate', 'Carol', (m) => m({ email_address: CAROL, code: codeOf(latestMessage(CAROL, 'discovery_otp')) }), {
  check: (r) => want(r.intermediate_session_token && r.discovered_organizations?.some((d) => d.organization?.organization_id === ORG), 'Acme was not discovered'),
})

const impersonated = await step('Impersonation.Authenticate', 'support acts as Bob', async (m) => {
  const { token } = await emulatorPost('/emulator/impersonation/token', { member_id: BOB_ID, organization_id: ORG })
  return m({ impersonation_token: token })
}, { needs: { Bob: BOB_ID }, check: (r) => hasSession(r) ?? want(r.member_session.authentication_factors.some((f) => f.type === 'impersonated'), 'no impersonated factor') })
await step('Impersonation.AuthenticateWithClaims', 'support acts as Carol', async (m) => {
  const { token } = await emulatorPost('/emulator/impersonation/token', { member_id: CAROL_ID, organization_id: ORG })
  return m({ impersonation_token: token })
}, { needs: { Carol: CAROL_ID }, check: (r) => hasSession(r) ?? want(typeof r.member_session.custom_claims === 'object', 'no custom_claims object') })
await step('Sessions.Authenticate', 'the impersonated session', (m) => m({ session_token: sessionOf(impersonated) }), { needs: { 'impersonated session': sessionOf(impersonated) }, check: hasSession })
await step('Sessions.Attest', 'a trusted auth token for Bob', async (m) => {
  const { profile_id, token } = await emulatorPost('/emulator/trusted_auth_tokens/token', { organization_id: ORG, email_address: BOB })
  return m({ profile_id, token, organization_id: ORG, session_duration_minutes: 60 })
}, { needs: { Bob: BOB_ID }, check: (r) => hasSession(r) ?? want(r.member_session.authentication_factors.some((f) => f.type === 'trusted_auth_token'), 'no trusted_auth_token factor') })

// -- member email change, retired addresses, external ids
await step('Organizations.Members.StartEmailUpdate', 'Carol moves to a new address', (m) => m({ organization_id: ORG, member_id: CAROL_ID, email_address: `carol.new@${ACME_DOMAIN}`, login_redirect_url: REDIRECT, delivery_method: 'EMAIL_MAGIC_LINK' }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, Carol: CAROL_ID },
  authorized: true,
})
await step('MagicLinks.Authenticate', 'Carol confirms the new address', (m) => m({ magic_links_token: tokenOf(latestMessage(`carol.new@${ACME_DOMAIN}`, 'email_update')) }), {
  needs: { 'an email update (organizations.members.startEmailUpdate)': tally.get('Organizations.Members.StartEmailUpdate').passed || undefined },
  check: (r) => want(r.member?.email_address === `carol.new@${ACME_DOMAIN}` && r.member.retired_email_addresses.some((x) => x.email_address === CAROL), 'the address did not change'),
})
await step('Organizations.Members.Update', 'the admin changes Bob\'s address', (m) => m({ organization_id: ORG, member_id: BOB_ID, email_address: `robert@${ACME_DOMAIN}` }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, Bob: BOB_ID },
  authorized: true,
  check: (r) => want(r.member?.retired_email_addresses?.some((x) => x.email_address === BOB), 'the old address was not retired'),
})
await step('Organizations.Members.UnlinkRetiredEmail', 'Bob\'s old address', (m) => m({ organization_id: ORG, member_id: BOB_ID, email_address: BOB }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, Bob: BOB_ID },
  authorized: true,
  check: (r) => want(r.member?.retired_email_addresses?.length === 0, 'the retired address is still linked'),
})
await step('Organizations.Members.DeleteExternalID', 'Ada', (m) => m({ organization_id: ORG, member_id: ADA_ID }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S },
  authorized: true,
  check: (r) => want(!r.member?.external_id, 'the external id is still there'),
})
await step('Organizations.DeleteExternalID', 'Acme', (m) => m({ organization_id: ORG }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S },
  authorized: true,
  check: (r) => want(!r.organization?.external_id, 'the external id is still there'),
})

// -- M2M clients, tokens and their local verification
const m2m = (await step('M2M.Clients.Create', 'billing worker', (m) => m({ scopes: ['read:invoices', 'write:invoices'], client_name: 'Billing worker', trusted_metadata: { team: 'billing' } }), {
  check: (r) => want(r.m2m_client?.client_id && r.m2m_client?.client_secret, 'no client id or secret'),
}))?.m2m_client
const M2M_ID = m2m?.client_id
const m2mSecret = m2m?.client_secret
await step('M2M.Clients.Get', 'billing worker', (m) => m({ client_id: M2M_ID }), { needs: { 'M2M client': M2M_ID }, check: (r) => want(r.m2m_client?.client_name === 'Billing worker' && !r.m2m_client.client_secret, 'wrong client, or the secret is shown again') })
await step('M2M.Clients.Search', 'by client id', (m) => m({ limit: 10, query: { operator: 'AND', operands: [{ filter_name: 'client_id', filter_value: [M2M_ID] }] } }), {
  needs: { 'M2M client': M2M_ID },
  check: (r) => want(r.m2m_clients?.length === 1, `found ${r.m2m_clients?.length} clients`),
})
await step('M2M.Clients.Update', 'description', (m) => m({ client_id: M2M_ID, client_description: 'Nightly invoice runs' }), { needs: { 'M2M client': M2M_ID }, check: (r) => want(r.m2m_client?.client_description === 'Nightly invoice runs', 'not updated') })
const m2mToken = await step('M2M.Token', 'client credentials', (m) => m({ client_id: M2M_ID, client_secret: m2mSecret, scopes: ['read:invoices'] }), {
  needs: { 'M2M client': M2M_ID },
  check: (r) => want(r.access_token && r.token_type?.toLowerCase() === 'bearer', 'no bearer access token'),
})
await step('M2M.AuthenticateToken', 'with the scope it has', (m) => m({ access_token: m2mToken.access_token, required_scopes: ['read:invoices'] }), {
  needs: { 'M2M access token (m2m.token)': m2mToken?.access_token },
  check: (r) => want(r.client_id === M2M_ID && r.scopes.includes('read:invoices'), 'wrong client or scopes'),
})
await step('M2M.AuthenticateToken', 'with a scope it lacks', (m) => m({ access_token: m2mToken.access_token, required_scopes: ['write:invoices'] }), { needs: { 'M2M access token': m2mToken?.access_token }, expect: 'missing_scopes' })
const m2mNext = (await step('M2M.Clients.Secrets.RotateStart', 'first rotation', (m) => m({ client_id: M2M_ID }), { needs: { 'M2M client': M2M_ID }, check: (r) => want(r.m2m_client?.next_client_secret, 'no next secret') }))?.m2m_client
await step('M2M.Token', 'with the next secret during the rotation', (m) => m({ client_id: M2M_ID, client_secret: m2mNext.next_client_secret }), { needs: { 'next secret': m2mNext?.next_client_secret } })
await step('M2M.Clients.Secrets.RotateCancel', 'cancel it', (m) => m({ client_id: M2M_ID }), { needs: { 'M2M client': M2M_ID } })
const m2mNext2 = (await step('M2M.Clients.Secrets.RotateStart', 'second rotation', (m) => m({ client_id: M2M_ID }), { needs: { 'M2M client': M2M_ID } }))?.m2m_client
await step('M2M.Clients.Secrets.Rotate', 'complete it', (m) => m({ client_id: M2M_ID }), { needs: { 'a started rotation': m2mNext2 } })
await step('M2M.Token', 'the old secret after the rotation', (m) => m({ client_id: M2M_ID, client_secret: m2mSecret }), { needs: { 'completed rotation': tally.get('M2M.Clients.Secrets.Rotate').passed || undefined }, expect: 'invalid_client' })
await step('M2M.Clients.Delete', 'billing worker', (m) => m({ client_id: M2M_ID }), { needs: { 'M2M client': M2M_ID }, check: (r) => want(r.client_id === M2M_ID, 'another client id') })

// -- connected apps: a first-party app, OAuth authorization by Ada, tokens, introspection
const app = (await step('ConnectedApp.Clients.Create', 'Acme desktop (first party)', (m) =>
  m({ client_type: 'first_party', client_name: 'Acme Desktop', redirect_urls: [REDIRECT], full_access_allowed: true }),
{ check: (r) => want(r.connected_app?.client_id && r.connected_app?.client_secret, 'no client id or secret') }))?.connected_app
const APP_ID = app?.client_id
const appSecret = app?.client_secret
const thirdParty = (await step('ConnectedApp.Clients.Create', 'a third-party app', (m) => m({ client_type: 'third_party', client_name: 'Partner Reports', redirect_urls: ['https://partner.example.test/cb'] })))?.connected_app
await step('ConnectedApp.Clients.Get', 'Acme desktop', (m) => m({ client_id: APP_ID }), { needs: { 'connected app': APP_ID }, check: (r) => want(r.connected_app?.client_name === 'Acme Desktop', 'wrong app') })
await step('ConnectedApp.Clients.Search', 'all', (m) => m({ limit: 10 }), { needs: { 'connected app': APP_ID }, check: (r) => want(r.connected_apps?.some((a) => a.client_id === APP_ID), 'the app is not listed') })
await step('ConnectedApp.Clients.Update', 'description', (m) => m({ client_id: APP_ID, client_description: 'The desktop app' }), { needs: { 'connected app': APP_ID }, check: (r) => want(r.connected_app?.client_description === 'The desktop app', 'not updated') })

const SCOPES = ['openid', 'offline_access', 'full_access', 'read:invoices']
const appPkce = pkcePair()
const authorizeParams = { client_id: APP_ID, redirect_uri: REDIRECT, response_type: 'code', scopes: SCOPES, organization_id: ORG, member_id: ADA_ID, session_token: ADA_S }
await step('IDP.OAuth.AuthorizeStart', 'Ada opens the consent screen', (m) => m(authorizeParams), {
  needs: { 'connected app': APP_ID, 'Ada session': ADA_S },
  check: (r) => want(r.member_id === ADA_ID && r.client?.client_id === APP_ID && Array.isArray(r.scope_results), 'wrong member or client, or no scope_results'),
})
const authorized = await step('IDP.OAuth.Authorize', 'Ada consents', (m) => m({ ...authorizeParams, consent_granted: true, state: 'state-sdk-1', code_challenge: appPkce.challenge }), {
  needs: { 'connected app': APP_ID, 'Ada session': ADA_S },
  check: (r) => want(new URL(r.redirect_uri).searchParams.get('code') && new URL(r.redirect_uri).searchParams.get('state') === 'state-sdk-1', 'the redirect carries no code or another state'),
})
const code = authorized && (authorized.authorization_code || new URL(authorized.redirect_uri).searchParams.get('code'))
let appTokens
try {
  if (code) appTokens = await withTimeout(oauthToken({ grant_type: 'authorization_code', code, client_id: APP_ID, client_secret: appSecret, redirect_uri: REDIRECT, code_verifier: appPkce.verifier }))
} catch (error) {
  // Not an SDK method: it only counts through the steps that need its token.
  tally.get('IDP.OAuth.Authorize').failed.push(`the authorization code did not buy a token: ${describe(error)}`)
}
const ACCESS = appTokens?.access_token
const readInvoices = { organization_id: ORG, resource_id: 'invoices', action: 'read' }
await step('IDP.IntrospectTokenNetwork', 'Ada\'s access token, may read invoices', (m) => m({ token: ACCESS, client_id: APP_ID, client_secret: appSecret }, { authorization_check: readInvoices }), {
  needs: { 'access token (authorization code grant)': ACCESS },
  check: (r) => want(r.subject === ADA_ID && r.organization?.organization_id === ORG, 'wrong subject or organization'),
})
await step('IDP.IntrospectTokenLocal', 'Ada\'s access token, may read invoices', (m) => m(ACCESS, { authorization_check: readInvoices }), {
  needs: { 'access token': ACCESS },
  check: (r) => want(r.subject === ADA_ID && r.scope.split(' ').includes('read:invoices'), 'wrong subject or scope'),
})
await step('IDP.IntrospectTokenLocal', 'no scope grants approving', (m) => m(ACCESS, { authorization_check: approve }), { needs: { 'access token': ACCESS }, expect: 'invalid_permissions' })
await step('Organizations.ConnectedApps', 'Acme', (m) => m({ organization_id: ORG }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, 'Ada\'s grant (idp.oauth.authorize)': authorized },
  authorized: true,
  check: (r) => want(r.connected_apps?.some((a) => a.connected_app_id === APP_ID), 'the app is not listed'),
})
await step('Organizations.GetConnectedApp', 'Acme desktop', (m) => m({ organization_id: ORG, connected_app_id: APP_ID }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, 'Ada\'s grant': authorized },
  authorized: true,
  check: (r) => want(r.connected_app_id === APP_ID && r.active_members?.some((x) => x.member_id === ADA_ID), 'Ada is not an active member of the app'),
})
await step('Organizations.Members.GetConnectedApps', 'Ada', (m) => m({ organization_id: ORG, member_id: ADA_ID }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, 'Ada\'s grant': authorized },
  authorized: true,
  check: (r) => want(r.connected_apps?.some((a) => a.connected_app_id === APP_ID), 'the app is not listed'),
})
await step('Sessions.ExchangeAccessToken', 'the full_access token becomes a session', (m) => m({ access_token: ACCESS, session_duration_minutes: 60 }), {
  needs: { 'access token': ACCESS },
  check: (r) => hasSession(r) ?? want(r.member_id === ADA_ID, 'another member'),
})
await step('Organizations.Members.ConnectedApps.Revoke', 'Ada revokes the app', (m) => m({ organization_id: ORG, member_id: ADA_ID, connected_app_id: APP_ID }, auth(ADA_S)), {
  needs: { 'Ada session': ADA_S, 'Ada\'s grant': authorized },
  authorized: true,
})
await step('IDP.IntrospectTokenNetwork', 'the refresh token after the revocation', (m) => m({ token: appTokens.refresh_token, client_id: APP_ID, client_secret: appSecret, token_type_hint: 'refresh_token' }), {
  needs: { 'refresh token': appTokens?.refresh_token, revocation: tally.get('Organizations.Members.ConnectedApps.Revoke').passed || undefined },
  expect: 'token_invalid',
})
const appNext = (await step('ConnectedApp.Clients.Secrets.RotateStart', 'first rotation', (m) => m({ client_id: APP_ID }), { needs: { 'connected app': APP_ID } }))?.connected_app
await step('ConnectedApp.Clients.Secrets.RotateCancel', 'cancel it', (m) => m({ client_id: APP_ID }), { needs: { 'connected app': APP_ID } })
await step('ConnectedApp.Clients.Secrets.RotateStart', 'second rotation', (m) => m({ client_id: APP_ID }), { needs: { 'connected app': APP_ID } })
await step('ConnectedApp.Clients.Secrets.Rotate', 'complete it', (m) => m({ client_id: APP_ID }), { needs: { 'a started rotation': appNext } })
await step('ConnectedApp.Clients.Delete', 'the third-party app', (m) => m({ client_id: thirdParty.client_id }), { needs: { 'third-party app': thirdParty?.client_id }, check: (r) => want(r.client_id === thirdParty.client_id, 'another client id') })

// -- fraud and risk (the SDK sends these to fraud_env, here the same proxy)
await step('Fraud.Email.Risk', 'a company address', (m) => m({ email_address: ADA }), { check: (r) => want(typeof r.risk_score === 'number' || typeof r.address_information === 'object', 'no risk answer') })
await step('Fraud.Rules.Set', 'block a visitor', (m) => m({ action: 'BLOCK', visitor_id: 'visitor-test-sdk-1', description: 'bench: a known bad visitor', expires_in_minutes: 60 }))
await step('Fraud.Rules.List', 'the rule is listed', (m) => m({ limit: 10 }), { check: (r) => want(r.rules?.some((x) => x.visitor_id === 'visitor-test-sdk-1' && x.action === 'BLOCK'), 'the rule is not listed') })
await step('Fraud.Fingerprint.Lookup', 'the telemetry id of Ada\'s password login', (m) => m({ telemetry_id: ADA_TELEMETRY }), { check: (r) => want(r.verdict?.action, 'no verdict') })
const reasons = await step('Fraud.VerdictReasons.List', 'all', (m) => m({}), { check: (r) => want(r.verdict_reason_actions?.length > 0, 'no verdict reasons') })
const reason = reasons?.verdict_reason_actions?.[0]?.verdict_reason
await step('Fraud.VerdictReasons.Override', 'allow the first reason', (m) => m({ verdict_reason: reason, override_action: 'ALLOW', override_description: 'bench' }), { needs: { 'a verdict reason (fraud.verdictReasons.list)': reason } })

// -- last: Ada deletes the organization she created through discovery
await step('Organizations.Delete', 'Ada deletes Ada Labs', (m) => m({ organization_id: adaLabs.organization.organization_id }, auth(sessionOf(adaLabs))), {
  needs: { 'Ada Labs and its admin session (discovery.organizations.create)': sessionOf(adaLabs) },
  authorized: true,
  check: (r) => want(r.organization_id === adaLabs.organization.organization_id, 'another organization id'),
})
await step('Organizations.Get', 'Ada Labs is gone', (m) => m({ organization_id: adaLabs.organization.organization_id }), { needs: { 'Ada Labs': adaLabs?.organization }, expect: 'organization_not_found' })

// ---- report -------------------------------------------------------------------------------------
const width = Math.max(...specMethods.map((m) => m.id.length))
let passed = 0
let failed = 0
let notReached = 0
const headerMethods = specMethods.filter((m) => m.memberSession).map((m) => m.id)
for (const m of specMethods) {
  const e = tally.get(m.id)
  const skipped = e.skipped.length ? `; ${e.skipped.length} call(s) not reached` : ''
  let line
  if (e.failed.length) {
    failed++
    line = `FAIL  ${e.failed.join(' | ')}${skipped}`
  } else if (e.passed) {
    passed++
    line = `pass  ${e.passed} call(s)${skipped}${e.skipped.length ? ` (${e.skipped.join(' | ')})` : ''}`
  } else if (e.steps) {
    notReached++
    line = `NOT REACHED  ${e.skipped.join(' | ')}`
  } else line = 'NEVER CALLED'
  console.log(`${m.id.padEnd(width)}  ${line}`)
}
const neverCalled = specMethods.filter((m) => tally.get(m.id).steps === 0).map((m) => m.id)
const noAuthorization = headerMethods.filter((id) => tally.get(id).authorizedSteps === 0)
const internal = emulatorLog.filter((line) => line.startsWith('internal error'))
console.log()
console.log(`spec methods: ${specMethods.length} (${spec.methods.length} B2B, ${specMethods.length - spec.methods.length} consumer); member-session-header methods: ${headerMethods.length}`)
console.log(`spec methods the scenario never calls (must be none): ${neverCalled.join(', ') || 'none'}`)
console.log(`member-session-header methods never called with the authorization option (must be none): ${noAuthorization.join(', ') || 'none'}`)
if (internal.length) for (const line of internal) console.log(`emulator: ${line.split('\n')[0]}`)
console.log(`time: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`)
console.log(`${passed} passed, ${failed} failed, ${notReached} not reached`)

await proxy.close()
await emulator.close()
await agent.close()
https.globalAgent.destroy()
process.exitCode = neverCalled.length > 0 || noAuthorization.length > 0 || internal.length > 0 || failed > 0 || notReached > 0 ? 1 : 0
