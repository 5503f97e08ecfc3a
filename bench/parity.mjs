// Wire parity with the official SDK: every route of our manifest is called with the sample params
// of tests/endpoints/cases.generated.ts, once through `stytch` 14.2 (B2BClient, a dependency of
// bench/ only) and once through our function, and one HTTPS server on 127.0.0.1 records both
// requests; routes that take member-session headers get a second pair with authorization. The
// pairs must agree on method, raw path, query, JSON body and the credential and member-session
// headers. The wire differences documented in /work/shared/api/CURRENT.md are counted per route
// as named exceptions; anything else is a DIFF. A path value of exactly '..' is tried on each path
// param as well: ours must refuse it, and where the official SDK sends it, that is a finding.
// Last, every official B2B http method of spec/b2b-api.json must have a manifest entry (reported;
// a failure only with PARITY_REQUIRE_ALL=1). Run: npm run test:parity (repo root).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:https'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { transform } from 'esbuild'
import { B2BClient } from 'stytch'
import { makeCertificate, trustingAgent } from './tls.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('..', import.meta.url))
const tmp = `${here}.tmp`
mkdirSync(tmp, { recursive: true })
const requireAll = process.env.PARITY_REQUIRE_ALL === '1'
const CALL_MS = 5000
const started = process.hrtime.bigint()

// Our package as built in dist/ (bench/node_modules/stytch-b2b links back to the root).
const ours = await import('stytch-b2b')
const { endpoints } = await import('stytch-b2b/manifest')
const spec = JSON.parse(readFileSync(`${root}spec/b2b-api.json`, 'utf8'))
// The B2B methods and those of the consumer clients on the B2B client (M2M, Connected Apps, …).
const specMethods = [...spec.methods, ...(spec.consumerMethods ?? [])]
const specById = new Map(specMethods.map((m) => [m.id, m]))

// The generated sample cases are TypeScript holding data only: strip the types and import them.
const casesTs = readFileSync(`${root}tests/endpoints/cases.generated.ts`, 'utf8')
const { code } = await transform(casesTs, { loader: 'ts', format: 'esm' })
writeFileSync(`${tmp}/cases.generated.mjs`, code)
const { cases } = await import(pathToFileURL(`${tmp}/cases.generated.mjs`).href)
const caseById = new Map(cases.map((c) => [c.id, c]))

