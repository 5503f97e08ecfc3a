// The main job, end to end: create an organization, send and authenticate a magic link, update
// the organization with member-session authorization, and show how failures surface.
//
// With STYTCH_PROJECT_ID and STYTCH_SECRET set it talks to Stytch's test API. Without them it
// starts a small stand-in on 127.0.0.1 that answers like the API for these routes, so the demo
// runs offline on a fresh machine. (A stateful emulator of every route is planned.)
import { createServer } from 'node:http'
import {
  authenticateMagicLink,
  createContext,
  createOrganization,
  getOrganization,
  isStytchError,
  loginOrSignupMagicLinkEmail,
  searchOrganizations,
  updateOrganization,
} from 'stytch-b2b'

const log = (label, value) => console.log(`${label.padEnd(34)} ${value}`)

async function standIn() {
  const orgs = new Map()
  const tokens = new Map()
  const outbox = []
  let n = 0
  const id = (kind) => `${kind}-test-${String(++n).padStart(8, '0')}`
  const server = createServer((req, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : {}
      const send = (status, data) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ request_id: id('request'), status_code: status, ...data }))
      }
      const fail = (status, error_type, error_message) => send(status, { error_type, error_message, error_url: `https://stytch.com/docs/b2b/api/errors/${status}` })
      const url = new URL(req.url, 'http://x')
      const orgPath = url.pathname.match(/^\/v1\/b2b\/organizations\/([^/]+)$/)
      if (req.method === 'POST' && url.pathname === '/v1/b2b/organizations') {
        if ([...orgs.values()].some((o) => o.organization_slug === body.organization_slug)) return fail(400, 'organization_slug_already_used', 'This slug is taken.')
        const org = { organization_id: id('organization'), organization_name: body.organization_name, organization_slug: body.organization_slug ?? '', mfa_policy: 'OPTIONAL', email_allowed_domains: body.email_allowed_domains ?? [] }
        orgs.set(org.organization_id, org)
        return send(200, { organization: org })
      }
      if (orgPath && req.method === 'GET') {
        const org = orgs.get(decodeURIComponent(orgPath[1]))
        return org ? send(200, { organization: org }) : fail(404, 'organization_not_found', 'Organization not found.')
      }
      if (orgPath && req.method === 'PUT') {
        if (!req.headers['x-stytch-member-session']) return fail(401, 'unauthorized_credentials', 'A member session is required.')
        const org = orgs.get(decodeURIComponent(orgPath[1]))
        if (!org) return fail(404, 'organization_not_found', 'Organization not found.')
        Object.assign(org, body)
        return send(200, { organization: org })
      }
      if (url.pathname === '/v1/b2b/organizations/search') {
        return send(200, { organizations: [...orgs.values()], results_metadata: { total: orgs.size, next_cursor: '' } })
      }
      if (url.pathname === '/v1/b2b/magic_links/email/login_or_signup') {
        const org = orgs.get(body.organization_id)
        if (!org) return fail(404, 'organization_not_found', 'Organization not found.')
        const member = { member_id: id('member'), organization_id: org.organization_id, email_address: body.email_address, status: 'pending', roles: [] }
        const token = `magic-link-token-${n}`
        tokens.set(token, { member, org })
        outbox.push({ to: body.email_address, token })
        return send(200, { member_id: member.member_id, member_created: true, member, organization: org })
      }
      if (url.pathname === '/v1/b2b/magic_links/authenticate') {
        const found = tokens.get(body.magic_links_token)
        if (!found) return fail(401, 'magic_link_not_found', 'The magic link could not be authenticated.')
        tokens.delete(body.magic_links_token)
        const member = { ...found.member, status: 'active' }
        const now = new Date()
        return send(200, {
          member_id: member.member_id, method_id: id('email'), reset_sessions: false, organization_id: found.org.organization_id, member, organization: found.org,
          session_token: id('session-token'), session_jwt: '', intermediate_session_token: '', member_authenticated: true,
          member_session: { member_session_id: id('member-session'), member_id: member.member_id, organization_id: found.org.organization_id, started_at: now.toISOString(), last_accessed_at: now.toISOString(), expires_at: new Date(+now + 36e5).toISOString(), authentication_factors: [], roles: ['stytch_member'], custom_claims: { plan: 'pro' } },
        })
      }
      fail(404, 'route_not_found', `No stand-in route for ${req.method} ${url.pathname}`)
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, outbox, url: `http://127.0.0.1:${server.address().port}` }
}

const live = process.env.STYTCH_PROJECT_ID && process.env.STYTCH_SECRET
const local = live ? undefined : await standIn()
const ctx = createContext(
  live
    ? { projectId: process.env.STYTCH_PROJECT_ID, secret: process.env.STYTCH_SECRET, userAgent: 'stytch-b2b-demo' }
    : { projectId: 'project-test-demo', secret: 'secret-test-demo', baseUrl: local.url, userAgent: 'stytch-b2b-demo' },
)
log('target', ctx.baseUrl)
log('context (JSON, secret hidden)', JSON.stringify(ctx).slice(0, 90) + '…')

const slug = `acme-${Date.now().toString(36)}`
const { organization } = await createOrganization(ctx, { organization_name: 'Acme Co', organization_slug: slug, email_allowed_domains: ['acme.example'] })
log('createOrganization', `${organization.organization_id} (${organization.organization_slug})`)

const sent = await loginOrSignupMagicLinkEmail(ctx, { organization_id: organization.organization_id, email_address: 'ada@acme.example' })
log('loginOrSignupMagicLinkEmail', `member ${sent.member_id}, created: ${sent.member_created}`)

if (local) {
  const { to, token } = local.outbox.at(-1)
  log('stand-in outbox', `magic link for ${to}`)
  const auth = await authenticateMagicLink(ctx, { magic_links_token: token, session_duration_minutes: 60 })
  log('authenticateMagicLink', `session ${auth.member_session?.member_session_id}, claims ${JSON.stringify(auth.member_session?.custom_claims)}`)
  const again = await authenticateMagicLink(ctx, { magic_links_token: token }).catch((e) => e)
  log('  …the same token again', `${again.name} ${again.status} ${again.code}`)
  const { organization: renamed } = await updateOrganization(ctx, { organization_id: organization.organization_id, organization_name: 'Acme Corp' }, { authorization: { session_token: auth.session_token } })
  log('updateOrganization (as the member)', renamed.organization_name)
} else {
  log('authenticateMagicLink', 'skipped: the token arrives by email on the real API')
}

const { results_metadata } = await searchOrganizations(ctx, { limit: 5 })
log('searchOrganizations', `${results_metadata.total} organization(s)`)

for (const [label, attempt] of [
  ['getOrganization (unknown id)', () => getOrganization(ctx, { organization_id: 'organization-test-missing' })],
  ['getOrganization (id "..")', () => getOrganization(ctx, { organization_id: '..' })],
  ['createOrganization (misspelt key)', () => createOrganization(ctx, { organisation_name: 'typo' })],
]) {
  const error = await attempt().catch((e) => e)
  log(label, isStytchError(error) ? `${error.name} [${error.code}] ${error.message}` : `unexpected: ${error}`)
}

local?.server.close()
console.log('demo finished')
