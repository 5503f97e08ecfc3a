// The Web Crypto key set that replaced jose's createLocalJWKSet: jose's selection rules.
import { beforeAll, describe, expect, it } from 'vitest'
import { authenticateSessionJwtLocal } from '../../src/index.js'
import { createTestContext, createTestJwks, mintSessionJwt, type TestJwks } from '../../src/testing/index.js'

const member = { member_id: 'member-test-1', organization_id: 'organization-test-1' }
let a: TestJwks
let b: TestJwks
let jwt: string
beforeAll(async () => {
  a = await createTestJwks({ kid: 'kid-1' })
  b = await createTestJwks({ kid: 'kid-1' })
  jwt = await mintSessionJwt(a.signer, member)
})
const withKeys = (...keys: unknown[]) => authenticateSessionJwtLocal(createTestContext({ jwks: { keys } as never }), jwt, { verifiedTokenCache: false })
const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code)

describe('key selection', () => {
  it('verifies with the matching key, also among several keys with the token’s kid', async () => {
    const key = a.jwks.keys[0]!
    expect(await code(withKeys(key))).toBe('ok')
    expect(await code(withKeys(b.jwks.keys[0]!, key))).toBe('ok')
    // Several matches: one that cannot be imported is skipped.
    const { n: _n, ...noModulus } = key as Record<string, unknown>
    expect(await code(withKeys(noModulus, key))).toBe('ok')
    expect(await code(withKeys(b.jwks.keys[0]!))).toBe('jwt_invalid')
  })

  it('uses only RSA keys with the kid, alg RS256 and use sig when present, verify in key_ops', async () => {
    const key = a.jwks.keys[0]! as Record<string, unknown>
    const { alg: _alg, use: _use, ...bare } = key
    expect(await code(withKeys(bare))).toBe('ok')
    expect(await code(withKeys({ ...key, key_ops: ['verify'] }))).toBe('ok')
    for (const changed of [{ kid: 'kid-2' }, { kid: 'KID-1' }, { kty: 'EC' }, { alg: 'RS512' }, { use: 'enc' }, { key_ops: ['sign'] }, { key_ops: ['verify', 'verify'] }, { ext: 'yes' }]) {
      expect(await code(withKeys({ ...key, ...changed })), JSON.stringify(changed)).toBe('jwks_no_matching_key')
    }
    // One matching key that cannot be imported: the set is unusable.
    const { n: _n, ...noModulus } = key
    expect(await code(withKeys(noModulus))).toBe('jwks_unavailable')
    expect(await code(withKeys('not a key'))).toBe('jwks_unavailable')
  })

  it('takes no field from a polluted Object.prototype', async () => {
    const { kid: _kid, ...noKid } = a.jwks.keys[0]! as Record<string, unknown>
    const proto = Object.prototype as Record<string, unknown>
    try {
      proto['kid'] = 'kid-1'
      expect(await code(withKeys(noKid))).toBe('jwks_no_matching_key')
    } finally {
      delete proto['kid']
    }
  })
})