// ---- one recording HTTPS server on loopback ------------------------------------------------------
// The official SDK refuses a custom_base_url that is not https, so the server gets a certificate
// made now for 127.0.0.1; only the undici Agent given to the two clients below trusts it.
let tls
try {
  tls = makeCertificate(tmp, 'parity')
} catch (error) {
  console.error(`parity: could not make a test certificate with openssl (${error.message})`)
  process.exit(2)
}
const { cert } = tls
let recorded = []
let reply = '{}'
const server = createServer({ key: tls.key, cert }, (req, res) => {
  const chunks = []
  let size = 0
  req.on('data', (chunk) => {
    size += chunk.length
    if (size <= 1_048_576) chunks.push(chunk)
  })
  // A zero-byte body counts as no body.
  req.on('end', () => {
    recorded.push({ method: req.method, target: req.url, headers: req.headers, body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined })
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(reply)
  })
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const BASE = `https://127.0.0.1:${server.address().port}`
// It trusts the test certificate and nothing else.
const agent = trustingAgent(cert)

const projectId = 'project-test-parity'
const secret = 'secret-test-parity'
// The SDK's own option for a custom undici dispatcher (stytch depends on undici 6, as Node 20 does).
const official = new B2BClient({ project_id: projectId, secret, custom_base_url: BASE, fraud_env: BASE, dispatcher: agent })
// Ours through its `fetch` option: the same request, handed to fetch with the same agent.
const ctx = ours.createContext({
  projectId,
  secret,
  baseUrl: BASE,
  fraudBaseUrl: BASE,
  retry: false,
  timeoutMs: CALL_MS,
  fetch: (url, init) => fetch(url, { ...init, dispatcher: agent }),
})

// The two form-encoded OAuth routes have hand-written modules and no generated case: their samples
// hold the characters form encoding must get right (+, &, =, /, non-ASCII).
const FORM_CASES = {
  'IDP.IntrospectTokenNetwork': {
    auth: false,
    params: { token: 'access-token+parity&x=1', client_id: 'connected-app-test-1', client_secret: 'secret/+&=ü-parity', token_type_hint: 'access_token' },
    response: { active: true, sub: 'member-test-1', scope: 'openid read:documents', client_id: 'connected-app-test-1', aud: ['project-test-parity'], iss: 'stytch.com/project-test-parity', exp: 4102444800, iat: 1700000000, nbf: 1700000000, token_type: 'access_token', 'https://stytch.com/organization': { organization_id: 'organization-test-1', slug: 'acme' } },
  },
  'M2M.Token': {
    auth: false,
    params: { client_id: 'm2m-client-test-1', client_secret: 'secret/+&=ü-parity', scopes: ['read:users', 'write:users'] },
    response: { access_token: 'm2m-access-token', expires_in: 3600, token_type: 'bearer' },
  },
}

// ---- helpers ------------------------------------------------------------------------------------
const AUTH = { session_token: 'session-token-parity', session_jwt: 'session-jwt-parity' }
const SESSION_HEADERS = ['x-stytch-member-session', 'x-stytch-member-sessionjwt']
const COMPARED_HEADERS = ['authorization', 'content-type', ...SESSION_HEADERS]
// GET query keys whose encoding CURRENT.md documents as differing between the SDKs.
const QUERY_KNOWN = new Set(['include_deleted', 'include_refresh_token', 'limit'])

const pathParamsOf = (template) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
const fillPath = (template, params) => template.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(params[name]))

// JSON with sorted keys, so that key order does not count as a difference.
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`
  return JSON.stringify(value)
}
const same = (a, b) => canonical(a) === canonical(b)

function parseBody(text) {
  if (text === undefined) return { absent: true }
  try {
    return { value: JSON.parse(text) }
  } catch {
    return { invalid: text }
  }
}

const queryPairs = (target) => {
  const i = target.indexOf('?')
  return i < 0 ? [] : [...new URLSearchParams(target.slice(i + 1))].map(([k, v]) => `${k}=${v}`).sort()
}
const rawPath = (target) => target.split('?')[0]

function keyDiff(a, b) {
  const onlyA = Object.keys(a).filter((k) => !(k in b))
  const onlyB = Object.keys(b).filter((k) => !(k in a))
  const differ = Object.keys(a).filter((k) => k in b && !same(a[k], b[k]))
  return [onlyA.length && `only ours: ${onlyA.join(',')}`, onlyB.length && `only official: ${onlyB.join(',')}`, differ.length && `values differ: ${differ.join(',')}`]
    .filter(Boolean).join('; ')
}

// Finds the official method by its dotted path and keeps `this` bound.
function officialMethod(dotted) {
  let owner = official
  const parts = dotted.split('.')
  for (const part of parts.slice(0, -1)) owner = owner?.[part]
  const fn = owner?.[parts.at(-1)]
  return typeof fn === 'function' ? fn.bind(owner) : undefined
}

function withTimeout(promise) {
  let timer
  const limit = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${CALL_MS} ms`)), CALL_MS)))
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer))
}

// Runs one call and returns what the server saw and whether the client threw.
async function capture(run) {
  recorded = []
  let error
  try {
    await withTimeout(run())
  } catch (e) {
    error = e
  }
  return { requests: recorded, error }
}

const describe = (error) => `${error?.name ?? 'Error'}: ${String(error?.message ?? error).split('\n')[0].slice(0, 160)}`

