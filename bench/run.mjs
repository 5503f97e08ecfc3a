// The benchmark harness of the performance goals: every row of the goals table, each for ours,
// the official `stytch` SDK (14.2, a dependency of bench/ only) and the floor (no library: raw
// fetch, raw jose 5, a Map index). Runtime figures come from fresh processes, one contender per
// process, repetitions interleaved with the order rotated each time; each figure is the median
// (min–max) over repetitions, each ratio the median of ratios paired within a repetition. Bundle
// bytes come from scripts/measure-bundle.mjs (rollup + terser and esbuild; goals judged on the
// larger). Everything talks to 127.0.0.1 only. Prints one markdown report and writes
// docs/benchmarks.md.
//
// Run: npm run bench (repo root; builds and installs bench/ first). env: BENCH_REPS (repetitions
// of the runtime cases, default 7), BENCH_IMPORT_REPS (import-time repetitions, default
// max(31, 3 × BENCH_REPS)), BENCH_ONLY (comma-separated sections: bundles, import, client, rbac,
// jwt; a partial run prints its tables but does not write docs/benchmarks.md).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:https'
import { builtinModules } from 'node:module'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { createTestJwks, mintSessionJwt } from 'stytch-b2b/testing'
import { GOAL_ENTRIES, measureBoth, measureEsbuild } from '../scripts/measure-bundle.mjs'
import { column, interleave, median, ratios, runCase, runNode, summary } from './lib.mjs'
import { makeCertificate } from './tls.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('..', import.meta.url))
const tmp = `${here}.tmp`
mkdirSync(tmp, { recursive: true })
const REPS = Number(process.env.BENCH_REPS ?? 7)
const IMPORT_REPS = Number(process.env.BENCH_IMPORT_REPS ?? Math.max(31, 3 * REPS))
const SECTIONS = ['bundles', 'import', 'client', 'rbac', 'jwt']
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : SECTIONS
const log = (...a) => console.error('[bench]', ...a)
const started = new Date()
// The 1-minute load average when each section starts (this run's own processes add about 1-2).
const loads = []
const section = (name) => {
  loads.push(os.loadavg()[0])
  return only.includes(name)
}

// ---- the loopback API: HTTPS, because the official SDK refuses anything else ----------------------
const projectId = 'project-test-bench'
const { jwks, signer } = await createTestJwks({ kid: 'bench-key' })
const organization = JSON.stringify({ request_id: 'request-test-1', status_code: 200, organization: { organization_id: 'organization-test-1', organization_name: 'Bench' } })
const tls = makeCertificate(tmp, 'bench')
const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(req.url.startsWith('/v1/b2b/sessions/jwks/') ? JSON.stringify(jwks) : organization)
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const BASE = `https://127.0.0.1:${server.address().port}`
// Children trust the certificate through NODE_EXTRA_CA_CERTS (read by Node's fetch and https alike).
const childOptions = { cwd: here, env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.certPath, BENCH_BASE: BASE, BENCH_FIXTURE: `${tmp}/tokens.json` } }
const results = {}

