import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { authenticateSessionJwtLocal, createContext, type CacheStore, type StoredEntry, type StytchConfig } from '../../src/index.js'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { startServer, type Recorded, type RecordingServer, type Reply } from '../helpers/server.js'

// The stand-in API on loopback: each test counts what reached it.
let server: RecordingServer
let keys: TestJwks
const JWKS = `/v1/b2b/sessions/jwks/${TEST_PROJECT_ID}`
const ORG = 'organization-test-store'
const policy = { roles: [{ role_id: 'editor', permissions: [{ resource_id: 'documents', actions: ['read'] }] }], resources: [{ resource_id: 'documents', actions: ['read'] }] }
const answer = (req: Recorded): Reply => {
  if (req.rawPath === JWKS) return { body: keys.jwks }
  if (req.rawPath === '/v1/b2b/rbac/policy') return { body: { status_code: 200, policy } }
  if (req.rawPath === `/v1/b2b/rbac/organizations/${ORG}`) return { body: { status_code: 200, org_policy: { roles: [] } } }
  return { status: 404, body: { error_type: 'not_found' } }
}
const check = { organization_id: ORG, resource_id: 'documents', action: 'read' }
let jwt: string

beforeAll(async () => {
  server = await startServer()
  server.reply(answer)
  keys = await createTestJwks({ kid: 'store-key' })
  jwt = await mintSessionJwt(keys.signer, { member_id: 'member-test-1', organization_id: ORG, roles: ['editor'] })
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
})

// Each secret is a scope of its own: a cold in-memory cache, as in another isolate.
let secrets = 0
const isolate = (cacheStore: CacheStore, more: Partial<StytchConfig> = {}) =>
  createContext({ projectId: TEST_PROJECT_ID, secret: `secret-test-store-${++secrets}`, baseUrl: server.url, cacheStore, ...more })

/** A store in a Map, counting its calls. */
function memoryStore() {
  const data = new Map<string, StoredEntry>()
  const calls = { get: 0, put: 0 }
  const store: CacheStore = {
    get: async (key) => (calls.get++, data.get(key)),
    put: async (key, value, storedAt) => void (calls.put++, data.set(key, { value, storedAt })),
  }
  return { data, calls, store }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 30))
