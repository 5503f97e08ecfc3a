import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { authenticateSessionJwtLocal, createContext, type StytchConfig } from '../../src/index.js'
import { MAX_SCOPES, scopeOf } from '../../src/core/scope.js'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { startServer, type Recorded, type RecordingServer, type Reply } from '../helpers/server.js'

// A stand-in API on loopback that counts what the caches fetch.
let server: RecordingServer
let other: RecordingServer
let keys: TestJwks
const JWKS = `/v1/b2b/sessions/jwks/${TEST_PROJECT_ID}`
const ORGS = ['organization-test-a', 'organization-test-b']
const policy = { roles: [{ role_id: 'editor', permissions: [{ resource_id: 'documents', actions: ['read'] }] }], resources: [{ resource_id: 'documents', actions: ['read'] }] }
const answer = (req: Recorded): Reply => {
  if (req.rawPath === JWKS) return { body: keys.jwks }
  if (req.rawPath === '/v1/b2b/rbac/policy') return { body: { status_code: 200, policy } }
  if (req.rawPath.startsWith('/v1/b2b/rbac/organizations/')) return { body: { status_code: 200, org_policy: { roles: [] } } }
  return { status: 404, body: { error_type: 'not_found' } }
}
const count = (s: RecordingServer, path: string): number => s.requests.filter((r) => r.rawPath === path).length

beforeAll(async () => {
  ;[server, other, keys] = await Promise.all([startServer(), startServer(), createTestJwks({ kid: 'scope-key' })])
  server.reply(answer)
  other.reply(answer)
})
afterAll(() => Promise.all([server.close(), other.close()]))
beforeEach(() => {
  server.requests.length = 0
  other.requests.length = 0
})

let secrets = 0
const config = (more: Partial<StytchConfig> = {}): StytchConfig => ({ projectId: TEST_PROJECT_ID, secret: `secret-test-scope-${++secrets}`, baseUrl: server.url, ...more })
const jwtFor = (organization_id: string) => mintSessionJwt(keys.signer, { member_id: 'member-test-1', organization_id, roles: ['stytch_member', 'editor'] })

describe('caches shared by contexts of the same settings', () => {
  it('1,000 requests, each with its own createContext: one JWKS fetch, one project policy, one policy per organization', async () => {
    const settings = config()
    const tokens = await Promise.all(ORGS.map(jwtFor))
    for (let i = 0; i < 1000; i++) {
      // What a Worker does: a new context from `env` in every `fetch`, a copy of the same settings.
      const ctx = createContext({ ...settings })
      const organization_id = ORGS[i % 2]!
      const session = await authenticateSessionJwtLocal(ctx, tokens[i % 2]!, { authorizationCheck: { organization_id, resource_id: 'documents', action: 'read' } })
      expect(session.organization_id).toBe(organization_id)
    }
    expect(count(server, JWKS)).toBe(1)
    expect(count(server, '/v1/b2b/rbac/policy')).toBe(1)
    for (const id of ORGS) expect(count(server, `/v1/b2b/rbac/organizations/${id}`)).toBe(1)
    expect(server.requests).toHaveLength(4)
  })

  it('does not share across secrets, base URLs or cache settings', async () => {
    const settings = config()
    const jwt = await jwtFor(ORGS[0]!)
    const check = { organization_id: ORGS[0]!, resource_id: 'documents', action: 'read' }
    for (const more of [{}, { secret: 'secret-test-scope-other' }, { jwksRefresh: { maxAgeMs: 1000 } }, { maxResponseBytes: 100_000 }]) {
      await authenticateSessionJwtLocal(createContext({ ...settings, ...more }), jwt, { authorizationCheck: check })
    }
    await authenticateSessionJwtLocal(createContext({ ...settings, baseUrl: other.url }), jwt, { authorizationCheck: check })
    // Four scopes against `server` (three fetches each), one against `other`.
    expect(count(server, JWKS)).toBe(4)
    expect(server.requests).toHaveLength(12)
    expect(other.requests).toHaveLength(3)
  })

  it('keeps a fixed jwks object to the contexts that have it', async () => {
    const settings = config()
    const jwt = await jwtFor(ORGS[0]!)
    const { jwks } = keys
    await authenticateSessionJwtLocal(createContext({ ...settings, jwks }), jwt)
    await authenticateSessionJwtLocal(createContext({ ...settings, jwks }), jwt)
    expect(server.requests).toHaveLength(0)
    // Without the fixed set, the same settings fetch the project's keys.
    await authenticateSessionJwtLocal(createContext(settings), jwt)
    expect(count(server, JWKS)).toBe(1)
    // Another object with the same keys is another scope.
    const a = createContext({ ...settings, jwks })
    expect(scopeOf(a)).toBe(scopeOf(createContext({ ...settings, jwks })))
    expect(scopeOf(a)).not.toBe(scopeOf(createContext({ ...settings, jwks: { keys: [...jwks.keys] } })))
    expect(scopeOf(a)).not.toBe(scopeOf(createContext(settings)))
  })

  it('sends through the latest context: its fetch is used, not the first one’s', async () => {
    const settings = config({ jwksRefresh: { maxAgeMs: 0 } })
    const jwt = await jwtFor(ORGS[0]!)
    const seen: string[] = []
    const tagged = (tag: string): typeof fetch => (input, init) => (seen.push(tag), fetch(input, init))
    await authenticateSessionJwtLocal(createContext({ ...settings, fetch: tagged('first') }), jwt)
    // maxAgeMs 0: this use refreshes in the background, through the second context's fetch.
    await authenticateSessionJwtLocal(createContext({ ...settings, fetch: tagged('second') }), jwt, { verifiedTokenCache: false })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(seen).toEqual(['first', 'second'])
  })

  it('keeps at most MAX_SCOPES scopes, least recently used out first (model check)', () => {
    let run = 0
    fc.assert(
      fc.property(fc.array(fc.nat(99), { minLength: 1, maxLength: 300 }), (picks) => {
        // Settings of this run only: entries of earlier runs are all older than ours.
        const projectId = `project-test-model-${++run}`
        const model: number[] = []
        const seen = new Map<number, object>()
        for (const pick of picks) {
          const scope = scopeOf(createContext({ projectId, secret: `secret-test-${pick}`, baseUrl: server.url }))
          const at = model.indexOf(pick)
          if (at === -1) {
            expect(scope).not.toBe(seen.get(pick))
            seen.set(pick, scope)
          } else {
            expect(scope).toBe(seen.get(pick))
            model.splice(at, 1)
          }
          model.push(pick)
          if (model.length > MAX_SCOPES) model.shift()
        }
      }),
      { numRuns: 50 },
    )
  })

})
