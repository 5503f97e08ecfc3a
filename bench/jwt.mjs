// Session JWT verification: ours (authenticateSessionJwtLocal) against jose's jwtVerify with the
// same RSA key, sequential and 16 at a time, for first-seen and repeated tokens. Medians of
// interleaved samples in one process; the ratio is ours ÷ jose within each sample.
// Run: npm run bench:jwt
import { importJWK } from 'jose/key/import'
import { jwtVerify } from 'jose/jwt/verify'
import { authenticateSessionJwtLocal } from 'stytch-b2b/jwt'
import { createTestContext, createTestJwks, mintSessionJwt, TEST_PROJECT_ID } from 'stytch-b2b/testing'

// Many short samples: this 2-core machine drifts by ±50% over seconds, so each sample pairs ours
// and jose on the same tokens back to back, and the reported ratio is the median of those pairs.
const SAMPLES = 41
const PER_SAMPLE = 96
const REPEATS = 5_000

const { jwks, signer } = await createTestJwks({ kid: 'bench' })
const key = await importJWK(jwks.keys[0], 'RS256')
const joseOptions = { algorithms: ['RS256'], issuer: `stytch.com/${TEST_PROJECT_ID}`, audience: TEST_PROJECT_ID, requiredClaims: ['exp', 'iat'] }
const member = { member_id: 'member-test-bench', organization_id: 'organization-test-bench', roles: ['stytch_member', 'editor'], custom_claims: { plan: 'pro' } }
const iat = Math.floor(Date.now() / 1000)

console.error(`minting ${SAMPLES * PER_SAMPLE} tokens…`)
const pool = []
for (let i = 0; i < SAMPLES * PER_SAMPLE; i++) pool.push(await mintSessionJwt(signer, { ...member, iat, exp: iat + 3600, member_session_id: `s-${i}` }))
const warm = await mintSessionJwt(signer, { ...member, iat, exp: iat + 3600 })

const ours = (ctx) => (token) => authenticateSessionJwtLocal(ctx, token)
const jose = () => (token) => jwtVerify(token, key, joseOptions)

async function sequential(verify, tokens) {
  const start = process.hrtime.bigint()
  for (const token of tokens) await verify(token)
  return Number(process.hrtime.bigint() - start) / 1000 / tokens.length
}
async function concurrent(verify, tokens, width = 16) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < tokens.length; i += width) await Promise.all(tokens.slice(i, i + width).map(verify))
  return Number(process.hrtime.bigint() - start) / 1000 / tokens.length
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const results = {}
const record = (name, oursUs, joseUs) => {
  results[name] ??= { ours: [], jose: [], ratio: [] }
  results[name].ours.push(oursUs)
  results[name].jose.push(joseUs)
  results[name].ratio.push(oursUs / joseUs)
}

for (let s = 0; s < SAMPLES; s++) {
  const tokens = pool.slice(s * PER_SAMPLE, (s + 1) * PER_SAMPLE)
  const half = tokens.length / 2
  // A context per sample; the verified-token cache (shared by contexts of the same settings) has seen none of these tokens.
  const ctx = createTestContext({ jwks })
  await authenticateSessionJwtLocal(ctx, warm) // key import, not part of the measure
  await jwtVerify(warm, key, joseOptions)
  // Alternate who goes first, so that drift on this noisy machine favours neither side.
  const both = async (a, b) => {
    if (s % 2 === 0) return [await a(), await b()]
    const second = await b()
    return [await a(), second]
  }
  const first = tokens.slice(0, half)
  const rest = tokens.slice(half)
  record('first-seen, sequential', ...(await both(() => sequential(ours(ctx), first), () => sequential(jose(), first))))
  record('first-seen, 16 concurrent', ...(await both(() => concurrent(ours(ctx), rest), () => concurrent(jose(), rest))))
  const repeated = Array(REPEATS).fill(warm)
  record('repeated token, sequential', await sequential(ours(ctx), repeated), await sequential(jose(), repeated.slice(0, 48)))
  record('repeated token, 16 concurrent', await concurrent(ours(ctx), repeated), await concurrent(jose(), repeated.slice(0, 48)))
}

console.log(`Node ${process.version}; ${SAMPLES} paired samples (${PER_SAMPLE / 2} first-seen tokens each way); medians (min–max)`)
console.log('| case | ours µs/verify | jose jwtVerify µs/verify | ours verifies/s | ours ÷ jose | goal |')
console.log('|---|---:|---:|---:|---:|---|')
for (const [name, r] of Object.entries(results)) {
  const o = median(r.ours)
  const ratio = median(r.ratio)
  const goal = name.startsWith('first-seen') ? `≤ 1.0× jose: ${ratio <= 1 ? 'met' : 'missed'}` : `≤ 2 µs: ${o <= 2 ? 'met' : 'missed'}`
  console.log(`| ${name} | ${o.toFixed(2)} (${Math.min(...r.ours).toFixed(2)}–${Math.max(...r.ours).toFixed(2)}) | ${median(r.jose).toFixed(2)} | ${Math.round(1e6 / o).toLocaleString('en')} | ${ratio.toFixed(2)}× | ${goal} |`)
}