// ---- 1. bundle bytes ------------------------------------------------------------------------------
if (section('bundles')) {
  log('bundles')
  const floorModule = JSON.stringify(`${here}floor.mjs`)
  // The floor's calls: `rawCall` of bench/floor.mjs on a URL expression, with an optional JSON body.
  const raw = (url, body) => `rawCall('https://api.stytch.com/v1/b2b' + ${url}, A${body ? `, { method: 'POST', body: ${body} }` : ''})`
  const floorOf = (body) => `import { rawCall } from ${floorModule}; const A = 'Basic ' + btoa('p:s'); export const f = (x) => ${body}`
  const official = (body) => `import { B2BClient } from 'stytch'; const c = new B2BClient({ project_id: 'p', secret: 's' }); export const f = (x) => ${body}`
  const officialCheck = 'c.sessions.authenticateJwtLocal({ session_jwt: x, authorization_check: x })'
  const organizationPath = "'/organizations/' + encodeURIComponent(x)"
  // Per goal entry: the official SDK doing the same through its public API, and the floor.
  const others = {
    one: { official: official('c.magicLinks.authenticate(x)'), floor: floorOf(raw("'/magic_links/authenticate'", '{ magic_links_token: x }')) },
    five: {
      official: official('[c.magicLinks.authenticate(x), c.organizations.get(x), c.organizations.members.create(x), c.sessions.authenticate(x), c.rbac.policy()]'),
      floor: floorOf(`[${[
        raw("'/magic_links/authenticate'", '{ magic_links_token: x }'),
        raw(organizationPath),
        raw(`${organizationPath} + '/members'`, 'x'),
        raw("'/sessions/authenticate'", '{ session_token: x }'),
        raw("'/rbac/policy'"),
      ].join(', ')}]`),
    },
    // The official SDK has no RBAC-only entry point: its check is reached through the client.
    rbac: { official: official(officialCheck), floor: `export { mapIndex } from ${floorModule}` },
    worker: { official: official(`[c.organizations.get(x), c.organizations.members.create(x), ${officialCheck}]`), floor: null },
  }
  // The official SDK is CommonJS for Node: bundled by esbuild only, with Node built-ins and undici
  // left out (in its favour; a Worker would need polyfills for them).
  const officialExternal = ['undici', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
  const rows = []
  for (const entry of GOAL_ENTRIES) {
    const ours = await measureBoth(entry.code)
    const theirs = await measureEsbuild(others[entry.key].official, { resolveDir: here, external: officialExternal })
    const floor = others[entry.key].floor && (await measureBoth(others[entry.key].floor))
    rows.push({ ...entry, ours, official: theirs.gzip, floor: floor?.larger })
  }
  // Not a goal, for reference: local session JWT verification, next to raw jose 6's remote key set.
  const jwtOurs = await measureBoth('export { createContext } from "stytch-b2b"; export { authenticateSessionJwtLocal } from "stytch-b2b/jwt"')
  const jwtOfficial = await measureEsbuild(official('c.sessions.authenticateJwtLocal({ session_jwt: x })'), { resolveDir: here, external: officialExternal })
  const jwtFloor = await measureBoth(
    "import { createRemoteJWKSet } from 'jose/jwks/remote'; import { jwtVerify } from 'jose/jwt/verify'; const k = createRemoteJWKSet(new URL('https://api.stytch.com/v1/b2b/sessions/jwks/p')); export const f = (t) => jwtVerify(t, k, { issuer: 'stytch.com/p', audience: 'p', algorithms: ['RS256'] })",
  )
  rows.push({ key: 'jwt', name: 'local session JWT verification (createContext + authenticateSessionJwtLocal)', ours: jwtOurs, official: jwtOfficial.gzip, floor: jwtFloor.larger, goal: null })
  // The official check by file path (not an exported subpath), to show what the check alone weighs.
  const officialCheckAlone = await measureEsbuild(`export { performAuthorizationCheck } from ${JSON.stringify(`${here}node_modules/stytch/dist/b2b/rbac_local.js`)}`, { resolveDir: here, external: officialExternal })
  results.bundles = { rows, officialCheckAlone: officialCheckAlone.gzip }
}

// ---- 2. import time: one function from the unbundled package ------------------------------------------
if (section('import')) {
  const esm = (code) => ['--input-type=module', '-e', code]
  const IMPORTS = [
    { key: 'floor', name: '`node -e 0` (the floor)', args: ['-e', '0'] },
    { key: 'esm-floor', name: '`node --input-type=module -e 0` (the ES module loader alone)', args: esm('0') },
    { key: 'ours', name: "ours: `import { getOrganization } from 'stytch-b2b'`", args: esm("import { getOrganization } from 'stytch-b2b'") },
    { key: 'ours-jwt', name: "ours: `import { authenticateSessionJwtLocal } from 'stytch-b2b/jwt'`", args: esm("import { authenticateSessionJwtLocal } from 'stytch-b2b/jwt'") },
    { key: 'ours-rbac', name: "ours: `import { isAuthorized } from 'stytch-b2b/rbac'`", args: esm("import { isAuthorized } from 'stytch-b2b/rbac'") },
    { key: 'official', name: "official: `require('stytch')`", args: ['-e', "require('stytch')"] },
    { key: 'official-esm', name: "official: `import { B2BClient } from 'stytch'`", args: esm("import { B2BClient } from 'stytch'") },
  ]
  const byKey = Object.fromEntries(IMPORTS.map((c) => [c.key, c]))
  // The environment the user's process would have: none of the HTTPS cases' settings.
  const importOptions = { cwd: here, env: process.env }
  // Untimed, once each: how many module files each loads (the hooks themselves cost time).
  const modules = {}
  for (const c of IMPORTS) modules[c.key] = (await runCase(['--import', './cases/count-modules.mjs', ...c.args], importOptions)).modules
  const records = await interleave(IMPORT_REPS, Object.keys(byKey), async (key) => (await runNode(byKey[key].args, importOptions)).ms, 'import')
  results.import = { cases: IMPORTS, modules, records }
}

// ---- 3. per-call client work -------------------------------------------------------------------------
if (section('client')) {
  const client = {}
  for (const [mode, contenders] of [
    ['stub', ['ours', 'ours-config', 'official', 'raw', 'raw-timeout']],
    ['https', ['ours', 'official', 'raw', 'raw-timeout']],
  ]) {
    client[mode] = await interleave(REPS, contenders, async (who) => (await runCase(['cases/client.mjs', who, mode], childOptions)).us, `client ${mode}`)
  }
  results.client = client
}

// ---- 4. RBAC: every contender in each process, in an order rotated per repetition -------------------------
if (section('rbac')) {
  const records = []
  for (let r = 0; r < REPS; r++) {
    log(`rbac ${r + 1}/${REPS}`)
    records.push(await runCase(['cases/rbac.mjs', String(r)], childOptions))
  }
  results.rbac = records
}

// ---- 5. JWT verification --------------------------------------------------------------------------------
if (section('jwt')) {
  log('minting tokens')
  const iat = Math.floor(Date.now() / 1000)
  const claims = { member_id: 'member-test-bench', organization_id: 'organization-test-bench', roles: ['stytch_member'], project_id: projectId, iat, exp: iat + 3600 }
  const mint = async (count, prefix) => {
    const list = []
    for (let i = 0; i < count; i++) list.push(await mintSessionJwt(signer, { ...claims, member_session_id: `${prefix}-${i}` }))
    return list
  }
  // 2 × 1,024 measured tokens: 64 batches of 16 for each of sequential and concurrent.
  const fixture = { projectId, jwks, warm: await mint(300, 'warm'), tokens: await mint(2048, 'measured'), repeated: await mintSessionJwt(signer, claims) }
  writeFileSync(`${tmp}/tokens.json`, JSON.stringify(fixture))
  results.jwt = await interleave(REPS, ['ours', 'official', 'jose5'], (who) => runCase(['cases/jwt.mjs', who], childOptions), 'jwt')
}
server.close()

// ---- report ------------------------------------------------------------------------------------------------
loads.push(os.loadavg()[0])
const kb = (n) => `${(n / 1000).toFixed(2)} KB`
const x = (v) => `${v.toFixed(2)}×`
const status = (ok) => (ok ? '**met**' : '**missed**')
const version = (dir) => JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')).version
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
const dirty = git('status', '--porcelain', '--', '.', ':!docs/benchmarks.md') !== ''
const lines = []
const p = (s = '') => lines.push(s)
const goals = []
// The issue's table: per metric, the official SDK, the floor, ours and the goal.
const issue = []

if (results.import) {
  const { records, modules } = results.import
  const delta = (key) => column(records, (r) => r[key] - r.floor)
  const ours = median(delta('ours'))
  goals.push(['import one function from the unbundled package (Node), Δ over `node -e 0`', '≤ +20 ms', `+${ours.toFixed(1)} ms (${modules.ours} files)`, ours <= 20])
  issue.push(['import one function from the unbundled package (Node), Δ over `node -e 0`', `+${median(delta('official')).toFixed(1)} ms`, '0', `+${ours.toFixed(1)} ms`, '≤ +20 ms'])
}
if (results.client) {
  const stub = results.client.stub
  const vsRaw = (who) => median(ratios(stub, (r) => r[who], (r) => r.raw))
  const worse = Math.max(vsRaw('ours'), vsRaw('ours-config'))
  goals.push(['per-call client work, fetch stubbed, × raw fetch', '≤ 1.2×', `${x(vsRaw('ours'))} (${x(vsRaw('ours-config'))} with the stub as the context's \`fetch\`)`, worse <= 1.2])
  issue.push(['per-call client work, fetch stubbed, × raw fetch', x(vsRaw('official')), '1.0', x(worse), '≤ 1.2×'])
}
if (results.rbac) {
  const ns = (key, who) => median(column(results.rbac, (r) => r[key][who]))
  const [allow, deny] = [ns('1000 allow', 'ours'), ns('1000 deny', 'ours')]
  goals.push(['RBAC check at 1,000 roles, allow / deny', '≤ 100 / 100 ns', `${allow.toFixed(0)} / ${deny.toFixed(0)} ns`, allow <= 100 && deny <= 100])
  issue.push([
    'RBAC check at 1,000 roles, allow / deny',
    `${(ns('1000 allow', 'official') / 1000).toFixed(1)} / ${(ns('1000 deny', 'official') / 1000).toFixed(1)} µs`,
    `${ns('1000 allow', 'map').toFixed(0)} / ${ns('1000 deny', 'map').toFixed(0)} ns`,
    `${allow.toFixed(0)} / ${deny.toFixed(0)} ns`,
    '≤ 100 / 100 ns',
  ])
}
if (results.jwt) {
  const vsJose = (who, k) => median(ratios(results.jwt, (r) => r[who][k], (r) => r.jose5[k]))
  const [seq, con] = [vsJose('ours', 'firstSeq'), vsJose('ours', 'firstCon')]
  const repeated = (who) => median(column(results.jwt, (r) => r[who].repSeq))
  goals.push(['first-seen JWT, × raw jose 5 (imported key), sequential / 16 concurrent', '≤ 1.0× / 1.0×', `${x(seq)} / ${x(con)}`, seq <= 1 && con <= 1])
  goals.push(['repeated JWT (verified-token cache)', '≤ 0.5 µs', `${repeated('ours').toFixed(2)} µs`, repeated('ours') <= 0.5])
  issue.push(['first-seen JWT, × raw jose 5 (imported key), sequential / 16 concurrent', `${x(vsJose('official', 'firstSeq'))} / ${x(vsJose('official', 'firstCon'))}`, '1.0', `${x(seq)} / ${x(con)}`, '≤ 1.0× / 1.0×'])
  issue.push(['repeated JWT (verified-token cache)', `${repeated('official').toFixed(0)} µs`, '—', `${repeated('ours').toFixed(2)} µs`, '≤ 0.5 µs'])
}
if (results.bundles) {
  for (const row of results.bundles.rows.filter((r) => r.goal !== null)) {
    const detail = `${kb(row.ours.larger)} (rollup+terser ${kb(row.ours.rollup.gzip)}, esbuild ${kb(row.ours.esbuild.gzip)})`
    goals.push([`${row.name}, gzip, one file`, `≤ ${kb(row.goal)}`, detail, row.ours.larger <= row.goal])
    issue.push([`${row.name}, gzip, one file`, kb(row.official), row.floor ? kb(row.floor) : '—', kb(row.ours.larger), `≤ ${kb(row.goal)}`])
  }
}

p('# Benchmarks')
p()
const cpus = os.cpus()
p(`Generated by \`npm run bench\` (BENCH_REPS=${REPS}, BENCH_IMPORT_REPS=${IMPORT_REPS}) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${((Date.now() - started.getTime()) / 60_000).toFixed(1)} minutes.`)
p()
p(`- Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()} ${os.arch()}; 1-minute load average ${loads.map((l) => l.toFixed(1)).join(', ')} at the start of each section and at the end.`)
const versions = [
  ['node', process.version],
  ['stytch-b2b', `${version(root)} (${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes' : ''})`],
  ['stytch', version(`${here}node_modules/stytch`)],
  ['jose', `${version(`${root}node_modules/jose`)} (ours)`],
  ['jose5', `${version(`${here}node_modules/jose5`)} (the floor; the official SDK's own jose is ${version(`${here}node_modules/stytch/node_modules/jose`)})`],
  ['esbuild', version(`${root}node_modules/esbuild`)],
  ['rollup', version(`${root}node_modules/rollup`)],
]
p(`- Versions: ${versions.map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const busiest = Math.max(...loads)
if (busiest > 1.25 * os.availableParallelism()) {
  p(`- **Warning**: the machine was busy (load average up to ${busiest.toFixed(2)} on ${os.availableParallelism()} cores); runtime figures and their ranges are inflated and scattered by other work. Rerun on a quiet machine before relying on them.`)
}
p(`- Method: runtime figures are medians (min–max) over ${REPS} repetitions (import time: ${IMPORT_REPS}), each contender in its own fresh process, the order rotated every repetition; ratios are paired within a repetition, and the median of those ratios is reported. All traffic goes to 127.0.0.1.`)
p()
if (goals.length) {
  p('## Goals')
  p()
  p('| metric | goal | measured | status |')
  p('|---|---:|---:|---|')
  for (const [metric, target, measured, ok] of goals) p(`| ${metric} | ${target} | ${measured} | ${status(ok)} |`)
  p()
  p(`${goals.filter((g) => g[3]).length} of ${goals.length} goals met. Bundle goals are judged on the larger of the two bundlers; per-call work on the worse of the two ways of stubbing fetch.`)
  p()
  p('| metric | official SDK | floor | ours | goal |')
  p('|---|---:|---:|---:|---:|')
  for (const row of issue) p(`| ${row.join(' | ')} |`)
  p()
}

if (results.import) {
  const { cases, modules, records } = results.import
  p('## Import one function from the unbundled package (Node)')
  p()
  p('| import | module files | wall time, ms | Δ over `node -e 0`, ms |')
  p('|---|---:|---:|---:|')
  for (const c of cases) {
    const delta = c.key === 'floor' ? '0' : summary(column(records, (r) => r[c.key] - r.floor), 1)
    p(`| ${c.name} | ${modules[c.key]} | ${summary(column(records, (r) => r[c.key]), 1)} | ${delta} |`)
  }
  p()
  p('Wall time of a fresh `node` process (spawn to exit) from bench/, where `stytch-b2b` links to this package\'s dist/. Δ is paired with the `node -e 0` run of the same repetition. Module files: ES modules seen by a load hook plus CommonJS modules in `require.cache`, counted in a separate, untimed run.')
  p()
}

if (results.client) {
  p('## Per-call client work (µs per `getOrganization`)')
  p()
  const names = {
    ours: 'ours, `getOrganization`',
    'ours-config': "ours, `getOrganization`, the stub also given as the context's `fetch`",
    official: 'official SDK, `client.organizations.get`',
    raw: 'raw fetch (the floor)',
    'raw-timeout': 'raw fetch with an `AbortController` timeout',
  }
  for (const [mode, title] of [['stub', '`globalThis.fetch` stubbed: a fresh `Response` of a JSON body, no I/O'], ['https', 'HTTPS to 127.0.0.1 (secondary)']]) {
    const records = results.client[mode]
    p(`### ${title}`)
    p()
    p('| contender | µs per call | × raw fetch |')
    p('|---|---:|---:|')
    for (const who of Object.keys(records[0])) p(`| ${names[who]} | ${summary(column(records, (r) => r[who]))} | ${summary(ratios(records, (r) => r[who], (r) => r.raw), 2, '×')} |`)
    p()
  }
  p('The official SDK 14.2 sends through the global `fetch`, looked up on each call, so replacing `globalThis.fetch` stubs all contenders alike; each case checks that its calls reached the stub and returned the organization. Ours enforces a per-attempt timeout and checks the answer; the official SDK and raw fetch do neither, and the raw fetch with a timeout shows what the timeout alone costs.')
  p()
}

