import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Hono } from 'hono'
import * as v from 'valibot'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createContext, type Context } from '../../src/index.js'
import { requirePermission, requireSession } from '../../src/hono/index.js'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { authenticateSessionResponse, memberSession } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let stytch: RecordingServer
let keys: TestJwks
let ctx: Context
const org = 'organization-test-1'
const who = { member_id: 'member-test-1', organization_id: org, roles: ['stytch_member', 'reader'], custom_claims: { plan: 'pro' } }
const policy = { roles: [{ role_id: 'reader', permissions: [{ resource_id: 'documents', actions: ['read'] }] }], resources: [] }
const expiresAt = new Date(Date.now() + 3_600_000).toISOString()
const remote = { ...authenticateSessionResponse({ plan: 'pro' }), member_session: { ...memberSession, organization_id: org, roles: ['stytch_member', 'reader'], expires_at: expiresAt, custom_claims: { plan: 'pro' } } }
const oldJwt = async (): Promise<string> => {
  const iat = Math.floor(Date.now() / 1000) - 600
  return mintSessionJwt(keys.signer, { ...who, iat, exp: iat + 3600 })
}

function appFor(context: Context | ((c: { env: { BASE_URL: string } }) => Context)) {
  return new Hono<{ Bindings: { BASE_URL: string } }>()
    .use('/api/*', requireSession({ context, claims: v.object({ plan: v.string() }) }))
    .get('/api/me', (c) => c.json({ member: c.get('stytchSession').member_session.member_id, plan: c.get('stytchSession').member_session.custom_claims.plan }))
    .get('/api/docs', requirePermission({ resource: 'documents', action: 'read' }), (c) => c.text('read'))
    .delete('/api/docs', requirePermission({ resource: 'documents', action: 'delete' }), (c) => c.text('deleted'))
    .get('/api/orgs/:org/docs', requirePermission({ resource: 'documents', action: 'read', organization: { param: 'org' } }), (c) => c.text('read'))
    .get('/api/orgs/docs', requirePermission({ resource: 'documents', action: 'read', organization: { param: 'org' } }), (c) => c.text('unreachable'))
    .get('/open', requirePermission({ resource: 'documents', action: 'read' }), (c) => c.text('unreachable'))
}

beforeAll(async () => {
  stytch = await startServer()
  keys = await createTestJwks({ kid: 'kid-hono' })
  ctx = createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-0123456789', baseUrl: stytch.url, jwks: keys.jwks, policy })
})
afterAll(() => stytch.close())
beforeEach(() => {
  stytch.requests.length = 0
  stytch.reply({ status: 200, body: remote })
})

describe('requireSession', () => {
  it('answers 401 with the code when there is no session, and never runs the handler', async () => {
    const response = await appFor(ctx).request('/api/me')
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: 'session_missing' })
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('sets the typed session variable from a Bearer JWT, verified locally, with no cookie set', async () => {
    const jwt = await mintSessionJwt(keys.signer, who)
    const response = await appFor(ctx).request('/api/me', { headers: { authorization: `Bearer ${jwt}` } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ member: 'member-test-1', plan: 'pro' })
    expect(response.headers.getSetCookie()).toEqual([])
    expect(stytch.requests).toHaveLength(0)
  })

  it('refreshes the JWT cookie when Stytch verified an old one, and not the token cookie the request lacked', async () => {
    const response = await appFor(ctx).request('/api/me', { headers: { cookie: `stytch_session_jwt=${await oldJwt()}` } })
    expect(response.status).toBe(200)
    const cookies = response.headers.getSetCookie()
    expect(cookies).toHaveLength(1)
    expect(cookies[0]).toMatch(/^stytch_session_jwt=fresh\.jwt\.value; Path=\/; Expires=[^;]+; Max-Age=\d+; Secure; HttpOnly; SameSite=Lax$/)
    expect(Number(/Max-Age=(\d+)/.exec(cookies[0]!)![1])).toBeGreaterThan(3500)
  })

  it('refreshes both cookies for a token-cookie session', async () => {
    const response = await appFor(ctx).request('/api/me', { headers: { cookie: 'stytch_session=opaque-token-1' } })
    expect(response.status).toBe(200)
    expect(response.headers.getSetCookie().map((c) => c.split(';')[0])).toEqual(['stytch_session_jwt=fresh.jwt.value', 'stytch_session=session-token-remote'])
    expect(stytch.requests[0]!.body).toEqual({ session_token: 'opaque-token-1' })
  })

  it('answers 401 for session_not_found from Stytch and for a malformed header', async () => {
    stytch.reply({ status: 404, body: { status_code: 404, error_type: 'session_not_found', error_message: 'echo opaque-token-1' } })
    const gone = await appFor(ctx).request('/api/me', { headers: { cookie: 'stytch_session=opaque-token-1' } })
    expect([gone.status, await gone.text()]).toEqual([401, '{"error":"session_not_found"}'])
    const bad = await appFor(ctx).request('/api/me', { headers: { authorization: 'Basic abc' } })
    expect([bad.status, await bad.json()]).toEqual([401, { error: 'session_malformed' }])
  })

  it('passes a Stytch 429 on with Retry-After', async () => {
    stytch.reply({ status: 429, body: { status_code: 429, error_type: 'too_many_requests', error_message: 'slow down' } })
    const response = await appFor(ctx).request('/api/me', { headers: { cookie: 'stytch_session=opaque-token-1' } })
    expect([response.status, response.headers.get('retry-after')]).toEqual([429, '5'])
  })

  it('refuses unknown options and a missing context when the app is built', () => {
    expect(() => requireSession({ context: ctx, maxTokenAge: 1 } as never)).toThrow(expect.objectContaining({ code: 'invalid_params', issues: [expect.objectContaining({ path: 'options.maxTokenAge' })] }))
    expect(() => requireSession({} as never)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: 'options.context' })] }))
    expect(() => requirePermission({ resource: 'documents', action: 'read', org: 'x' } as never)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: 'options.org' })] }))
  })

  it('builds the context from c.env when given a function (the Worker pattern)', async () => {
    const seen: string[] = []
    const app = appFor((c) => {
      seen.push(c.env.BASE_URL)
      return createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-0123456789', baseUrl: c.env.BASE_URL, jwks: keys.jwks, policy })
    })
    const jwt = await mintSessionJwt(keys.signer, who)
    const response = await app.request('/api/docs', { headers: { authorization: `Bearer ${jwt}` } }, { BASE_URL: stytch.url })
    expect([response.status, await response.text()]).toEqual([200, 'read'])
    expect(seen).toEqual([stytch.url])
  })
})

