import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  authenticateSessionJwtLocal,
  createContext,
  getOrganizationPolicy,
  getProjectPolicy,
  isAuthorized,
  StytchAuthorizationError,
  StytchPolicyError,
  type PolicyCacheConfig,
} from '../../src/index.js'
import { MAX_ORGANIZATIONS } from '../../src/rbac/getOrganizationPolicy.js'
import { createTestContext, createTestJwks, mintSessionJwt } from '../../src/testing/index.js'
import { startServer, type Recorded, type RecordingServer } from '../helpers/server.js'

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
// Contexts of the same settings share their caches: a secret of its own gives each test a cold one.
let secrets = 0
const fresh = (): string => `secret-test-${++secrets}`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const make = (policyCache: PolicyCacheConfig = {}) =>
  createContext({ projectId: 'project-test-1', secret: fresh(), baseUrl: server.url, retry: 0, policyCache })

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

  it('serves from cache while fresh and refreshes in the background once older than maxAgeMs', async () => {
    server.reply(ok('v1'), ok('v2'))
    const ctx = make({ maxAgeMs: 300 })
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    expect(server.requests).toHaveLength(1)
    await sleep(320)
    // Stale: served at once, one refresh for all of them.
    const concurrent = await Promise.all(Array.from({ length: 50 }, () => getProjectPolicy(ctx)))
    expect(concurrent.every((p) => p.roles[0]!.description === 'v1')).toBe(true)
    await vi.waitFor(async () => expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v2'))
    expect(server.requests).toHaveLength(2)
  })

  it('serves the last good policy when a refresh fails, then a typed error past the bound', async () => {
    server.reply(ok('v1'), down)
    const ctx = make({ maxAgeMs: 30, staleIfErrorMs: 1200, retryAfterFailureMs: 300 })
    await getProjectPolicy(ctx)
    await sleep(40)
    // Expired: the stale copy is served, the refresh fails in the background.
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    await vi.waitFor(() => expect(server.requests).toHaveLength(2))
    await sleep(20)
    // Within the failure back-off: no new request.
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    expect(server.requests).toHaveLength(2)
    await sleep(320)
    // Back-off over: one more try, still stale-served.
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    await vi.waitFor(() => expect(server.requests).toHaveLength(3))
    await sleep(900)
    const error = await getProjectPolicy(ctx).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchPolicyError)
    expect(error).toMatchObject({ code: 'policy_unavailable' })
    expect((error as Error).cause).toMatchObject({ status: 503, code: 'service_unavailable' })
  })

  it('recovers when the API comes back', async () => {
    server.reply(ok('v1'), down, ok('v2'))
    const ctx = make({ maxAgeMs: 500, retryAfterFailureMs: 10 })
    await getProjectPolicy(ctx)
    await sleep(520)
    await getProjectPolicy(ctx)
    await vi.waitFor(() => expect(server.requests).toHaveLength(2))
    await sleep(20)
    // Served stale once more while the refresh that succeeds runs.
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v1')
    await vi.waitFor(() => expect(server.requests).toHaveLength(3))
    await sleep(20)
    expect((await getProjectPolicy(ctx)).roles[0]!.description).toBe('v2')
    expect(server.requests).toHaveLength(3)
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
    const ctx = createContext({ projectId: 'project-test-1', secret: fresh(), baseUrl: server.url, policy: fixed })
    const got = await getProjectPolicy(ctx)
    expect(got).toBe(fixed)
    expect(isAuthorized(got, { organization_id: 'o', roles: ['editor'] }, { organization_id: 'o', resource_id: 'documents', action: 'read' })).toBe(true)
    expect(server.requests).toHaveLength(0)
  })

  it('shares the cache between contexts of the same settings, never across secrets or settings', async () => {
    server.reply(ok('v1'))
    const config = { projectId: 'project-test-1', secret: fresh(), baseUrl: server.url, retry: 0 }
    await getProjectPolicy(createContext(config))
    await getProjectPolicy(createContext({ ...config }))
    expect(server.requests).toHaveLength(1)
    await getProjectPolicy(createContext({ ...config, secret: fresh() }))
    await getProjectPolicy(createContext({ ...config, policyCache: { maxAgeMs: 1000 } }))
    expect(server.requests).toHaveLength(3)
  })
})