if (results.rbac) {
  p('## RBAC check (ns per check)')
  p()
  p('| roles | case | ours `isAuthorized` | official check | Map index (the floor) | ours ÷ Map index |')
  p('|---:|---|---:|---:|---:|---:|')
  for (const key of Object.keys(results.rbac[0])) {
    const [roles, kind] = key.split(' ')
    const ns = (who) => column(results.rbac, (r) => r[key][who])
    p(`| ${Number(roles).toLocaleString('en')} | ${kind} | ${summary(ns('ours'), 1)} | ${summary(ns('official'), 0)} | ${summary(ns('map'), 1)} | ${summary(ratios(results.rbac, (r) => r[key].ours, (r) => r[key].map), 2, '×')} |`)
  }
  p()
  p('Each call passes the raw policy object (never a compiled one) and fresh subject and check objects; the subject has three roles and only the last grants the permission. The official check is `performAuthorizationCheck` from its rbac_local module (what its client runs), a denial being its throw.')
  p()
}

if (results.jwt) {
  p('## Session JWT verification (µs per verification)')
  p()
  p('| case | ours `authenticateSessionJwtLocal` | official `authenticateJwtLocal` | jose 5 `jwtVerify`, imported key (the floor) | ours ÷ jose 5 | official ÷ jose 5 |')
  p('|---|---:|---:|---:|---:|---:|')
  for (const [k, name] of [['firstSeq', 'first-seen, sequential'], ['firstCon', 'first-seen, 16 concurrent'], ['repSeq', 'repeated token']]) {
    const us = (who) => column(results.jwt, (r) => r[who][k])
    const vs = (who) => summary(ratios(results.jwt, (r) => r[who][k], (r) => r.jose5[k]), 2, '×')
    p(`| ${name} | ${summary(us('ours'))} | ${summary(us('official'))} | ${summary(us('jose5'))} | ${vs('ours')} | ${vs('official')} |`)
  }
  p()
  p('Ours and the official SDK fetch the key set once from the loopback HTTPS server and are warm before timing; every first-seen token is new to the process. jose 5 verifies with the key imported once (`importJWK`), with issuer, audience and `RS256` checked. Sequential: median over batches of 16 tokens verified one after another; concurrent: 16 at a time with `Promise.all`.')
  p()
}

