// The main job, end to end, through the library's public API only:
//   organization and members → magic-link login → session JWT → an edge-style fetch handler that
//   verifies the JWT locally and authorizes by RBAC → MFA by SMS passcode → an email-passcode login
//   → a backend service with an M2M token verified locally → revocation.
//
// By default it starts the package's emulator on a free loopback port and reads emails and SMS
// from the emulator's outbox, so it runs offline on a fresh machine. With STYTCH_PROJECT_ID and
// STYTCH_SECRET set it targets Stytch's test API instead and asks for the magic-link token and the
// passcode (or takes them from STYTCH_DEMO_MAGIC_LINK_TOKENS / STYTCH_DEMO_OTP, comma-separated).
import { createInterface } from 'node:readline/promises'
import {
  authenticateM2mToken,
  authenticateMagicLink,
  authenticateOtpEmail,
  authenticateOtpSms,
  authenticateSessionJwt,
  checkAuthorization,
  createContext,
  createM2mClient,
  createMember,
  createOrganization,
  deleteM2mClient,
  deleteOrganization,
  getM2mToken,
  getProjectPolicy,
  isStytchError,
  loginOrSignupMagicLinkEmail,
  loginOrSignupOtpEmail,
  revokeSession,
  sendOtpSms,
  updateOrganization,
} from 'stytch-b2b'

const live = Boolean(process.env.STYTCH_PROJECT_ID && process.env.STYTCH_SECRET)
const emulator = live ? undefined : await (await import('stytch-b2b-emulator')).startEmulator({ port: 0 })
const ctx = createContext(
  emulator
    ? { projectId: emulator.projectId, secret: emulator.secret, baseUrl: emulator.url, userAgent: 'stytch-b2b-demo' }
    : { projectId: process.env.STYTCH_PROJECT_ID, secret: process.env.STYTCH_SECRET, userAgent: 'stytch-b2b-demo' },
)

const step = (title) => console.log(`\n== ${title}`)
const line = (label, value) => console.log(`   ${label.padEnd(36)} ${value}`)
const short = (s) => (s.length > 40 ? `${s.slice(0, 24)}…${s.slice(-8)}` : s)
const errorText = (e) => (isStytchError(e) ? `${e.name} ${e.status ?? ''} ${e.code}`.replace(/\s+/g, ' ') : String(e))

// Where the emailed token and the texted passcode come from: the emulator's outbox, or a person.
const fromEnv = {
  magicLink: (process.env.STYTCH_DEMO_MAGIC_LINK_TOKENS ?? '').split(',').filter(Boolean),
  otp: (process.env.STYTCH_DEMO_OTP ?? '').split(',').filter(Boolean),
  emailOtp: (process.env.STYTCH_DEMO_EMAIL_OTP ?? '').split(',').filter(Boolean),
}
async function ask(question, queue) {
  if (queue.length) return queue.shift()
  if (!process.stdin.isTTY) throw new Error(`${question}: not available without a terminal; set the STYTCH_DEMO_* variables`)
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    return (await rl.question(`   ${question}: `)).trim()
  } finally {
    rl.close()
  }
}
async function magicLinkToken(email) {
  if (!emulator) return ask(`magic link token emailed to ${email}`, fromEnv.magicLink)
  const mail = emulator.outbox({ to: email, channel: 'email' }).at(-1)
  line('outbox', `email "${mail.template}" to ${mail.to}: ${short(mail.link ?? mail.token)}`)
  return mail.token
}
async function emailCode(email) {
  if (!emulator) return ask(`passcode emailed to ${email}`, fromEnv.emailOtp)
  const mail = emulator.outbox({ to: email, channel: 'email', template: 'otp' }).at(-1)
  line('outbox', `email "${mail.template}" to ${mail.to}: code ${mail.code}`)
  return mail.code
}
async function smsCode(phone) {
  if (!emulator) return ask(`passcode texted to ${phone}`, fromEnv.otp)
  const sms = emulator.outbox({ to: phone, channel: 'sms' }).at(-1)
  line('outbox', `SMS to ${sms.to}: code ${sms.code}`)
  return sms.code
}

// ---- the edge handler: what a Worker / Vercel Edge / Deno function would export ----------------
// It trusts a session JWT locally while it is younger than `localTrustSeconds` (microseconds, no
// network); older JWTs are checked with Stytch, which also catches revoked sessions.
const localTrustSeconds = 3
const actions = { GET: 'read', DELETE: 'delete' }

