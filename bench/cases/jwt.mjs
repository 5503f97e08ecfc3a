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

await verify(repeated) // key fetch and import, outside the measure
const half = tokens.length / 2
async function sequential(list) {
  const start = process.hrtime.bigint()
  for (const t of list) await verify(t)
  return Number(process.hrtime.bigint() - start) / 1000 / list.length
}
async function concurrent(list) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < list.length; i += 16) await Promise.all(list.slice(i, i + 16).map(verify))
  return Number(process.hrtime.bigint() - start) / 1000 / list.length
}
const again = Array(contender === 'ours' ? 4000 : 200).fill(repeated)
console.log(JSON.stringify({
  firstSeq: await sequential(tokens.slice(0, half)),
  firstCon: await concurrent(tokens.slice(half)),
  repSeq: await sequential(again),
  repCon: await concurrent(again),
}))