describe('getProjectPolicy during an outage', () => {
  // Generous margins: the hang is 2 s, "at once" is asserted as well under 500 ms.
  const HANG = 2000
  const hang = (version: string) => ok(version, HANG)
  const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const start = performance.now()
    const value = await run()
    return { value, ms: performance.now() - start }
  }

  it('serves a stale policy at once while one refresh hangs in the background', async () => {
    server.reply(ok('v1'), hang('v2'))
    const ctx = createContext({ projectId: 'project-test-1', secret: fresh(), baseUrl: server.url, retry: 0, timeoutMs: 5000, policyCache: { maxAgeMs: 20 } })
    await getProjectPolicy(ctx)
    await sleep(40)
    const { value, ms } = await timed(() => Promise.all(Array.from({ length: 50 }, () => getProjectPolicy(ctx))))
    expect(ms).toBeLessThan(500)
    expect(value.every((p) => p.roles[0]!.description === 'v1')).toBe(true)
    // Exactly one refresh reached the server, and later callers do not add another.
    await vi.waitFor(() => expect(server.requests).toHaveLength(2))
    for (let i = 0; i < 20; i++) {
      expect((await timed(() => getProjectPolicy(ctx))).ms).toBeLessThan(500)
      await sleep(5)
    }
    expect(server.requests).toHaveLength(2)
  })

  it('after a failed fetch past staleIfErrorMs, fetches at most once per retryAfterFailureMs and fails fast between', async () => {
    server.reply(ok('v1'), down)
    const ctx = make({ maxAgeMs: 10, staleIfErrorMs: 20, retryAfterFailureMs: 250 })
    await getProjectPolicy(ctx)
    await sleep(40)
    server.requests.length = 0
    const start = Date.now()
    let calls = 0
    let slowest = 0
    while (Date.now() - start < 1000 && calls < 500) {
      const { value: error, ms } = await timed(() => getProjectPolicy(ctx).catch((e: unknown) => e))
      calls++
      slowest = Math.max(slowest, ms)
      expect(error).toBeInstanceOf(StytchPolicyError)
      expect((error as Error).cause).toMatchObject({ status: 503, code: 'service_unavailable' })
      await sleep(5)
    }
    const elapsed = Date.now() - start
    expect(calls).toBeGreaterThan(20)
    // One fetch to begin with, then at most one per elapsed back-off window.
    expect(server.requests.length).toBeGreaterThanOrEqual(1)
    expect(server.requests.length).toBeLessThanOrEqual(1 + Math.floor(elapsed / 250))
    expect(slowest).toBeLessThan(500)
  })

  it('fails at once, without a fetch, on a cold cache inside the back-off after a failure', async () => {
    server.reply(down)
    const ctx = make({ retryAfterFailureMs: 5000 })
    await expect(getProjectPolicy(ctx)).rejects.toBeInstanceOf(StytchPolicyError)
    const { value: error } = await timed(() => getProjectPolicy(ctx).catch((e: unknown) => e))
    expect(error).toMatchObject({ code: 'policy_unavailable', cause: { status: 503 } })
    expect(server.requests).toHaveLength(1)
  })

  it('makes a cold cache wait for the fetch and get the policy', async () => {
    server.reply(ok('v1', 300))
    const ctx = make()
    const { value, ms } = await timed(() => Promise.all(Array.from({ length: 20 }, () => getProjectPolicy(ctx))))
    expect(ms).toBeGreaterThanOrEqual(250)
    expect(value.every((p) => p.roles[0]!.description === 'v1')).toBe(true)
    expect(server.requests).toHaveLength(1)
  })

  it('counts a refresh that never settles as abandoned and starts a new one', async () => {
    // A fetch that withholds the abort signal: the request hangs as under a runtime that froze its I/O.
    const frozen: typeof fetch = (input, init) => fetch(input, { ...init, signal: null })
    server.reply(hang('v1'), ok('v2'))
    // No retries and no back-off: the bound is one 50 ms timeout.
    const retry = { limit: 0, backoffLimitMs: 0, maxRetryAfterMs: 0 }
    const ctx = createContext({ projectId: 'project-test-1', secret: fresh(), baseUrl: server.url, fetch: frozen, timeoutMs: 50, retry })
    const stuck = getProjectPolicy(ctx)
    stuck.catch(() => {})
    await vi.waitFor(() => expect(server.requests).toHaveLength(1))
    await sleep(150)
    const next = await Promise.race([getProjectPolicy(ctx), sleep(1000).then(() => 'still waiting')])
    expect(next).toMatchObject({ roles: [{ description: 'v2' }] })
    expect(server.requests).toHaveLength(2)
  })
})