describe('requirePermission', () => {
  it('allows, denies with 403, and checks the route param organization', async () => {
    const app = appFor(ctx)
    const headers = { authorization: `Bearer ${await mintSessionJwt(keys.signer, who)}` }
    expect((await app.request('/api/docs', { headers })).status).toBe(200)
    const denied = await app.request('/api/docs', { method: 'DELETE', headers })
    expect([denied.status, await denied.json()]).toEqual([403, { error: 'session_authorization_error' }])
    expect((await app.request(`/api/orgs/${org}/docs`, { headers })).status).toBe(200)
    const other = await app.request('/api/orgs/organization-test-other/docs', { headers })
    expect([other.status, await other.json()]).toEqual([403, { error: 'session_authorization_tenancy_error' }])
  })

  it('answers 500 without detail when misused: no session before it, or no such route param', async () => {
    const app = appFor(ctx)
    const headers = { authorization: `Bearer ${await mintSessionJwt(keys.signer, who)}` }
    const noSession = await app.request('/open', { headers })
    expect([noSession.status, await noSession.json()]).toEqual([500, { error: 'internal_error' }])
    const noParam = await app.request('/api/orgs/docs', { headers })
    expect([noParam.status, await noParam.json()]).toEqual([500, { error: 'internal_error' }])
  })

  it('refuses a missing resource or action when the route is declared', () => {
    expect(() => requirePermission({ resource: '', action: 'read' })).toThrow(expect.objectContaining({ code: 'invalid_params' }))
  })
})

describe('a Hono app served over real HTTP on loopback', () => {
  let http: Server
  let url: string
  beforeAll(async () => {
    const app = appFor(ctx)
    // node:http adapting app.fetch: the Request the middleware reads comes off a real socket.
    http = createServer(async (req, res) => {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
      const response = await app.fetch(new Request(`http://127.0.0.1${req.url}`, { method: req.method!, headers }))
      res.statusCode = response.status
      response.headers.forEach((value, name) => name !== 'set-cookie' && res.setHeader(name, value))
      res.setHeader('set-cookie', response.headers.getSetCookie())
      res.end(Buffer.from(await response.arrayBuffer()))
    })
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())))

  it('answers allowed, 401 and 403, and sends refreshed cookies', async () => {
    const jwt = await mintSessionJwt(keys.signer, who)
    expect((await fetch(`${url}/api/docs`, { headers: { cookie: `stytch_session_jwt=${jwt}` } })).status).toBe(200)
    expect((await fetch(`${url}/api/docs`)).status).toBe(401)
    expect((await fetch(`${url}/api/docs`, { method: 'DELETE', headers: { authorization: `Bearer ${jwt}` } })).status).toBe(403)
    const refreshed = await fetch(`${url}/api/me`, { headers: { cookie: `stytch_session_jwt=${await oldJwt()}` } })
    expect(refreshed.headers.getSetCookie()[0]).toMatch(/^stytch_session_jwt=fresh\.jwt\.value;/)
  })
})
