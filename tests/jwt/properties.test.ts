import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { authenticateSessionJwtLocal, isStytchError, type Context } from '../../src/index.js'
import { createTestContext, createTestJwks, mintSessionJwt, type TestJwks } from '../../src/testing/index.js'

let keys: TestJwks
let stranger: TestJwks
let ctx: Context

beforeAll(async () => {
  keys = await createTestJwks({ kid: 'kid-main' })
  stranger = await createTestJwks({ kid: 'kid-main' })
  ctx = createTestContext({ jwks: keys.jwks })
})

const RESERVED = new Set(['iss', 'aud', 'sub', 'iat', 'nbf', 'exp', 'jti'])
const claimKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !RESERVED.has(k) && !k.startsWith('https://stytch.com/'))
const session = fc.record({
  member_id: fc.string({ minLength: 1, maxLength: 40 }),
  organization_id: fc.string({ maxLength: 40 }),
  roles: fc.array(fc.string({ maxLength: 16 }), { maxLength: 5 }),
  custom_claims: fc.dictionary(claimKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
  member_session_id: fc.string({ maxLength: 40 }),
  iat: fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }),
  lifetime: fc.integer({ min: 1, max: 86_400 }),
})

describe('round trip', () => {
  it('any valid session survives mint → verify', async () => {
    await fc.assert(
      fc.asyncProperty(session, async ({ lifetime, iat, ...claims }) => {
        const jwt = await mintSessionJwt(keys.signer, { ...claims, iat, exp: iat + lifetime })
        const verified = await authenticateSessionJwtLocal(ctx, jwt, { now: new Date(iat * 1000), verifiedTokenCache: false })
        expect(verified.member_id).toBe(claims.member_id)
        expect(verified.organization_id).toBe(claims.organization_id)
        expect(verified.member_session_id).toBe(claims.member_session_id)
        expect(verified.roles).toEqual(claims.roles)
        // JSON drops -0 and undefined the same way on both sides.
        expect(verified.custom_claims).toEqual(JSON.parse(JSON.stringify(claims.custom_claims)))
      }),
      { numRuns: 300 },
    )
  })
})

describe('tampering', () => {
  // 100,000 single-byte changes over a pool of valid tokens: none may pass, and every refusal
  // must be a StytchError (never a TypeError, RangeError or a jose error leaking out).
  it('refuses every token with one byte changed', async () => {
    const iat = Math.floor(Date.now() / 1000)
    const pool = await Promise.all(
      Array.from({ length: 16 }, (_, i) => mintSessionJwt(keys.signer, { member_id: `member-${i}`, organization_id: 'org', iat, exp: iat + 3600, custom_claims: { i } })),
    )
    let accepted = 0
    let foreign = 0
    let mutations = 0
    await fc.assert(
      fc.asyncProperty(fc.nat(pool.length - 1), fc.nat(), fc.integer({ min: 1, max: 255 }), async (which, at, delta) => {
        const token = pool[which]!
        const i = at % token.length
        const mutated = token.slice(0, i) + String.fromCharCode((token.charCodeAt(i) + delta) % 256) + token.slice(i + 1)
        mutations++
        try {
          await authenticateSessionJwtLocal(ctx, mutated, { verifiedTokenCache: false })
          accepted++
        } catch (error) {
          if (!isStytchError(error)) foreign++
        }
      }),
      { numRuns: 100_000 },
    )
    expect({ mutations, accepted, foreign }).toEqual({ mutations: 100_000, accepted: 0, foreign: 0 })
  }, 300_000)

  it('refuses tokens signed with a key outside the JWKS', async () => {
    await fc.assert(
      fc.asyncProperty(session, async ({ lifetime, iat, ...claims }) => {
        const jwt = await mintSessionJwt(stranger.signer, { ...claims, iat, exp: iat + lifetime })
        const error = await authenticateSessionJwtLocal(ctx, jwt, { now: new Date(iat * 1000) }).catch((e: unknown) => e)
        expect(isStytchError(error)).toBe(true)
        expect((error as { code: string }).code).toBe('jwt_invalid')
      }),
      { numRuns: 200 },
    )
  })
})