// Compares one pair of requests; returns { diffs: [...], exceptions: [...], findings: [...] }.
function compare(entry, params, theirs, mine, withAuth) {
  const diffs = []
  const exceptions = []
  const findings = []
  const pathParams = pathParamsOf(entry.path)

  // Path: ours must hold each value encoded inside its own segment; the official SDK should too.
  // The form routes take the project id from the client's settings, not from params.
  const expected = fillPath(entry.path, { project_id: projectId, ...params })
  const theirPath = rawPath(theirs.target)
  const myPath = rawPath(mine.target)
  if (myPath !== expected) diffs.push(`ours sent path ${myPath}, expected ${expected}`)
  if (theirPath !== expected) {
    const segments = (p) => p.split('/').length
    if (segments(theirPath) !== segments(expected) || !theirPath.startsWith(entry.path.split('{')[0])) findings.push(`path value leaves its segment: sent ${theirPath}, expected ${expected}`)
    else if (myPath === expected) diffs.push(`path: official ${theirPath}, ours ${myPath}`)
  }

  if (theirs.method !== mine.method) diffs.push(`method: official ${theirs.method}, ours ${mine.method}`)

  const tq = queryPairs(theirs.target)
  const mq = queryPairs(mine.target)
  if (!same(tq, mq)) {
    // Documented: one SDK spells an unset include_* / limit as false / 0, the other leaves it out.
    // Only that passes; the same key with two different values is a DIFF.
    const keys = (pairs) => pairs.map((p) => p.split('=')[0])
    const onlyOne = [...tq.filter((p) => !mq.includes(p)), ...mq.filter((p) => !tq.includes(p))]
    const known = onlyOne.every((p) => {
      const [k, v] = p.split('=')
      return QUERY_KNOWN.has(k) && (v === 'false' || v === '0') && keys(tq).includes(k) !== keys(mq).includes(k)
    })
    if (known) exceptions.push(`query encoding (${[...new Set(keys(onlyOne))].join(',')})`)
    else diffs.push(`query: official ?${tq.join('&')}, ours ?${mq.join('&')}`)
  }

  const tb = parseBody(theirs.body)
  const mb = parseBody(mine.body)
  if (entry.body === 'form') {
    // Form-encoded OAuth routes: the same fields in the same order, byte for byte.
    if (theirs.body !== mine.body) diffs.push(`form body: official ${theirs.body}, ours ${mine.body}`)
  } else if (tb.invalid !== undefined || mb.invalid !== undefined) {
    diffs.push(`body is not JSON (${tb.invalid !== undefined ? 'official' : 'ours'})`)
  } else if (tb.absent && mb.absent) {
    // neither sent one
  } else if (mine.method === 'DELETE' && mb.absent && same(tb.value, {})) {
    exceptions.push('DELETE body {}')
  } else if (tb.absent || mb.absent) {
    diffs.push(`body: ${tb.absent ? 'official sent none' : 'ours sent none'}`)
  } else if (!same(tb.value, mb.value)) {
    const isObj = (v) => v && typeof v === 'object' && !Array.isArray(v)
    // Only POST and PUT carry a body in the API; a DELETE must match the exception above or agree.
    if (isObj(tb.value) && isObj(mb.value) && pathParams.length && mine.method !== 'DELETE') {
      // The official SDK leaves the path values out of the body; ours repeats them (as Go does).
      const rest = { ...mb.value }
      let repeated = true
      for (const name of pathParams) {
        if (!(name in rest)) continue
        if (!same(rest[name], params[name]) || name in tb.value) repeated = false
        delete rest[name]
      }
      if (repeated && same(rest, tb.value)) exceptions.push('path params repeated in body')
      else diffs.push(`body: ${keyDiff(mb.value, tb.value)}`)
    } else if (isObj(tb.value) && isObj(mb.value)) {
      diffs.push(`body: ${keyDiff(mb.value, tb.value)}`)
    } else {
      diffs.push('body differs')
    }
  }

  for (const name of COMPARED_HEADERS) {
    if (theirs.headers[name] !== mine.headers[name]) diffs.push(`header ${name}: official ${theirs.headers[name] ?? '(none)'}, ours ${mine.headers[name] ?? '(none)'}`)
  }
  if (withAuth) {
    if (mine.headers['x-stytch-member-session'] !== AUTH.session_token || mine.headers['x-stytch-member-sessionjwt'] !== AUTH.session_jwt) diffs.push('ours did not send both member-session headers')
  } else if (SESSION_HEADERS.some((h) => h in mine.headers || h in theirs.headers)) {
    diffs.push('member-session header sent without authorization')
  }
  return { diffs, exceptions, findings }
}

// ---- the routes ---------------------------------------------------------------------------------
const lines = []
// Every documented exception is listed in the summary, also when nothing needed it.
const exceptionTotals = new Map(['DELETE body {}', 'path params repeated in body', 'query encoding'].map((k) => [k, 0]))
const findings = []
let passed = 0
let failed = 0
const width = Math.max(...endpoints.map((e) => e.id.length))

