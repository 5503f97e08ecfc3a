import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { authenticateSessionJwtLocal, createContext, type JwksCache, type JwksRefreshConfig, type StytchConfig } from '../../src/index.js'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { startServer, type RecordingServer, type Reply } from '../helpers/server.js'
import { expectJwtError } from './helpers.js'

let server: RecordingServer
let k1: TestJwks
let k2: TestJwks
const member = { member_id: 'member-test-1', organization_id: 'organization-test-1' }
const JWKS_PATH = `/v1/b2b/sessions/jwks/${TEST_PROJECT_ID}`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// What the JWKS endpoint answers: a key set, a 503, or a key set after a 2 s hang.
let current: { keys: readonly JsonWebKey[] } | 'down' | 'hang'
const HANG = 2000
const answer = (): Reply =>
  current === 'down'
    ? { status: 503, body: { error_type: 'unavailable' } }
    : current === 'hang'
      ? { status: 200, body: k1.jwks, delayMs: HANG }
      : { status: 200, body: current, delayMs: 20 }
const jwksRequests = () => server.requests.filter((r) => r.rawPath === JWKS_PATH).length

beforeAll(async () => {
  server = await startServer()
  k1 = await createTestJwks({ kid: 'kid-1' })
  k2 = await createTestJwks({ kid: 'kid-2' })
  server.reply(answer)
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  current = k1.jwks
})

// Contexts of the same settings share their key set: a secret of its own gives each context a cold one.
let secrets = 0
const make = (jwksRefresh: JwksRefreshConfig = {}, jwksCache?: JwksCache, more: Partial<StytchConfig> = {}) =>
  createContext({ projectId: TEST_PROJECT_ID, secret: `secret-test-${++secrets}`, baseUrl: server.url, jwksRefresh, ...(jwksCache && { jwksCache }), ...more })

describe('remote JWKS', () => {
  it('fetches the project JWKS once for 1000 concurrent verifications on a cold context', async () => {
    const ctx = make()
    const tokens = await Promise.all(Array.from({ length: 50 }, (_, i) => mintSessionJwt(k1.signer, { ...member, member_session_id: `s-${i}` })))
    const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => authenticateSessionJwtLocal(ctx, tokens[i % 50]!)))
    expect(results).toHaveLength(1000)
    expect(jwksRequests()).toBe(1)
    const request = server.requests[0]!
    expect(request.method).toBe('GET')
    expect(request.headers.authorization).toMatch(/^Basic /)
    expect(request.headers['user-agent']).toMatch(/^stytch-b2b\//)
  })

  it('refetches for unknown kids at most once per cooldown', async () => {
    const attacker = await createTestJwks({ kid: 'unused' })
    const random = await Promise.all(
      Array.from({ length: 100 }, (_, i) => mintSessionJwt({ ...attacker.signer, kid: `random-${i}` }, member)),
    )
    const good = await mintSessionJwt(k1.signer, member)
    const ctx = make({ cooldownMs: 1500 })
    await authenticateSessionJwtLocal(ctx, good)
    expect(jwksRequests()).toBe(1)
    // Random kids right after a fetch: no request at all.
    for (const jwt of random) await expectJwtError(authenticateSessionJwtLocal(ctx, jwt), 'jwks_no_matching_key')
    expect(jwksRequests()).toBe(1)
    // After the cooldown, a burst of random kids causes exactly one refetch.
    await sleep(1600)
    await Promise.all(random.map((jwt) => expectJwtError(authenticateSessionJwtLocal(ctx, jwt), 'jwks_no_matching_key')))
    expect(jwksRequests()).toBe(2)
  })

  it('keeps verifying with the last good keys while the JWKS endpoint fails', async () => {
    const ctx = make({ maxAgeMs: 50 })
    await authenticateSessionJwtLocal(ctx, await mintSessionJwt(k1.signer, member))
    current = 'down'
    await sleep(70)
    await expect(authenticateSessionJwtLocal(ctx, await mintSessionJwt(k1.signer, { ...member, member_session_id: 'other' }))).resolves.toMatchObject(member)
    // The refresh runs in the background, and fails.
    await vi.waitFor(() => expect(jwksRequests()).toBe(2))
    await sleep(20)
    await expect(authenticateSessionJwtLocal(ctx, await mintSessionJwt(k1.signer, { ...member, member_session_id: 'third' }))).resolves.toMatchObject(member)
  })

  it('reports jwks_unavailable when no keys were ever fetched', async () => {
    current = 'down'
    await expectJwtError(authenticateSessionJwtLocal(make(), await mintSessionJwt(k1.signer, member)), 'jwks_unavailable')
  })

  it('persists keys through jwksCache for the next isolate', async () => {
    const cache: JwksCache = {}
    await authenticateSessionJwtLocal(make({}, cache), await mintSessionJwt(k1.signer, member))
    expect(cache.jwks?.keys).toHaveLength(1)
    expect(typeof cache.uat).toBe('number')
    server.requests.length = 0
    await authenticateSessionJwtLocal(make({}, { ...cache }), await mintSessionJwt(k1.signer, member))
    expect(jwksRequests()).toBe(0)
  })

  it('forgets verified tokens when the key set changes', async () => {
    const ctx = make({ cooldownMs: 0 })
    const old = await mintSessionJwt(k1.signer, member)
    await authenticateSessionJwtLocal(ctx, old)
    await authenticateSessionJwtLocal(ctx, old) // served from the verified-token cache
    expect(jwksRequests()).toBe(1)
    // Rotation: kid-1 is withdrawn. A token under the new kid makes the context refetch.
    current = k2.jwks
    await authenticateSessionJwtLocal(ctx, await mintSessionJwt(k2.signer, member))
    expect(jwksRequests()).toBe(2)
    // The old token was cached, but the cache went with the old key set.
    await expectJwtError(authenticateSessionJwtLocal(ctx, old), 'jwks_no_matching_key')
  })
})

