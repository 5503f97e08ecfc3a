// The two RS256 modules behind `#rs256` (node:crypto under the `node` condition, Web Crypto
// elsewhere) must reach the same verdict on every token, alone and in bursts shared with the
// thread pool. The library is loaded twice, once per module, and both copies verify the same tokens.
import fc from 'fast-check'
import { CompactSign } from 'jose/jws/compact/sign'
import { generateKeyPair } from 'jose/key/generate/keypair'
import { availableParallelism } from 'node:os'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import * as nodeRs256 from '../../src/jwt/rs256.node.js'
import * as webRs256 from '../../src/jwt/rs256.js'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { payloadFor, signRaw } from './helpers.js'

type Library = typeof import('../../src/index.js')

/** A fresh copy of the library whose `#rs256` is `module` (its own caches and key sources). */
async function libraryWith(module: typeof nodeRs256 | typeof webRs256): Promise<Library> {
  vi.resetModules()
  vi.doMock('#rs256', () => module)
  const library = await import('../../src/index.js')
  vi.doUnmock('#rs256')
  return library
}

let keys: TestJwks
let stranger: TestJwks
let node: Library
let web: Library
const others = new Map<string, CryptoKey>()
const encoder = new TextEncoder()

beforeAll(async () => {
  keys = await createTestJwks({ kid: 'kid-parity' })
  stranger = await createTestJwks({ kid: 'kid-parity' })
  for (const alg of ['RS384', 'RS512', 'PS256']) others.set(alg, (await generateKeyPair(alg)).privateKey)
  node = await libraryWith(nodeRs256)
  web = await libraryWith(webRs256)
})

afterEach(() => {
  nodeRs256.routing.mode = 'auto'
})

/** What a verification came to: the session, or the error's class and code. */
async function verdict(library: Library, jwt: string): Promise<unknown> {
  const ctx = library.createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-parity-000000', jwks: keys.jwks })
  return library.authenticateSessionJwtLocal(ctx, jwt, { verifiedTokenCache: false }).then(
    (session) => ({ session }),
    (error: { name: string; code: string }) => ({ name: error.name, code: error.code }),
  )
}

const iat = Math.floor(Date.now() / 1000)
const valid = (i: number): Promise<string> =>
  mintSessionJwt(keys.signer, { member_id: `member-test-${i}`, organization_id: 'organization-test-parity', iat, exp: iat + 3600, custom_claims: { i } })

// Tokens of every kind the property draws from: valid, one character changed, signed by another
// key under the same kid, signed with another algorithm, or with its signature cut or swapped.
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const token = fc.oneof(
  fc.nat(1000).map((i) => ({ kind: 'valid', make: () => valid(i) })),
  fc.tuple(fc.nat(1000), fc.nat(), fc.nat(63)).map(([i, at, c]) => ({
    kind: 'tampered',
    make: async () => {
      const jwt = await valid(i)
      const where = at % jwt.length
      return jwt[where] === '.' ? jwt : jwt.slice(0, where) + B64URL[c] + jwt.slice(where + 1)
    },
  })),
  fc.nat(1000).map((i) => ({
    kind: 'wrong key',
    make: () => mintSessionJwt(stranger.signer, { member_id: `member-test-${i}`, organization_id: 'organization-test-parity', iat, exp: iat + 3600 }),
  })),
  fc.constantFrom('RS384', 'RS512', 'PS256').map((alg) => ({
    kind: 'wrong alg',
    make: () =>
      new CompactSign(encoder.encode(JSON.stringify(payloadFor(TEST_PROJECT_ID))))
        .setProtectedHeader({ alg, kid: 'kid-parity', typ: 'JWT' })
        .sign(others.get(alg)!),
  })),
  fc.constantFrom('RS384', 'none').map((alg) => ({
    kind: 'alg header lies',
    make: () => signRaw(keys.signer.privateKey, { kid: 'kid-parity' }, payloadFor(TEST_PROJECT_ID), alg),
  })),
  fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 340 })).map(([i, cut]) => ({
    kind: 'short signature',
    make: async () => {
      const jwt = await valid(i)
      return jwt.slice(0, -cut)
    },
  })),
  fc.tuple(fc.nat(1000), fc.nat(1000)).map(([i, j]) => ({
    kind: 'signature of another token',
    make: async () => {
      const [a, b] = await Promise.all([valid(i), valid(j + 1001)])
      return a.slice(0, a.lastIndexOf('.')) + b.slice(b.lastIndexOf('.'))
    },
  })),
)

