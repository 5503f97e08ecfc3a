// One contender's JWT verification figures, in a fresh process. argv: contender (ours | official | jose).
// env: BENCH_BASE (https loopback API with the JWKS), BENCH_FIXTURE (tokens file).
import { readFileSync } from 'node:fs'

const [contender] = process.argv.slice(2)
const { projectId, tokens, repeated } = JSON.parse(readFileSync(process.env.BENCH_FIXTURE, 'utf8'))
const base = process.env.BENCH_BASE

let verify
if (contender === 'ours') {
  const { createContext } = await import('stytch-b2b')
  const { authenticateSessionJwtLocal } = await import('stytch-b2b/jwt')
  const ctx = createContext({ projectId, secret: 'secret-test-bench-000000', baseUrl: base })
  verify = (t) => authenticateSessionJwtLocal(ctx, t)
} else if (contender === 'official') {
  const { B2BClient } = await import('stytch')
  const client = new B2BClient({ project_id: projectId, secret: 'secret-test-bench-000000', custom_base_url: base })
  verify = (t) => client.sessions.authenticateJwtLocal({ session_jwt: t })
} else {
  const { createRemoteJWKSet } = await import('jose/jwks/remote')
  const { jwtVerify } = await import('jose/jwt/verify')
  const keys = createRemoteJWKSet(new URL(`${base}/v1/b2b/sessions/jwks/${projectId}`))
  const options = { issuer: `stytch.com/${projectId}`, audience: projectId, algorithms: ['RS256'] }
  verify = (t) => jwtVerify(t, keys, options)
}

// Warm-up outside the measure: the key fetch and import, and enough calls for the JIT to settle,
// on tokens that the measured first-seen runs never see.
const WARM = 400
for (const t of tokens.slice(0, WARM)) await verify(t)
for (let i = 0; i < (contender === 'ours' ? 20_000 : 200); i++) await verify(repeated)
const measured = tokens.slice(WARM)
const half = measured.length / 2
// Medians inside the process too: a GC pause or a scheduler hiccup on this shared 2-core machine
// must not decide a sample. Sequential: the median single verification; concurrent: the median
// time per verification over batches of 16; repeated tokens are fast, so they are timed in blocks.
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]
async function sequential(list, block = 1) {
  const times = []
  for (let i = 0; i < list.length; i += block) {
    const start = process.hrtime.bigint()
    for (let j = i; j < i + block; j++) await verify(list[j])
    times.push(Number(process.hrtime.bigint() - start) / 1000 / block)
  }
  return median(times)
}
async function concurrent(list) {
  const times = []
  for (let i = 0; i < list.length; i += 16) {
    const start = process.hrtime.bigint()
    await Promise.all(list.slice(i, i + 16).map(verify))
    times.push(Number(process.hrtime.bigint() - start) / 1000 / 16)
  }
  return median(times)
}
const again = Array(contender === 'ours' ? 20_000 : 200).fill(repeated)
console.log(JSON.stringify({
  firstSeq: await sequential(measured.slice(0, half)),
  firstCon: await concurrent(measured.slice(half)),
  repSeq: await sequential(again, contender === 'ours' ? 1000 : 20),
  repCon: await concurrent(again),
}))