async function handler(request) {
  const { pathname } = new URL(request.url)
  const action = /^\/documents(\/[^/]+)?$/.test(pathname) ? actions[request.method] : undefined
  if (!action) return Response.json({ error: 'not_found' }, { status: 404 })
  const jwt = request.headers.get('authorization')?.replace(/^Bearer /, '')
  if (!jwt) return Response.json({ error: 'unauthenticated' }, { status: 401 })
  let result
  try {
    result = await authenticateSessionJwt(ctx, { session_jwt: jwt, max_token_age_seconds: localTrustSeconds })
  } catch (error) {
    return Response.json({ error: isStytchError(error) ? error.code : 'unauthenticated' }, { status: 401 })
  }
  const session = result.member_session
  const policy = await getProjectPolicy(ctx) // cached per context; refreshed every 5 minutes
  const verdict = checkAuthorization(policy, session, { organization_id: session.organization_id, resource_id: 'documents', action })
  const headers = { 'x-verified': result.verified }
  if (!verdict.allowed) return Response.json({ error: verdict.code }, { status: 403, headers })
  return Response.json({ ok: true, member_id: session.member_id, action }, { headers })
}

async function callHandler(who, method, path, jwt) {
  const response = await handler(new Request(`https://app.example${path}`, { method, headers: { authorization: `Bearer ${jwt}` } }))
  const body = await response.json()
  const verified = response.headers.get('x-verified')
  line(`${method} ${path} as ${who}`, `${response.status} ${body.error ?? 'ok'}${verified ? ` (JWT verified ${verified === 'local' ? 'locally' : 'by Stytch'})` : ''}`)
  return response.status
}

// ---- the story ------------------------------------------------------------------------------
console.log(`stytch-b2b demo against ${emulator ? `the local emulator at ${emulator.url} (offline)` : `Stytch's API at ${ctx.baseUrl}`}`)
const statuses = []

step('1. An organization and two members')
const domain = process.env.STYTCH_DEMO_EMAIL_DOMAIN ?? 'acme.example'
const { organization } = await createOrganization(ctx, { organization_name: 'Acme Corp', organization_slug: `acme-${Date.now().toString(36)}` })
const org = organization.organization_id
line('createOrganization', `${organization.organization_slug} (${short(org)})`)
const ada = (await createMember(ctx, { organization_id: org, email_address: `ada@${domain}`, name: 'Ada', roles: ['stytch_admin'] })).member
const bob = (await createMember(ctx, { organization_id: org, email_address: `bob@${domain}`, name: 'Bob', mfa_phone_number: '+15005550006' })).member
line('createMember', `${ada.email_address} [${ada.roles.map((r) => r.role_id).join(', ')}]`)
line('createMember', `${bob.email_address} [${bob.roles.map((r) => r.role_id).join(', ')}]`)

step('2. Ada logs in with a magic link')
await loginOrSignupMagicLinkEmail(ctx, { organization_id: org, email_address: ada.email_address })
line('loginOrSignupMagicLinkEmail', `sent to ${ada.email_address}`)
const adaToken = await magicLinkToken(ada.email_address)
const adaAuth = await authenticateMagicLink(ctx, { magic_links_token: adaToken })
line('authenticateMagicLink', `session ${short(adaAuth.member_session.member_session_id)}, roles ${adaAuth.member_session.roles.join(', ')}`)
line('session JWT', `${short(adaAuth.session_jwt)} (RS256, expires in 5 minutes)`)
const reuse = await authenticateMagicLink(ctx, { magic_links_token: adaToken }).catch((e) => e)
line('the same link again', errorText(reuse))

step('3. The edge handler verifies JWTs locally and authorizes by RBAC')
statuses.push(await callHandler('Ada (admin)', 'GET', '/documents', adaAuth.session_jwt))
statuses.push(await callHandler('Ada (admin)', 'DELETE', '/documents/42', adaAuth.session_jwt))
// What a request costs once the JWKS and policy are cached: the check itself, and the whole handler
// (which also builds a Request and a Response). Medians of 500 runs each.
async function median(fn, runs = 500) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    samples.push(performance.now() - t)
  }
  return (samples.sort((a, b) => a - b)[runs >> 1] * 1000).toFixed(1)
}
const check = await median(async () => {
  const { member_session } = await authenticateSessionJwt(ctx, { session_jwt: adaAuth.session_jwt, max_token_age_seconds: localTrustSeconds })
  checkAuthorization(await getProjectPolicy(ctx), member_session, { organization_id: org, resource_id: 'documents', action: 'read' })
})
const whole = await median(() => handler(new Request('https://app.example/documents', { headers: { authorization: `Bearer ${adaAuth.session_jwt}` } })))
line('cost per request (median)', `${check} µs to verify and authorize; ${whole} µs for the whole handler`)