if (results.bundles) {
  p('## Bundle bytes (gzip -9, one file, all lazy chunks inlined)')
  p()
  p('| entry | ours, rollup+terser | ours, esbuild | ours (larger) | official SDK | floor | goal |')
  p('|---|---:|---:|---:|---:|---:|---:|')
  for (const row of results.bundles.rows) {
    p(`| ${row.name} | ${kb(row.ours.rollup.gzip)} | ${kb(row.ours.esbuild.gzip)} | ${kb(row.ours.larger)} | ${kb(row.official)} | ${row.floor ? kb(row.floor) : '—'} | ${row.goal ? `≤ ${kb(row.goal)}` : '—'} |`)
  }
  p()
  p(`Both bundlers resolve with the worker/browser conditions and minify (esbuild: platform neutral; rollup: node-resolve + terser). The official SDK is CommonJS for Node, bundled by esbuild only, with Node built-ins and undici left external (in its favour); it has no RBAC-only entry point, so that row is its client's local check (its check module alone, by file path, is ${kb(results.bundles.officialCheckAlone)}). The floor is the larger of both bundlers over bench/floor.mjs: raw fetch calls, the Map index, or jose 6's \`jwtVerify\` with a remote key set.`)
  p()
}

const report = lines.join('\n')
console.log(report)
if (only.length === SECTIONS.length && SECTIONS.every((s) => only.includes(s))) {
  writeFileSync(`${root}docs/benchmarks.md`, `${report}\n`)
  log('wrote docs/benchmarks.md')
} else log('partial run (BENCH_ONLY): docs/benchmarks.md left as it was')
