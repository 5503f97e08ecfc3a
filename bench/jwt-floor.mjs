// The JWT floor: our local session-JWT check against raw jose 5 as the official SDK runs it in
// Node (`importJWK(jwk, 'RS256')` once, then `jwtVerify(token, key, { issuer, audience,
// algorithms })` per token). Fresh processes, several repetitions, the contenders alternating
// order; per repetition the ratio ours ÷ jose5, and over repetitions medians with min–max.
// Loopback only: both fetch the project's JWKS from a node:http server on 127.0.0.1, once, before
// anything is timed. Needs `npm run build` and `npm --prefix bench ci` (jose5 is jose@5 aliased).
// Run: node bench/jwt-floor.mjs   env: BENCH_REPS (default 9), BENCH_JSON=1 for a JSON line too,
// FLOOR_BASELINE=<a built checkout of this package> to time that one too ("before", ratio to ours),
// FLOOR_PAIRED=1 to run all contenders in one fresh process per repetition, block by block in turn:
// on a loaded machine their ratio is then far steadier than across processes run one after another.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import os from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const BASELINE = process.env.FLOOR_BASELINE
const CONTENDERS = BASELINE ? ['ours', 'jose5', 'before'] : ['ours', 'jose5']
// Tokens per child: WARM first-seen ones for the JIT, then SEQ sequential and CON concurrent.
const WARM = 600
const SEQ = 1600
const CON = 1600
const BATCH = 16
const PAIRED = !!process.env.FLOOR_PAIRED
const SEQ_BLOCK = 8

if (process.argv[2] === 'child') await child(process.argv[3])
else await parent()

async function parent() {
  const { createTestJwks, mintSessionJwt } = await import('stytch-b2b/testing')
  const reps = Number(process.env.BENCH_REPS ?? 9)
  const tmp = `${here}.tmp`
  mkdirSync(tmp, { recursive: true })
  const projectId = 'project-test-jwt-floor'
  const { jwks, signer } = await createTestJwks({ kid: 'floor-key' })
  const iat = Math.floor(Date.now() / 1000)
  const mint = (i) =>
    mintSessionJwt(signer, { member_id: 'member-test-floor', organization_id: 'organization-test-floor', roles: ['stytch_member'], project_id: projectId, iat, exp: iat + 3600, member_session_id: `member-session-test-${i}` })
  const tokens = []
  for (let i = 0; i < WARM + SEQ + CON; i++) tokens.push(await mint(i))
  const fixture = `${tmp}/jwt-floor.json`
  writeFileSync(fixture, JSON.stringify({ projectId, tokens, repeated: await mint('repeated') }))
  const server = createServer((req, res) => {
    res.writeHead(req.url === `/v1/b2b/sessions/jwks/${projectId}` ? 200 : 404, { 'content-type': 'application/json' })
    res.end(JSON.stringify(jwks))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const env = { ...process.env, FLOOR_BASE: `http://127.0.0.1:${server.address().port}`, FLOOR_FIXTURE: fixture }

  const runs = Object.fromEntries(CONTENDERS.map((who) => [who, []]))
  const ratios = {}
  const before = {}
  for (let r = 0; r < reps; r++) {
    const order = CONTENDERS.slice(r % CONTENDERS.length).concat(CONTENDERS.slice(0, r % CONTENDERS.length))
    let rep = {}
    if (PAIRED) rep = await spawnChild(order.join(','), env)
    else for (const who of order) rep[who] = (await spawnChild(who, env))[who]
    for (const who of CONTENDERS) runs[who].push(rep[who])
    for (const key of Object.keys(rep.ours)) (ratios[key] ??= []).push(rep.ours[key] / rep.jose5[key])
    if (BASELINE) for (const key of Object.keys(rep.ours)) (before[key] ??= []).push(rep.ours[key] / rep.before[key])
    console.error(`[jwt-floor] repetition ${r + 1}/${reps}: ${Object.keys(rep.ours).map((k) => `${k} ${(rep.ours[k] / rep.jose5[k]).toFixed(2)}×`).join(', ')}`)
  }
  server.close()

  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]
  const fmt = (v, d = 2) => `${median(v).toFixed(d)} (${Math.min(...v).toFixed(d)}–${Math.max(...v).toFixed(d)})`
  const jose5 = JSON.parse(readFileSync(`${here}node_modules/jose5/package.json`, 'utf8')).version
  console.log(`JWT floor, ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, jose ${jose5}, ${os.availableParallelism()} × ${os.cpus()[0]?.model.trim()}; ${reps} fresh-process repetitions (${PAIRED ? 'all contenders in each, block by block in turn' : 'one process per contender'}), µs per verification, median (min–max); ratios paired per repetition.`)
  console.log('')
  const extra = BASELINE ? ' before | ours ÷ before |' : ''
  console.log(`| case | ours | jose 5 (imported key) | ours ÷ jose5 |${extra}`)
  console.log(`|---|---:|---:|---:|${BASELINE ? '---:|---:|' : ''}`)
  const names = { firstSeq: 'first-seen, sequential', firstCon: `first-seen, ${BATCH} concurrent`, repSeq: 'repeated (cache hit), sequential' }
  for (const [key, name] of Object.entries(names)) {
    const then = BASELINE ? ` ${fmt(runs.before.map((x) => x[key]))} | ${fmt(before[key])}× |` : ''
    console.log(`| ${name} | ${fmt(runs.ours.map((x) => x[key]))} | ${fmt(runs.jose5.map((x) => x[key]))} | ${fmt(ratios[key])}× |${then}`)
  }
  if (process.env.BENCH_JSON) console.log(JSON.stringify({ runs, ratios }))
}

function spawnChild(who, env) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), 'child', who], { cwd: here, env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    proc.stdout.on('data', (d) => (out += d))
    const timer = setTimeout(() => proc.kill('SIGKILL'), 300_000)
    proc.on('close', (code) => {
      clearTimeout(timer)
      if (code !== 0) reject(new Error(`${who} exited ${code}`))
      else resolve(JSON.parse(out.trim().split('\n').at(-1)))
    })
  })
}

