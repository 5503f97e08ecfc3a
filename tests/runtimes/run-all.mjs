// Runs the conformance suite in every runtime we support, against a loopback server that plays
// the Stytch API (one organization, a 404, the project JWKS). Prints one line per runtime and a
// last line `N passed, N failed` (N counts runtimes). Run: npm run test:runtimes (repo root).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { EdgeRuntime } from 'edge-runtime'
import { Miniflare } from 'miniflare'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID } from 'stytch-b2b/testing'

const here = fileURLToPath(new URL('.', import.meta.url))
const bin = (path) => fileURLToPath(new URL(`node_modules/${path}`, import.meta.url))
const TIMEOUT_MS = 60_000

// ---- the stand-in API --------------------------------------------------------------------
const { jwks, signer } = await createTestJwks({ kid: 'conformance-key' })
const organizationId = 'organization-test-conformance'
const memberId = 'member-test-conformance'
const fixture = {
  projectId: TEST_PROJECT_ID,
  organizationId,
  memberId,
  jwks,
  jwt: await mintSessionJwt(signer, { member_id: memberId, organization_id: organizationId, roles: ['stytch_member', 'editor'], custom_claims: { plan: 'pro' }, exp: Math.floor(Date.now() / 1000) + 3600 }),
  policy: { roles: [{ role_id: 'editor', permissions: [{ resource_id: 'documents', actions: ['read', 'edit'] }] }], resources: [] },
}
// Requests to the API routes (JWKS included), for the cache store check.
let apiRequests = 0
const server = createServer((req, res) => {
  const json = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const path = new URL(req.url, 'http://x').pathname
  if (path === '/fixture.json') return json(200, fixture)
  if (path === `/v1/b2b/sessions/jwks/${TEST_PROJECT_ID}`) return apiRequests++, json(200, jwks)
  if (!req.headers.authorization?.startsWith('Basic ')) return json(401, { status_code: 401, error_type: 'unauthorized_credentials' })
  if (path.startsWith('/v1/')) apiRequests++
  if (path === '/v1/b2b/rbac/policy') return json(200, { status_code: 200, policy: fixture.policy })
  if (path === `/v1/b2b/rbac/organizations/${organizationId}`) return json(200, { status_code: 200, org_policy: { roles: [] } })
  if (path === `/v1/b2b/organizations/${organizationId}`) {
    return json(200, { request_id: 'request-test-200', status_code: 200, organization: { organization_id: organizationId, organization_name: 'Conformance' } })
  }
  json(404, { status_code: 404, request_id: 'request-test-404', error_type: 'organization_not_found', error_message: 'Organization not found.' })
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const BASE_URL = `http://127.0.0.1:${server.address().port}`

// ---- runtimes ---------------------------------------------------------------------------------
function spawnSuite(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: here, env: { ...process.env, BASE_URL, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve(parse(out, `exit ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`))
    })
  })
}

function parse(text, fallback) {
  const line = text.trim().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(line)
  } catch {
    return { ok: false, results: [{ name: 'run', ok: false, error: fallback || line }] }
  }
}

async function bundle(entry, options) {
  const result = await build({ entryPoints: [`${here}/${entry}`], bundle: true, write: false, platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'silent', ...options })
  return result.outputFiles[0].text
}

async function workerd() {
  const script = await bundle('worker.mjs', { format: 'esm', conditions: ['workerd', 'worker', 'browser'] })
  const mf = new Miniflare({ modules: true, script, compatibilityDate: '2026-04-01', bindings: { BASE_URL } })
  try {
    const response = await mf.dispatchFetch('http://localhost/')
    return parse(await response.text(), `status ${response.status}`)
  } finally {
    await mf.dispose()
  }
}

// A Hono app with stytch-b2b/hono in workerd: real requests in, allowed / 401 / 403 out.
async function honoWorkerd() {
  const script = await bundle('hono-worker.mjs', { format: 'esm', conditions: ['workerd', 'worker', 'browser'] })
  const mf = new Miniflare({ modules: true, script, compatibilityDate: '2026-04-01', bindings: { BASE_URL, PROJECT_ID: TEST_PROJECT_ID } })
  const bearer = { authorization: `Bearer ${fixture.jwt}` }
  const cases = [
    ['allowed with a Bearer JWT', '/docs', { headers: bearer }, 200, memberId],
    ['allowed with the session cookie', '/docs', { headers: { cookie: `stytch_session_jwt=${fixture.jwt}` } }, 200, memberId],
    ['401 without a session', '/docs', {}, 401, '{"error":"session_missing"}'],
    ['401 for a malformed header', '/docs', { headers: { authorization: 'Basic x' } }, 401, '{"error":"session_malformed"}'],
    ['403 without the permission', '/docs', { method: 'DELETE', headers: bearer }, 403, '{"error":"session_authorization_error"}'],
    ['403 for another organization', '/orgs/organization-test-other/docs', { headers: bearer }, 403, '{"error":"session_authorization_tenancy_error"}'],
  ]
  try {
    const results = []
    for (const [name, path, init, status, text] of cases) {
      const response = await mf.dispatchFetch(`http://localhost${path}`, init)
      const body = await response.text()
      const ok = response.status === status && body.includes(text)
      results.push({ name, ok, ...(!ok && { error: `${response.status} ${body.slice(0, 120)}` }) })
    }
    return { ok: results.every((r) => r.ok), results }
  } finally {
    await mf.dispose()
  }
}

