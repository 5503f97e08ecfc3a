import ky from 'ky'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createContext, createMember, getOrganization, listSessions, StytchApiError, StytchTimeoutError, type StytchConfig } from '../../src/index.js'
import { authenticateSessionJwtLocal } from '../../src/jwt/index.js'
import { fromKy } from '../../src/ky/index.js'
import { responses } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

// Real ky 1.x against a real loopback server: the instance's own settings are the ones a user's
// app would have (ky's defaults retry GETs twice, time out at 10 s, throw on HTTP errors).
let server: RecordingServer
const SECRET = 'secret-test-Zx9YwV8uT7sR6qP5oN4m'
const make = (api: Parameters<typeof fromKy>[0], extra: Partial<StytchConfig> = {}) =>
  createContext({ projectId: 'project-test-1', secret: SECRET, baseUrl: server.url, fetch: fromKy(api), retry: { backoffLimitMs: 0 }, ...extra })
const org = { organization_id: 'org-1' }
const fail = (promise: Promise<unknown>) => promise.then(
  () => {
    throw new Error('expected a rejection')
  },
  (error: unknown) => error,
)
const stytchError = (status: number, code: string) => ({ status, body: { status_code: status, request_id: 'req-1', error_type: code, error_message: code } })

beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
})

describe('fromKy', () => {
  it("sends through the instance: its beforeRequest hook's header reaches the server, with our method, headers and body unchanged", async () => {
    const seen: string[] = []
    const api = ky.create({ headers: { 'x-app': 'docs' }, hooks: { beforeRequest: [(request) => { request.headers.set('x-trace-id', 'trace-1'); seen.push(request.method) }] } })
    server.reply({ body: responses.createMember })
    await createMember(make(api), { organization_id: 'org-1', email_address: 'ada@acme.example' })
    expect(seen).toEqual(['POST'])
    const [request] = server.requests
    expect(request?.headers['x-trace-id']).toBe('trace-1')
    expect(request?.headers['x-app']).toBe('docs')
    expect(request?.headers.authorization).toBe(`Basic ${btoa(`project-test-1:${SECRET}`)}`)
    expect(request?.headers['content-type']).toMatch(/^application\/json/)
    expect(request?.rawPath).toBe('/v1/b2b/organizations/org-1/members')
    expect(request?.body).toEqual({ organization_id: 'org-1', email_address: 'ada@acme.example' })
  })

  it("the instance's defaults cannot override what we send: prefixUrl, searchParams, headers, method and redirect", async () => {
    const api = ky.create({
      prefixUrl: 'http://127.0.0.1:9/elsewhere',
      searchParams: { injected: '1' },
      headers: { authorization: 'Bearer someone-else' },
      method: 'delete',
      redirect: 'follow',
    })
    server.reply({ body: { ...responses.createMember, sessions: [] } })
    await listSessions(make(api), { organization_id: 'org-1', member_id: 'member-1' }).catch(() => {})
    // With our hooks set, the transport hands fetch a Request: the same must hold.
    await listSessions(make(api, { hooks: { beforeRequest: (request) => request.headers.set('x-ours', '1') } }), { organization_id: 'org-1', member_id: 'member-1' }).catch(() => {})
    expect(server.requests).toHaveLength(2)
    for (const request of server.requests) {
      expect(request.method).toBe('GET')
      expect(request.rawPath).toBe('/v1/b2b/sessions')
      expect(Object.fromEntries(request.query)).toEqual({ organization_id: 'org-1', member_id: 'member-1' })
      expect(request.headers.authorization).toMatch(/^Basic /)
    }
    expect(server.requests[1]?.headers['x-ours']).toBe('1')
  })

  it('retries once per our policy, not ky’s on top: 3 attempts for retry.limit 2, 1 for a POST', async () => {
    const api = ky.create({ retry: { limit: 5, backoffLimit: 0 } })
    server.reply(stytchError(503, 'service_unavailable'))
    const error = await fail(getOrganization(make(api), org))
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error).toMatchObject({ status: 503, code: 'service_unavailable' })
    expect(server.requests).toHaveLength(3)
    server.requests.length = 0
    await fail(createMember(make(api), { organization_id: 'org-1', email_address: 'ada@acme.example' }))
    expect(server.requests).toHaveLength(1)
  })

  it('maps HTTP errors to StytchApiError as without ky, though the instance throws on them', async () => {
    server.reply(stytchError(404, 'organization_not_found'))
    const error = await fail(getOrganization(make(ky, { retry: 0 }), org))
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error).toMatchObject({ status: 404, code: 'organization_not_found', requestId: 'req-1' })
  })

  it('refuses a 3xx without following it, once', async () => {
    server.reply({ status: 302, headers: { location: '/v1/b2b/organizations/org-2' } })
    const error = await fail(getOrganization(make(ky.create({ redirect: 'follow' })), org))
    expect(error).toMatchObject({ status: 302, code: 'unexpected_redirect' })
    expect(server.requests).toHaveLength(1)
  })

  it("our timeout applies, once, and ky's does not fight it", async () => {
    // ky's 50 ms timeout would fail this 150 ms answer; our 1 s one lets it through.
    server.reply({ body: responses.getOrganization, delayMs: 150 })
    const fine = await getOrganization(make(ky.create({ timeout: 50 }), { timeoutMs: 1000 }), org)
    expect(fine.organization.organization_id).toBe(responses.getOrganization.organization.organization_id)
    server.requests.length = 0
    // Ours fires at 100 ms: a StytchTimeoutError, and no retry, by ky or us (timed-out attempts are not retried).
    server.reply({ body: responses.getOrganization, delayMs: 400 })
    const error = await fail(getOrganization(make(ky.create({ timeout: 5000, retry: { limit: 3, retryOnTimeout: true } }), { timeoutMs: 100 }), org))
    expect(error).toBeInstanceOf(StytchTimeoutError)
    expect(server.requests).toHaveLength(1)
  })

  it('also carries the key-set fetch of local JWT verification', async () => {
    const paths: string[] = []
    const api = ky.create({ hooks: { beforeRequest: [(request) => { paths.push(new URL(request.url).pathname) }] } })
    server.reply({ body: { keys: [] } })
    await fail(authenticateSessionJwtLocal(make(api), 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIiwidHlwIjoiSldUIn0.e30.c2ln'))
    expect(paths).toEqual(['/v1/b2b/sessions/jwks/project-test-1'])
  })
})