step('4. MFA: the organization now requires a second factor')
const mfaOn = await updateOrganization(ctx, { organization_id: org, mfa_policy: 'REQUIRED_FOR_ALL' }, { authorization: { session_jwt: adaAuth.session_jwt } })
line('updateOrganization as Ada', `mfa_policy = ${mfaOn.organization.mfa_policy}`)
await loginOrSignupMagicLinkEmail(ctx, { organization_id: org, email_address: bob.email_address })
const bobFirst = await authenticateMagicLink(ctx, { magic_links_token: await magicLinkToken(bob.email_address) })
line('authenticateMagicLink (Bob)', `member_authenticated ${bobFirst.member_authenticated}, intermediate session ${short(bobFirst.intermediate_session_token)}`)
await sendOtpSms(ctx, { organization_id: org, member_id: bob.member_id, mfa_phone_number: bob.mfa_phone_number })
const bobAuth = await authenticateOtpSms(ctx, {
  organization_id: org,
  member_id: bob.member_id,
  code: await smsCode(bob.mfa_phone_number),
  intermediate_session_token: bobFirst.intermediate_session_token,
})
line('authenticateOtpSms', `session ${short(bobAuth.member_session.member_session_id)}, factors ${bobAuth.member_session.authentication_factors.map((f) => f.type).join(' + ')}`)
const denied = await updateOrganization(ctx, { organization_id: org, organization_name: 'Bob Corp' }, { authorization: { session_token: bobAuth.session_token } }).catch((e) => e)
line('updateOrganization as Bob', errorText(denied))
statuses.push(await callHandler('Bob (member)', 'GET', '/documents', bobAuth.session_jwt))
statuses.push(await callHandler('Bob (member)', 'DELETE', '/documents/42', bobAuth.session_jwt))

step('5. Cara signs up with a passcode sent by email')
// The organization lets addresses of its domain join by email, so the first login creates Cara.
await updateOrganization(ctx, { organization_id: org, email_jit_provisioning: 'RESTRICTED', email_allowed_domains: [domain], mfa_policy: 'OPTIONAL' })
const cara = `cara@${domain}`
const caraSent = await loginOrSignupOtpEmail(ctx, { organization_id: org, email_address: cara })
line('loginOrSignupOtpEmail', `sent to ${cara} (member_created ${caraSent.member_created})`)
const caraAuth = await authenticateOtpEmail(ctx, { organization_id: org, email_address: cara, code: await emailCode(cara) })
line('authenticateOtpEmail', `session ${short(caraAuth.member_session.member_session_id)}, factors ${caraAuth.member_session.authentication_factors.map((f) => f.type).join(' + ')}`)
statuses.push(await callHandler('Cara (member)', 'GET', '/documents', caraAuth.session_jwt))

step('6. A backend service calls with an M2M token, verified locally')
const { m2m_client: client } = await createM2mClient(ctx, { client_name: 'Nightly report', scopes: ['read:documents'] })
line('createM2mClient', `${short(client.client_id)} with scopes ${client.scopes.join(', ')}`)
const { access_token } = await getM2mToken(ctx, { client_id: client.client_id, client_secret: client.client_secret, scopes: ['read:documents'] })
line('getM2mToken', `${short(access_token)} (client credentials)`)
const m2m = await authenticateM2mToken(ctx, access_token, { requiredScopes: ['read:documents'] })
line('authenticateM2mToken', `client ${short(m2m.client_id)}, scopes ${m2m.scopes.join(', ')} (verified locally)`)
const lacking = await authenticateM2mToken(ctx, access_token, { requiredScopes: ['delete:documents'] }).catch((e) => e)
line('... requiring delete:documents', errorText(lacking))
statuses.push(lacking.code === 'm2m_authorization_error' ? 403 : 0)
await deleteM2mClient(ctx, { client_id: client.client_id })

step('7. Ada’s session is revoked')
await revokeSession(ctx, { member_session_id: adaAuth.member_session.member_session_id })
line('revokeSession', short(adaAuth.member_session.member_session_id))
const adaJwtAge = Date.now() / 1000 - JSON.parse(Buffer.from(adaAuth.session_jwt.split('.')[1], 'base64url')).iat
if (adaJwtAge < localTrustSeconds) {
  line('note', `the handler trusts a JWT locally until it is ${localTrustSeconds} s old, revoked or not`)
  statuses.push(await callHandler('Ada', 'GET', '/documents', adaAuth.session_jwt))
  const wait = Math.ceil((localTrustSeconds - adaJwtAge) * 1000) + 100
  line('waiting', `${(wait / 1000).toFixed(1)} s, until the JWT is older than that`)
  await new Promise((resolve) => setTimeout(resolve, wait))
}
statuses.push(await callHandler('Ada', 'GET', '/documents', adaAuth.session_jwt))

if (live) await deleteOrganization(ctx, { organization_id: org })
await emulator?.close()

// The expected story: allowed, allowed, allowed, denied, Cara allowed, the M2M scope refused, then
// the revoked session (possibly still inside the local-trust window once) and finally rejected.
const expected = [200, 200, 200, 403, 200, 403]
const ok = expected.every((s, i) => statuses[i] === s) && statuses.at(-1) === 401
console.log(`\n${ok ? 'demo finished: every step behaved as expected' : `demo FAILED: handler statuses ${statuses.join(', ')}`}`)
process.exit(ok ? 0 : 1)