for (const entry of endpoints) {
  const diffs = []
  const counts = new Map()
  const specEntry = specById.get(entry.id)
  const sample = caseById.get(entry.id) ?? FORM_CASES[entry.id]
  const fn = ours[entry.name]
  const theirFn = specEntry?.nodeMethod ? officialMethod(specEntry.nodeMethod) : undefined
  if (!specEntry) diffs.push('no entry in spec/b2b-api.json')
  else if (!specEntry.nodeMethod) diffs.push('no official method (nodeMethod) in the spec')
  else if (!theirFn) diffs.push(`official client has no method ${specEntry.nodeMethod}`)
  if (typeof fn !== 'function') diffs.push(`dist/index.js exports no function ${entry.name}`)
  if (!sample) diffs.push('no sample case in tests/endpoints/cases.generated.ts')

  if (!diffs.length) {
    reply = JSON.stringify(sample.response)
    const runs = sample.auth ? [false, true] : [false]
    for (const withAuth of runs) {
      const options = withAuth ? { authorization: { ...AUTH } } : undefined
      const label = withAuth ? ' (with authorization)' : ''
      // Each client gets its own deep copy, so neither can see what the other did to its params.
      const theirs = await capture(() => theirFn(structuredClone(sample.params), options && structuredClone(options)))
      const mine = await capture(() => fn(ctx, structuredClone(sample.params), options && structuredClone(options)))
      if (mine.error) diffs.push(`ours threw${label}: ${describe(mine.error)}`)
      if (theirs.error) diffs.push(`official threw${label}: ${describe(theirs.error)}`)
      if (theirs.requests.length !== 1 || mine.requests.length !== 1) {
        diffs.push(`requests sent${label}: official ${theirs.requests.length}, ours ${mine.requests.length}`)
        continue
      }
      const result = compare(entry, sample.params, theirs.requests[0], mine.requests[0], withAuth)
      diffs.push(...result.diffs.map((d) => d + label))
      for (const name of result.exceptions) counts.set(name, (counts.get(name) ?? 0) + 1)
      for (const text of result.findings) findings.push(`${entry.id}${label}: ${text}`)
    }

    // A path value of exactly '..' cannot be encoded into a segment: ours must refuse it before
    // sending; if the official SDK sends it, the URL parser folds it away (a finding, not a DIFF).
    const escaped = []
    // (The form routes take their one path value, the project id, from the client's settings.)
    for (const name of entry.body === 'form' ? [] : pathParamsOf(entry.path)) {
      const params = { ...structuredClone(sample.params), [name]: '..' }
      const theirs = await capture(() => theirFn(structuredClone(params)))
      const mine = await capture(() => fn(ctx, structuredClone(params)))
      if (mine.requests.length) diffs.push(`ours sent ${rawPath(mine.requests[0].target)} for ${name}='..' instead of refusing it`)
      else if (mine.error?.name !== 'StytchParamsError') diffs.push(`ours failed on ${name}='..' without a params error: ${describe(mine.error)}`)
      const sent = theirs.requests[0] && rawPath(theirs.requests[0].target)
      if (sent) escaped.push(`${name} (${entry.method} ${sent})`)
    }
    if (escaped.length) findings.push(`${entry.id}: '..' leaves its segment, official sent: ${escaped.join(', ')}`)
  }

  let line
  if (diffs.length) {
    failed++
    line = `DIFF: ${diffs.join(' | ')}`
  } else {
    passed++
    line = counts.size ? `same except: ${[...counts].map(([k, n]) => `${k} ×${n}`).join(', ')}` : 'same'
  }
  // Query exceptions are named with their keys per route; the summary adds them up under one name.
  for (const [k, n] of counts) {
    const kind = k.replace(/ \(.*\)$/, '')
    exceptionTotals.set(kind, exceptionTotals.get(kind) + n)
  }
  lines.push(`${entry.id.padEnd(width)}  ${line}`)
}

// ---- official methods that a user would not find in our manifest -----------------------------------
const manifestIds = new Set(endpoints.map((e) => e.id))
const httpMethods = specMethods.filter((m) => m.kind === 'http' || m.directRequest)
const missing = httpMethods.filter((m) => !manifestIds.has(m.id))
const unresolved = httpMethods.filter((m) => !m.nodeMethod || !officialMethod(m.nodeMethod))

for (const line of lines) console.log(line)
console.log()
console.log(`routes in the manifest: ${endpoints.length}; official B2B http methods in the spec: ${httpMethods.length}`)
console.log(`exceptions (documented wire differences, counted per call): ${[...exceptionTotals].map(([k, n]) => `${k} ×${n}`).join(', ')}`)
console.log(`official SDK findings (routes): ${findings.length}`)
for (const text of findings) console.log(`  finding: ${text}`)
if (unresolved.length) console.log(`spec methods whose nodeMethod the official client lacks (${unresolved.length}): ${unresolved.map((m) => `${m.id} -> ${m.nodeMethod}`).join(', ')}`)
console.log(`official methods without a manifest entry (${missing.length})${requireAll ? '' : ', reported only (set PARITY_REQUIRE_ALL=1 to fail on them)'}: ${missing.map((m) => m.nodeMethod ?? m.id).join(', ') || 'none'}`)
if (requireAll) failed += missing.length
failed += unresolved.length
console.log(`time: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`)
console.log(`${passed} passed, ${failed} failed`)

server.closeAllConnections()
server.close()
await agent.close()
process.exitCode = failed ? 1 : 0