// Organization policies: one answer per organization, naming it in its custom role.
const ORG_PATH = '/v1/b2b/rbac/organizations/'
const orgOf = (req: Recorded) => decodeURIComponent(req.rawPath.slice(ORG_PATH.length))
const orgReply = (delayMs = 0) => (req: Recorded) => ({
  status: 200,
  delayMs,
  body: { request_id: 'r', status_code: 200, org_policy: { roles: [{ role_id: `custom-${orgOf(req)}`, description: 'c', permissions: [{ resource_id: 'documents', actions: ['comment'] }] }] } },
})

describe('getOrganizationPolicy', () => {
  it('fetches each organization once: N organizations, N fetches, however many callers', async () => {
    server.reply(orgReply(20))
    const ctx = make()
    const orgs = Array.from({ length: 25 }, (_, i) => `organization-test-${i}${i % 5 === 0 ? '/x?y' : ''}`)
    const got = await Promise.all(orgs.flatMap((org) => Array.from({ length: 8 }, () => getOrganizationPolicy(ctx, org))))
    for (const org of orgs) await getOrganizationPolicy(ctx, org)
    expect(server.requests).toHaveLength(orgs.length)
    expect(new Set(server.requests.map(orgOf))).toEqual(new Set(orgs))
    // The id is one escaped path segment.
    expect(server.requests.every((r) => r.rawPath.startsWith(ORG_PATH) && !r.rawPath.slice(ORG_PATH.length).includes('/') && r.query.size === 0)).toBe(true)
    expect(server.requests[0]!.headers.authorization).toMatch(/^Basic /)
    expect(got[8]!.roles[0]!.role_id).toBe(`custom-${orgs[1]}`)
  })

  it('serves a stale organization policy at once while its refresh hangs, then the new one', async () => {
    // maxAgeMs well above waitFor's 50 ms polling: a poll just after the refresh must find the new
    // copy fresh, or it starts another refresh whose request would land in the next test.
    const ctx = createContext({ projectId: 'project-test-1', secret: fresh(), baseUrl: server.url, retry: 0, timeoutMs: 5000, policyCache: { maxAgeMs: 300 } })
    server.reply(orgReply(), orgReply(1500))
    const first = await getOrganizationPolicy(ctx, 'organization-test-1')
    await sleep(320)
    const start = performance.now()
    const stale = await Promise.all(Array.from({ length: 30 }, () => getOrganizationPolicy(ctx, 'organization-test-1')))
    expect(performance.now() - start).toBeLessThan(500)
    expect(stale.every((p) => p === first)).toBe(true)
    await vi.waitFor(() => expect(server.requests).toHaveLength(2))
    await vi.waitFor(async () => expect(await getOrganizationPolicy(ctx, 'organization-test-1')).not.toBe(first), { timeout: 3000 })
    expect(server.requests).toHaveLength(2)
  })

  it('serves the stale copy during an outage and fails typed once past staleIfErrorMs', async () => {
    server.reply(orgReply(), down)
    // A back-off long enough that a loaded CI machine still checks inside it.
    const ctx = make({ maxAgeMs: 20, staleIfErrorMs: 1500, retryAfterFailureMs: 1000 })
    const first = await getOrganizationPolicy(ctx, 'organization-test-1')
    await sleep(30)
    expect(await getOrganizationPolicy(ctx, 'organization-test-1')).toBe(first)
    await vi.waitFor(() => expect(server.requests).toHaveLength(2))
    // Within the back-off: served, no fetch.
    expect(await getOrganizationPolicy(ctx, 'organization-test-1')).toBe(first)
    expect(server.requests).toHaveLength(2)
    await sleep(1520)
    await expect(getOrganizationPolicy(ctx, 'organization-test-1')).rejects.toMatchObject({ code: 'policy_unavailable', cause: { status: 503 } })
  })

  it(`keeps at most ${MAX_ORGANIZATIONS} organizations, dropping the least recently used`, async () => {
    server.reply(orgReply())
    const ctx = make()
    const org = (i: number) => `organization-test-${i}`
    for (let i = 0; i < MAX_ORGANIZATIONS; i += 100) {
      await Promise.all(Array.from({ length: 100 }, (_, j) => getOrganizationPolicy(ctx, org(i + j))))
    }
    expect(server.requests).toHaveLength(MAX_ORGANIZATIONS)
    // Organization 0 used again: organization 1 is now the least recently used.
    await getOrganizationPolicy(ctx, org(0))
    expect(server.requests).toHaveLength(MAX_ORGANIZATIONS)
    await getOrganizationPolicy(ctx, org(MAX_ORGANIZATIONS))
    expect(server.requests).toHaveLength(MAX_ORGANIZATIONS + 1)
    await getOrganizationPolicy(ctx, org(0))
    expect(server.requests).toHaveLength(MAX_ORGANIZATIONS + 1)
    await getOrganizationPolicy(ctx, org(1))
    expect(server.requests).toHaveLength(MAX_ORGANIZATIONS + 2)
    expect(orgOf(server.requests.at(-1)!)).toBe(org(1))
  })

  it('fetches nothing with a fixed policy in the context, and refuses a bad id', async () => {
    const ctx = createContext({ projectId: 'project-test-1', secret: fresh(), baseUrl: server.url, policy: policy('pinned') })
    expect(await getOrganizationPolicy(ctx, 'organization-test-1')).toBeUndefined()
    await expect(getOrganizationPolicy(make(), '')).rejects.toMatchObject({ code: 'invalid_params' })
    expect(server.requests).toHaveLength(0)
  })

  it('decodes own fields only and refuses a malformed body', async () => {
    server.reply({ status: 200, body: { org_policy: { roles: [{ role_id: 'r', permissions: [{ resource_id: 'documents' }] }] } } })
    const error = await getOrganizationPolicy(make(), 'organization-test-1').catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'policy_unavailable', cause: { code: 'invalid_response' } })
  })
})

