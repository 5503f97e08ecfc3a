import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createContext, getProjectPolicy, isAuthorized, StytchPolicyError, type PolicyCacheConfig } from '../../src/index.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let server: RecordingServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
})

const policy = (version: string) => ({
  roles: [{ role_id: 'editor', description: version, permissions: [{ resource_id: 'documents', actions: ['read'] }] }],
  resources: [{ resource_id: 'documents', description: '', actions: ['read'] }],
})
const ok = (version: string, delayMs = 0) => ({ status: 200, delayMs, body: { request_id: 'r', status_code: 200, policy: policy(version) } })
const down = { status: 503, body: { status_code: 503, error_type: 'service_unavailable', error_message: 'down' } }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const make = (policyCache: PolicyCacheConfig = {}) =>
  createContext({ projectId: 'project-test-1', secret: 's', baseUrl: server.url, retry: 0, policyCache })

describe('getProjectPolicy', () => {
  it('fetches once for many concurrent callers (single flight)', async () => {
    server.reply(ok('v1', 50))
    const ctx = make()
    const results = await Promise.all(Array.from({ length: 200 }, () => getProjectPolicy(ctx)))
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]!.rawPath).toBe('/v1/b2b/rbac/policy')
    expect(new Set(results).size).toBe(1)
    expect(results[0]!.roles[0]!.description).toBe('v1')
  })

  it('serves from cache while fresh and refreshes on use once older than maxAgeMs', async () => {
    server.reply(ok('v1'), ok('v2'))
    const ctx = make({ maxAgeMs: 300 })
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    expect(server.requests).toHaveLength(1)
    await sleep(320)
    const concurrent = await Promise.all(Array.from({ length: 50 }, () => getProjectPolicy(ctx)))
    expect(concurrent.every((p) => p.roles[0]!.description === 'v2')).toBe(true)
    expect(server.requests).toHaveLength(2)
  })

  it('serves the last good policy when a refresh fails, then a typed error past the bound', async () => {
    server.reply(ok('v1'), down)
    const ctx = make({ maxAgeMs: 30, staleIfErrorMs: 1200, retryAfterFailureMs: 300 })
    await getProjectPolicy(ctx)
    await sleep(40)
    // Expired: the refresh fails, the stale copy is served.
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    expect(server.requests).toHaveLength(2)
    // Within the failure back-off: no new request.
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    expect(server.requests).toHaveLength(2)
    await sleep(320)
    // Back-off over: one more try, still stale-served.
    await getProjectPolicy(ctx)
    expect(server.requests).toHaveLength(3)
    await sleep(900)
    const error = await getProjectPolicy(ctx).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchPolicyError)
    expect(error).toMatchObject({ code: 'policy_unavailable' })
    expect((error as Error).cause).toMatchObject({ status: 503, code: 'service_unavailable' })
  })

  it('recovers when the API comes back', async () => {
    server.reply(ok('v1'), down, ok('v2'))
    const ctx = make({ maxAgeMs: 20, retryAfterFailureMs: 10 })
    await getProjectPolicy(ctx)
    await sleep(30)
    await getProjectPolicy(ctx)
    await sleep(20)
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v2')
  })

  it('fails with a typed error when the first fetch fails, and single-flights that too', async () => {
    server.reply(down)
    const ctx = make()
    const errors = await Promise.all(Array.from({ length: 20 }, () => getProjectPolicy(ctx).catch((e: unknown) => e)))
    expect(errors.every((e) => e instanceof StytchPolicyError)).toBe(true)
    expect(server.requests).toHaveLength(1)
  })

  it('uses a static policy from the context without any request', async () => {
    const fixed = policy('pinned')
    const ctx = createContext({ projectId: 'project-test-1', secret: 's', baseUrl: server.url, policy: fixed })
    const got = await getProjectPolicy(ctx)
    expect(got).toBe(fixed)
    expect(isAuthorized(got, { organization_id: 'o', roles: ['editor'] }, { organization_id: 'o', resource_id: 'documents', action: 'read' })).toBe(true)
    expect(server.requests).toHaveLength(0)
  })

  it('keeps caches apart per context', async () => {
    server.reply(ok('v1'))
    await getProjectPolicy(make())
    await getProjectPolicy(make())
    expect(server.requests).toHaveLength(2)
  })
})