describe('remote JWKS during an outage', () => {
  const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const start = performance.now()
    const value = await run()
    return { value, ms: performance.now() - start }
  }
  const tokens = (n: number, tag: string) =>
    Promise.all(Array.from({ length: n }, (_, i) => mintSessionJwt(k1.signer, { ...member, member_session_id: `${tag}-${i}` })))

  it('verifies known kids at once with keys older than maxAgeMs while one refresh hangs', async () => {
    const ctx = make({ maxAgeMs: 50, timeoutMs: 5000 })
    await authenticateSessionJwtLocal(ctx, await mintSessionJwt(k1.signer, member))
    const burst = await tokens(50, 'burst')
    const later = await tokens(20, 'later')
    current = 'hang'
    await sleep(70)
    const { value, ms } = await timed(() => Promise.all(burst.map((jwt) => authenticateSessionJwtLocal(ctx, jwt))))
    expect(ms).toBeLessThan(500)
    expect(value.every((s) => s.member_id === member.member_id)).toBe(true)
    await vi.waitFor(() => expect(jwksRequests()).toBe(2))
    for (const jwt of later) {
      expect((await timed(() => authenticateSessionJwtLocal(ctx, jwt))).ms).toBeLessThan(500)
      await sleep(5)
    }
    expect(jwksRequests()).toBe(2)
  })

  it('while the endpoint fails: known kids verify fast, unknown kids fetch at most once per cooldown', async () => {
    const ctx = make({ maxAgeMs: 50, cooldownMs: 250 })
    await authenticateSessionJwtLocal(ctx, await mintSessionJwt(k1.signer, member))
    const attacker = await createTestJwks({ kid: 'unused' })
    current = 'down'
    await sleep(300)
    server.requests.length = 0
    const start = Date.now()
    let slowest = 0
    for (let i = 0; Date.now() - start < 1000 && i < 300; i++) {
      const random = await mintSessionJwt({ ...attacker.signer, kid: `random-${i}` }, member)
      await expectJwtError(authenticateSessionJwtLocal(ctx, random), 'jwks_no_matching_key')
      const known = await mintSessionJwt(k1.signer, { ...member, member_session_id: `known-${i}` })
      slowest = Math.max(slowest, (await timed(() => authenticateSessionJwtLocal(ctx, known))).ms)
      await sleep(5)
    }
    const elapsed = Date.now() - start
    expect(jwksRequests()).toBeGreaterThanOrEqual(1)
    expect(jwksRequests()).toBeLessThanOrEqual(1 + Math.floor(elapsed / 250))
    expect(slowest).toBeLessThan(500)
  })

  it('serves an old persisted jwksCache at once and refreshes it in the background', async () => {
    const cache: JwksCache = { uat: Date.now() - 3_600_000, jwks: { keys: [...k1.jwks.keys] } }
    const ctx = make({ timeoutMs: 5000 }, cache)
    const jwt = await mintSessionJwt(k1.signer, member)
    current = 'hang'
    const { ms } = await timed(() => authenticateSessionJwtLocal(ctx, jwt))
    expect(ms).toBeLessThan(500)
    await vi.waitFor(() => expect(jwksRequests()).toBe(1))
    await vi.waitFor(() => expect(cache.uat).toBeGreaterThan(Date.now() - 60_000), { timeout: HANG + 2000 })
  })

  it('drops a key that a background refresh no longer lists', async () => {
    const ctx = make({ maxAgeMs: 50 })
    const old = await mintSessionJwt(k1.signer, member)
    await authenticateSessionJwtLocal(ctx, old)
    current = k2.jwks
    await sleep(70)
    // Stale keys still verify at once; the refresh learns that kid-1 is gone.
    await expect(authenticateSessionJwtLocal(ctx, await mintSessionJwt(k1.signer, { ...member, member_session_id: 'stale' }))).resolves.toMatchObject(member)
    await vi.waitFor(() => expect(jwksRequests()).toBe(2))
    await vi.waitFor(() => expectJwtError(authenticateSessionJwtLocal(ctx, old), 'jwks_no_matching_key'))
    await expect(authenticateSessionJwtLocal(ctx, await mintSessionJwt(k2.signer, member))).resolves.toMatchObject(member)
    expect(jwksRequests()).toBe(2)
  })

  it('counts a JWKS fetch that never settles as abandoned and fetches again', async () => {
    // A fetch that withholds the abort signal: the request hangs as under a runtime that froze its I/O.
    const frozen: typeof fetch = (input, init) => fetch(input, { ...init, signal: null })
    const ctx = make({ timeoutMs: 50, cooldownMs: 100 }, undefined, { fetch: frozen })
    current = 'hang'
    const stuck = authenticateSessionJwtLocal(ctx, await mintSessionJwt(k1.signer, member))
    stuck.catch(() => {})
    await vi.waitFor(() => expect(jwksRequests()).toBe(1))
    current = k1.jwks
    await sleep(250)
    const next = Promise.race([authenticateSessionJwtLocal(ctx, await mintSessionJwt(k1.signer, member)), sleep(1000).then(() => 'still waiting')])
    await expect(next).resolves.toMatchObject(member)
    expect(jwksRequests()).toBe(2)
  })
})

