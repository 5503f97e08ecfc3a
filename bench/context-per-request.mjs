// A Worker's request loop: a new context per request (as `createContext(env)` inside `fetch`),
// then a session JWT verified locally with an authorization check, against a loopback stand-in
// API that counts fetches. Before issue 16 every context started cold: 1,000 requests made 1,000
// JWKS and policy fetches (2.16 ms a request). Prints µs per request (median of samples) and the
// fetches made. Run: npm run build && npm --prefix bench ci && node bench/context-per-request.mjs
import { createServer } from 'node:http'
import { createContext } from 'stytch-b2b'
import { authenticateSessionJwtLocal } from 'stytch-b2b/jwt'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID } from 'stytch-b2b/testing'

const SAMPLES = 21
const PER_SAMPLE = 1000
const ORGS = ['organization-test-a', 'organization-test-b']
const { jwks, signer } = await createTestJwks({ kid: 'bench' })
const policy = { roles: [{ role_id: 'editor', permissions: [{ resource_id: 'documents', actions: ['read'] }] }], resources: [{ resource_id: 'documents', actions: ['read'] }] }
const fetches = new Map()
const server = createServer((req, res) => {
  fetches.set(req.url, (fetches.get(req.url) ?? 0) + 1)
  const body = req.url.startsWith('/v1/b2b/sessions/jwks/') ? jwks : req.url === '/v1/b2b/rbac/policy' ? { policy } : { org_policy: { roles: [] } }
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const env = { projectId: TEST_PROJECT_ID, secret: 'secret-test-bench-0000', baseUrl: `http://127.0.0.1:${server.address().port}` }
// Distinct sessions, so that half the work is real RSA verification the first time round.
const tokens = await Promise.all(Array.from({ length: 200 }, (_, i) => mintSessionJwt(signer, { member_id: `member-test-${i}`, organization_id: ORGS[i % 2], roles: ['editor'] })))

const perRequest = []
for (let s = 0; s < SAMPLES; s++) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < PER_SAMPLE; i++) {
    const ctx = createContext({ ...env })
    await authenticateSessionJwtLocal(ctx, tokens[i % tokens.length], { authorizationCheck: { organization_id: ORGS[i % 2], resource_id: 'documents', action: 'read' } })
  }
  perRequest.push(Number(process.hrtime.bigint() - start) / 1000 / PER_SAMPLE)
}
server.close()
const median = [...perRequest].sort((a, b) => a - b)[Math.floor(SAMPLES / 2)]
console.log(`context per request, verify + authorize: ${median.toFixed(1)} µs a request (median of ${SAMPLES} × ${PER_SAMPLE})`)
console.log(`fetches for ${SAMPLES * PER_SAMPLE} requests: ${[...fetches].map(([path, n]) => `${path} ×${n}`).join(', ')}`)
