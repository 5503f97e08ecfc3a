// Session JWT verification, one contender in a fresh process. argv: contender.
//   ours:     authenticateSessionJwtLocal, key set fetched from BENCH_BASE and warm
//   official: the official SDK's sessions.authenticateJwtLocal (jose 5, its remote key set)
//   jose5:    the floor, jose 5's jwtVerify with the key imported once (importJWK), as the
//             official SDK runs jose in Node
// env: BENCH_BASE (the HTTPS loopback API serving the JWKS), BENCH_FIXTURE (the minted tokens).
// Prints µs per verification: {"firstSeq", "firstCon", "repSeq"} (first-seen one at a time,
// first-seen 16 at a time, one token over and over).
import { readFileSync } from 'node:fs'
import { timeAsync, timeBatches } from '../lib.mjs'

const [contender] = process.argv.slice(2)
const { projectId, jwks, tokens, repeated, warm } = JSON.parse(readFileSync(process.env.BENCH_FIXTURE, 'utf8'))
const base = process.env.BENCH_BASE
const secret = 'secret-test-bench-000000'

let verify
if (contender === 'ours') {
  const { createContext } = await import('stytch-b2b')
  const { authenticateSessionJwtLocal } = await import('stytch-b2b/jwt')
  const ctx = createContext({ projectId, secret, baseUrl: base })
  verify = async (token) => (await authenticateSessionJwtLocal(ctx, token)).member_id
} else if (contender === 'official') {
  const { B2BClient } = await import('stytch')
  const client = new B2BClient({ project_id: projectId, secret, custom_base_url: base })
  verify = async (token) => (await client.sessions.authenticateJwtLocal({ session_jwt: token })).member_id
} else if (contender === 'jose5') {
  const { importJWK, jwtVerify } = await import('jose5')
  const key = await importJWK(jwks.keys[0], 'RS256')
  const options = { issuer: `stytch.com/${projectId}`, audience: projectId, algorithms: ['RS256'] }
  verify = async (token) => (await jwtVerify(token, key, options)).payload.sub
} else {
  throw new Error(`unknown contender ${contender}`)
}

// Warm-up outside the measure, on tokens the measured runs never see: the key fetch and import,
// and enough verifications for the JIT to settle. Every contender must name the member.
for (const token of warm) {
  if ((await verify(token)) !== 'member-test-bench') throw new Error(`${contender}: the token's member was not returned`)
}
const half = tokens.length >> 1
const firstSeq = await timeBatches(tokens.slice(0, half), 16, async (batch) => {
  for (const token of batch) await verify(token)
})
const firstCon = await timeBatches(tokens.slice(half), 16, (batch) => Promise.all(batch.map(verify)))
const repSeq = await timeAsync(() => verify(repeated), { blockMs: 40, blocks: 11 })
console.log(JSON.stringify({ firstSeq: firstSeq / 1000, firstCon: firstCon / 1000, repSeq: repSeq / 1000 }))