describe('remote JWKS response handling', () => {
  let other: RecordingServer
  beforeAll(async () => {
    other = await startServer()
    other.reply(() => ({ status: 200, body: k1.jwks }))
  })
  afterAll(() => other.close())
  beforeEach(() => {
    other.requests.length = 0
  })

  it.each([302, 307])('follows no %i redirect: nothing reaches the target, a cold cache fails typed', async (status) => {
    server.reply({ status, headers: { location: `${other.url}${JWKS_PATH}` }, raw: '' })
    try {
      await expectJwtError(authenticateSessionJwtLocal(make(), await mintSessionJwt(k1.signer, member)), 'jwks_unavailable')
      expect(jwksRequests()).toBe(1)
      expect(other.requests).toHaveLength(0)
    } finally {
      server.reply(answer)
    }
  })

  it('refuses keys that a runtime fetched by following a redirect anyway', async () => {
    server.reply({ status: 302, headers: { location: `${other.url}${JWKS_PATH}` }, raw: '' })
    const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'follow' })
    try {
      await expectJwtError(authenticateSessionJwtLocal(make({}, undefined, { fetch: following }), await mintSessionJwt(k1.signer, member)), 'jwks_unavailable')
      expect(other.requests).toHaveLength(1)
    } finally {
      server.reply(answer)
    }
  })

  it('reads at most maxResponseBytes of the JWKS', async () => {
    const ctx = make({}, undefined, { maxResponseBytes: 100 })
    const error = await authenticateSessionJwtLocal(ctx, await mintSessionJwt(k1.signer, member)).catch((e: unknown) => e)
    await expectJwtError(Promise.reject(error), 'jwks_unavailable')
    expect((error as Error).cause).toMatchObject({ code: 'response_too_large' })
  })
})