describe('authenticateSessionJwtLocal with authorizationCheck over loopback', () => {
  it('fetches the project and the session organization’s policy concurrently and honours custom roles', async () => {
    const keys = await createTestJwks({ kid: 'kid-1' })
    server.reply((req) =>
      req.rawPath === '/v1/b2b/rbac/policy' ? { ...ok('p', 100), body: { ...ok('p').body, policy: { ...policy('p'), scopes: [] } } } : orgReply(100)(req),
    )
    const ctx = createTestContext({ jwks: keys.jwks, baseUrl: server.url, retry: 0 })
    const org = 'organization-test-1'
    const jwt = await mintSessionJwt(keys.signer, { member_id: 'member-test-1', organization_id: org, roles: [`custom-${org}`] })
    const start = performance.now()
    const session = await authenticateSessionJwtLocal(ctx, jwt, { authorizationCheck: { organization_id: org, resource_id: 'documents', action: 'comment' } })
    // Both answers stall 100 ms: fetched one after the other, the call would take 200.
    expect(performance.now() - start).toBeLessThan(190)
    expect(session.organization_id).toBe(org)
    expect(server.requests.map((r) => r.rawPath).sort()).toEqual([`${ORG_PATH}${org}`, '/v1/b2b/rbac/policy'])
    const denied = await authenticateSessionJwtLocal(ctx, jwt, { authorizationCheck: { organization_id: org, resource_id: 'documents', action: 'read' } }).catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(StytchAuthorizationError)
    expect(server.requests).toHaveLength(2)
  })
})