/** Waits (at most 5 s) until `done` holds, then a little longer for anything that should not come. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10))
  await settle()
}

describe('cacheStore', () => {
  it('a second isolate verifies and authorizes from the store without any fetch', async () => {
    const { data, calls, store } = memoryStore()
    await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
    expect(server.requests).toHaveLength(3)
    expect(calls.put).toBe(3)
    const stored = [...data.keys()].sort()
    expect(stored).toHaveLength(3)
    for (const key of stored) expect(key).toMatch(new RegExp(`^stytch-b2b:v1:${TEST_PROJECT_ID}:[0-9a-f]{16}/v1/b2b/`))
    expect(stored.join()).not.toContain('secret')
    server.requests.length = 0
    const session = await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
    expect(session.organization_id).toBe(ORG)
    expect(server.requests).toHaveLength(0)
  })

  it('serves an entry older than the max age at once and refreshes it once in the background', async () => {
    const { data, store } = memoryStore()
    await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
    const old = Date.now() - 20 * 60_000
    for (const [key, entry] of data) data.set(key, { ...entry, storedAt: old })
    server.requests.length = 0
    await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
    // Background refreshes: on a loaded machine they may take longer than a fixed pause.
    await until(() => server.requests.length >= 3 && [...data.values()].every((entry) => entry.storedAt > old))
    // Keys (10 min) and policies (5 min) are stale at 20 minutes: one background refresh each, rewritten.
    expect(server.requests).toHaveLength(3)
    for (const entry of data.values()) expect(entry.storedAt).toBeGreaterThan(old)
  })

  it('fetches a policy stored longer ago than staleIfErrorMs', async () => {
    const { data, store } = memoryStore()
    await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
    for (const [key, entry] of data) if (key.endsWith('/rbac/policy')) data.set(key, { ...entry, storedAt: Date.now() - 2 * 3_600_000 })
    server.requests.length = 0
    await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
    expect(server.requests.map((r) => r.rawPath)).toEqual(['/v1/b2b/rbac/policy'])
  })

  it('treats garbage entries as misses and overwrites them', async () => {
    const { data, store } = memoryStore()
    await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
    const garbage = [{ value: 'not json', storedAt: Date.now() }, { value: '{"keys":"no"}', storedAt: Date.now() }, { value: '{}', storedAt: Number.NaN }, 'a string', null]
    for (const bad of garbage) {
      for (const key of data.keys()) data.set(key, bad as never)
      server.requests.length = 0
      await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
      expect(server.requests).toHaveLength(3)
      await until(() => [...data.values()].every((entry) => typeof entry?.value === 'string'))
      for (const entry of data.values()) expect(typeof entry.value).toBe('string')
    }
  })

  it('whatever a store answers, a verification succeeds and authorizes as without it (property)', async () => {
    const keysOf = memoryStore()
    await authenticateSessionJwtLocal(isolate(keysOf.store), jwt, { authorizationCheck: check })
    const names = [...keysOf.data.keys()]
    const entry = fc.oneof(
      fc.anything(),
      fc.record({ value: fc.oneof(fc.string(), fc.json()), storedAt: fc.oneof(fc.double(), fc.integer(), fc.constant(Date.now())) }),
    )
    await fc.assert(
      fc.asyncProperty(fc.tuple(entry, entry, entry), async (entries) => {
        const answers = new Map(names.map((name, i) => [name, entries[i]]))
        const store: CacheStore = { get: (key) => answers.get(key) as never, put: () => {} }
        const session = await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
        expect(session.organization_id).toBe(ORG)
      }),
      { numRuns: 40 },
    )
  })

  it('a store that throws or rejects never fails a verification', async () => {
    const throwing: CacheStore = {
      get: () => {
        throw new Error('store down')
      },
      put: () => {
        throw new Error('store down')
      },
    }
    const rejecting: CacheStore = { get: () => Promise.reject(new Error('down')), put: () => Promise.reject(new Error('down')) }
    for (const store of [throwing, rejecting]) {
      server.requests.length = 0
      const session = await authenticateSessionJwtLocal(isolate(store), jwt, { authorizationCheck: check })
      expect(session.organization_id).toBe(ORG)
      expect(server.requests).toHaveLength(3)
    }
  })

  it('a store that hangs costs at most its timeout on a cold cache and is never asked once memory is warm', async () => {
    let gets = 0
    const hanging: CacheStore = { get: () => (gets++, new Promise<never>(() => {})), put: () => new Promise<never>(() => {}) }
    const settings = { projectId: TEST_PROJECT_ID, secret: `secret-test-store-${++secrets}`, baseUrl: server.url, cacheStore: hanging }
    const session = await authenticateSessionJwtLocal(createContext(settings), jwt, { authorizationCheck: check })
    expect(session.organization_id).toBe(ORG)
    expect(gets).toBe(3)
    // Warm memory: new contexts of the same settings, new tokens, never a store read.
    for (let i = 0; i < 50; i++) {
      const fresh = await mintSessionJwt(keys.signer, { member_id: `member-test-${i}`, organization_id: ORG, roles: ['editor'] })
      await authenticateSessionJwtLocal(createContext({ ...settings }), fresh, { authorizationCheck: check })
    }
    expect(gets).toBe(3)
  })

  it('refuses a cacheStore without get and put before any request, naming the field', async () => {
    for (const [bad, field] of [[{ get: () => undefined }, 'cacheStore.put'], [null, 'cacheStore.get'], [{ put: () => {} }, 'cacheStore.get']] as const) {
      const ctx = isolate(bad as never)
      await expect(authenticateSessionJwtLocal(ctx, jwt, { authorizationCheck: check })).rejects.toMatchObject({ code: 'invalid_config', field })
    }
    expect(server.requests).toHaveLength(0)
  })
})