describe('node:crypto and Web Crypto reach the same verdicts', () => {
  it('each copy of the library verifies with its own module', async () => {
    const jwt = await valid(1)
    const subtle = vi.spyOn(crypto.subtle, 'verify')
    try {
      expect(await verdict(node, jwt)).toHaveProperty('session')
      expect(subtle).not.toHaveBeenCalled()
      expect(await verdict(web, jwt)).toHaveProperty('session')
      expect(subtle).toHaveBeenCalledOnce()
    } finally {
      subtle.mockRestore()
    }
  })

  it('on valid, tampered, wrong-key, wrong-alg and cut tokens, one at a time', async () => {
    const kinds = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(token, async ({ kind, make }) => {
        const jwt = await make()
        const [byNode, byWeb] = await Promise.all([verdict(node, jwt), verdict(web, jwt)])
        expect(byNode).toEqual(byWeb)
        // Only untouched tokens pass (a tampered one may be left as it was by a same-character edit).
        if ('session' in (byNode as object)) expect(['valid', 'tampered']).toContain(kind)
        if (kind === 'valid') expect(byNode).toHaveProperty('session')
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
      }),
      { numRuns: 300 },
    )
    expect(kinds.size).toBeGreaterThanOrEqual(6)
  })

  for (const mode of ['alone', 'shared', 'auto'] as const) {
    it(`in bursts of concurrent verifications (${mode})`, async () => {
      nodeRs256.routing.mode = mode
      await fc.assert(
        fc.asyncProperty(fc.array(token, { minLength: 2, maxLength: 16 }), async (drawn) => {
          const jwts = await Promise.all(drawn.map(({ make }) => make()))
          const one = await Promise.all(jwts.map((jwt) => verdict(web, jwt)))
          // Started in one synchronous run: a burst.
          const all = await Promise.all(jwts.map((jwt) => verdict(node, jwt)))
          expect(all).toEqual(one)
        }),
        { numRuns: 40 },
      )
    })
  }
})

describe('a key set both modules refuse alike', () => {
  it('a JWK whose n or e is not a string never imports', async () => {
    const jwt = await valid(3)
    const jwk = keys.jwks.keys[0]!
    for (const broken of [{ ...jwk, n: 42 }, { ...jwk, e: 65537 }, { ...jwk, n: [jwk.n] }]) {
      for (const library of [node, web]) {
        const ctx = library.createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-parity-000000', jwks: { keys: [broken] } })
        const error = await library.authenticateSessionJwtLocal(ctx, jwt).catch((e: unknown) => e)
        expect(error).toMatchObject({ name: 'StytchJwtError', code: 'jwks_unavailable' })
      }
    }
  })
})

describe('the node:crypto module', () => {
  const sample = async (): Promise<{ key: nodeRs256.Rs256Key; input: string; signature: string }> => {
    const jwk = keys.jwks.keys[0]!
    const jwt = await valid(7)
    const dot = jwt.lastIndexOf('.')
    // The signature as verify takes it: the base64url segment.
    return { key: await nodeRs256.importKey(jwk.n, jwk.e), input: jwt.slice(0, dot), signature: jwt.slice(dot + 1) }
  }

  it('verifies alone synchronously, and shares the followers of a burst with the pool when told', async () => {
    const { key, input, signature } = await sample()
    nodeRs256.routing.mode = 'shared'
    // Another first character: the key is new each run, and 'A' + … would be the same signature one run in 64.
    const forged = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1)
    const burst = [nodeRs256.verify(key, input, signature), nodeRs256.verify(key, input, signature), nodeRs256.verify(key, input, forged)]
    expect(burst[0]).toBe(true)
    expect(burst[1]).toBeInstanceOf(Promise)
    expect(await Promise.all(burst)).toEqual([true, true, false])
    // A later run is a new burst: its first verification is synchronous again.
    await Promise.resolve()
    expect(nodeRs256.verify(key, input, signature)).toBe(true)
    await Promise.resolve()
    nodeRs256.routing.mode = 'alone'
    expect([nodeRs256.verify(key, input, signature), nodeRs256.verify(key, input, signature)]).toEqual([true, true])
  })

  it.runIf(availableParallelism() > 1)('in auto mode tries both ways within any 8 bursts, whatever the timings', async () => {
    const { key, input, signature } = await sample()
    nodeRs256.routing.mode = 'auto'
    const pooled: boolean[] = []
    for (let i = 0; i < 24; i++) {
      const burst = [nodeRs256.verify(key, input, signature), nodeRs256.verify(key, input, signature)]
      pooled.push(burst[1] instanceof Promise)
      expect(await Promise.all(burst)).toEqual([true, true])
    }
    for (let i = 0; i + 8 <= pooled.length; i++) expect(new Set(pooled.slice(i, i + 8)).size, pooled.join()).toBe(2)
  })

  it('agrees with Web Crypto on any signing input and signature', async () => {
    const jwk = keys.jwks.keys[0]!
    const [nodeKey, webKey] = await Promise.all([nodeRs256.importKey(jwk.n, jwk.e), webRs256.importKey(jwk.n, jwk.e)])
    const { input, signature } = await sample()
    // Signatures as parseCompact hands them on: canonical base64url segments.
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => Buffer.from(b).toString('base64url'))
    const raw = Buffer.from(signature, 'base64url')
    const flipped = fc.tuple(fc.nat(raw.length - 1), fc.integer({ min: 1, max: 255 })).map(([at, x]) => {
      const copy = Buffer.from(raw)
      copy[at]! ^= x
      return copy.toString('base64url')
    })
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(signature), flipped, bytes), fc.oneof(fc.constant(input), fc.string({ maxLength: 200 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''))), async (sig, text) => {
        expect(await nodeRs256.verify(nodeKey, text, sig)).toBe(await webRs256.verify(webKey, text, sig))
      }),
      { numRuns: 300 },
    )
  })

  it('imports public keys from n and e, and refuses a key without them', async () => {
    const jwk = keys.jwks.keys[0]!
    expect((await nodeRs256.importKey(jwk.n, jwk.e)).type).toBe('public')
    for (const [n, e] of [[undefined, jwk.e], [jwk.n, undefined]]) {
      await expect(nodeRs256.importKey(n, e)).rejects.toThrow()
      await expect(webRs256.importKey(n, e)).rejects.toThrow()
    }
  })
})