// Two Worker isolates bound to one Workers KV namespace: once the first has verified and authorized
// a session JWT (fetching the key set and both policies), the second makes no fetch at all.
async function workersKv() {
  const script = await bundle('kv-worker.mjs', { format: 'esm', conditions: ['workerd', 'worker', 'browser'] })
  const worker = (name) => ({ name, modules: true, script, compatibilityDate: '2026-04-01', bindings: { BASE_URL, SECRET: 'secret-test-conformance-0000' }, kvNamespaces: { CACHE: 'stytch-cache' } })
  const mf = new Miniflare({ workers: [worker('first'), worker('second')] })
  const body = JSON.stringify({ projectId: fixture.projectId, jwt: fixture.jwt, organizationId })
  const ask = async (name) => {
    const before = apiRequests
    const response = await (await mf.getWorker(name)).fetch('http://localhost/', { method: 'POST', body })
    return { status: response.status, answer: await response.json(), fetched: apiRequests - before }
  }
  const results = []
  const expect = (name, got, ok) => results.push(ok ? { name, ok } : { name, ok, error: JSON.stringify(got) })
  try {
    const first = await ask('first')
    expect('first isolate fetches the key set and both policies, and stores them', first, first.status === 200 && first.fetched === 3 && first.answer.stored === 3)
    const second = await ask('second')
    expect('second isolate verifies and authorizes from KV with no fetch', second, second.status === 200 && second.fetched === 0 && second.answer.member_id === memberId)
  } finally {
    await mf.dispose()
  }
  return { ok: results.every((r) => r.ok), results }
}

async function edge() {
  const initialCode = await bundle('edge.mjs', { format: 'iife', globalName: 'probe', conditions: ['edge-light', 'worker', 'browser'] })
  const runtime = new EdgeRuntime({ initialCode })
  // The real Vercel VM has no Node globals: prove the library did not need them.
  const leaks = await runtime.evaluate('[typeof process, typeof Buffer, typeof require].join(",")')
  const result = await runtime.evaluate(`probe.run(${JSON.stringify(BASE_URL)})`)
  if (leaks !== 'undefined,undefined,undefined') result.results.push({ name: 'no Node globals', ok: false, error: leaks })
  return result
}

// The third column: the RS256 module each runtime must resolve through `#rs256` (`node` or `bun` conditions: node:crypto).
const runtimes = [
  ['Node 20 (ESM)', () => spawnSuite(process.execPath, ['cli.mjs']), 'node:crypto'],
  ['Node 20 (require)', () => spawnSuite(process.execPath, ['cli.cjs']), 'node:crypto'],
  ['Node 22', () => spawnSuite(bin('node22/bin/node'), ['cli.mjs']), 'node:crypto'],
  ['Node 24', () => spawnSuite(bin('node24/bin/node'), ['cli.mjs']), 'node:crypto'],
  ['Bun', () => spawnSuite(bin('.bin/bun'), ['cli.mjs']), 'node:crypto'],
  ['Deno', () => spawnSuite(bin('.bin/deno'), ['run', '--allow-net=127.0.0.1', '--allow-env=BASE_URL', '--allow-read=.', 'cli.mjs'], { DENO_DIR: `${here}/.deno`, NO_COLOR: '1' }), 'node:crypto'],
  ['workerd (Miniflare)', workerd, 'Web Crypto'],
  ['workerd + Hono (stytch-b2b/hono)', honoWorkerd],
  ['workerd: cacheStore on Workers KV, two isolates', workersKv],
  ['Vercel EdgeRuntime', edge, 'Web Crypto'],
]

let passed = 0
let failed = 0
for (const [name, run, rs256] of runtimes) {
  let result
  try {
    result = await run()
  } catch (error) {
    result = { ok: false, results: [{ name: 'run', ok: false, error: String(error?.message ?? error) }] }
  }
  if (rs256 && result.rs256 !== rs256) result.results.push({ name: 'RS256 module', ok: false, error: `${result.rs256}, expected ${rs256}` })
  const failures = result.results.filter((r) => !r.ok)
  if (result.ok && failures.length === 0) {
    passed++
    console.log(`PASS ${name} (${result.results.length} checks${result.rs256 ? `, RS256 by ${result.rs256}` : ''})`)
  } else {
    failed++
    console.log(`FAIL ${name}: ${failures.map((f) => `${f.name}: ${f.error}`).join('; ')}`)
  }
}
server.close()
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