async function child(list) {
  const { projectId, tokens, repeated } = JSON.parse(readFileSync(process.env.FLOOR_FIXTURE, 'utf8'))
  const base = process.env.FLOOR_BASE
  const verifiers = {}
  for (const who of list.split(',')) {
    if (who === 'ours' || who === 'before') {
      const at = who === 'ours' ? 'stytch-b2b' : new URL('dist/', pathToFileURL(`${BASELINE}/`)).href
      const { createContext } = await import(who === 'ours' ? at : `${at}index.js`)
      const { authenticateSessionJwtLocal } = await import(who === 'ours' ? `${at}/jwt` : `${at}jwt/index.js`)
      const ctx = createContext({ projectId, secret: 'secret-test-floor-0000000', baseUrl: base })
      verifiers[who] = (t) => authenticateSessionJwtLocal(ctx, t)
    } else {
      const { importJWK, jwtVerify } = await import('jose5')
      const jwks = await (await fetch(`${base}/v1/b2b/sessions/jwks/${projectId}`)).json()
      const key = await importJWK(jwks.keys[0], 'RS256')
      const options = { issuer: `stytch.com/${projectId}`, audience: projectId, algorithms: ['RS256'] }
      verifiers[who] = (t) => jwtVerify(t, key, options)
    }
  }
  const names = Object.keys(verifiers)
  // Warm: the key set fetched and imported, the JIT settled on tokens the measure never sees.
  for (const verify of Object.values(verifiers)) {
    for (const t of tokens.slice(0, WARM)) await verify(t)
    for (let i = 0; i < 2000; i++) await verify(repeated)
  }
  const seq = tokens.slice(WARM, WARM + SEQ)
  const con = tokens.slice(WARM + SEQ)
  const now = () => process.hrtime.bigint()
  const us = (start, n) => Number(now() - start) / 1000 / n
  const times = Object.fromEntries(names.map((who) => [who, { seq: [], con: [], rep: [] }]))
  // Sequential and concurrent blocks interleave, and with several contenders each block is timed
  // for each in turn, so a noisy moment of this shared machine falls on every row alike; each row
  // is the median over its blocks. Each contender has its own caches: every token is new to it.
  for (let s = 0, c = 0, turn = 0; s < seq.length || c < con.length; turn++) {
    const order = turn % 2 ? [...names].reverse() : names
    for (let k = 0; k < 4 && s < seq.length; k++, s += SEQ_BLOCK) {
      for (const who of order) {
        const start = now()
        for (let j = s; j < s + SEQ_BLOCK; j++) await verifiers[who](seq[j])
        times[who].seq.push(us(start, SEQ_BLOCK))
      }
    }
    for (let k = 0; k < 2 && c < con.length; k++, c += BATCH) {
      for (const who of order) {
        const start = now()
        await Promise.all(con.slice(c, c + BATCH).map(verifiers[who]))
        times[who].con.push(us(start, BATCH))
      }
    }
  }
  // jose has no cache: a few blocks of it are enough.
  for (let b = 0; b < 20; b++) {
    for (const who of names) {
      const block = who === 'jose5' ? 50 : 1000
      const start = now()
      for (let j = 0; j < block; j++) await verifiers[who](repeated)
      times[who].rep.push(us(start, block))
    }
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]
  const out = Object.fromEntries(names.map((who) => [who, { firstSeq: median(times[who].seq), firstCon: median(times[who].con), repSeq: median(times[who].rep) }]))
  console.log(JSON.stringify(out))
}
