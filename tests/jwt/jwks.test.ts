import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { authenticateSessionJwtLocal, createContext, type JwksCache, type JwksRefreshConfig } from '../../src/index.js'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { startServer, type RecordingServer } from '../helpers/server.js'
import { expectJwtError } from './helpers.js'

let server: RecordingServer
let k1: TestJwks
let k2: TestJwks
const member = { member_id: 'member-test-1', organization_id: 'organization-test-1' }
const JWKS_PATH = `/v1/b2b/sessions/jwks/${TEST_PROJECT_ID}`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let current: { keys: readonly JsonWebKey[] } | 'down'
const jwksRequests = () => server.requests.filter((r) => r.rawPath === JWKS_PATH).length

beforeAll(async () => {
  server = await startServer()
  k1 = await createTestJwks({ kid: 'kid-1' })
  k2 = await createTestJwks({ kid: 'kid-2' })
  server.reply(() =>
    current === 'down'
      ? { status: 503, body: { error_type: 'unavailable' } }
      : { status: 200, body: current, delayMs: 20 },
  )
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  current = k1.jwks
})

const make = (jwksRefresh: JwksRefreshConfig = {}, jwksCache?: JwksCache) =>
  createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-0123456789', baseUrl: server.url, jwksRefresh, ...(jwksCache && { jwksCache }) })

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
    expect(jwksRequests()).toBe(2)
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
