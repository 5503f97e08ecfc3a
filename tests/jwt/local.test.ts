import { CompactSign } from 'jose/jws/compact/sign'
import { exportJWK } from 'jose/key/export'
import { generateKeyPair } from 'jose/key/generate/keypair'
import * as v from 'valibot'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  authenticateSessionJwtLocal,
  StytchAuthorizationError,
  StytchClaimsError,
  StytchParamsError,
  type Context,
} from '../../src/index.js'
import { createTestContext, createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { expectJwtError, payloadFor, rsaKey, signRaw } from './helpers.js'

// The RSA check of whichever `#rs256` module runs (node:crypto here), counted by the cache tests.
const rs256 = vi.hoisted(() => ({ verify: undefined as unknown as ReturnType<typeof vi.fn> }))
vi.mock('#rs256', async (original) => {
  const real = await original<typeof import('../../src/jwt/rs256.node.js')>()
  rs256.verify = vi.fn(real.verify)
  return { ...real, verify: rs256.verify }
})

let keys: TestJwks
let ctx: Context
const now = () => Math.floor(Date.now() / 1000)
const member = { member_id: 'member-test-1', organization_id: 'organization-test-1' }

beforeAll(async () => {
  keys = await createTestJwks({ kid: 'kid-1' })
  ctx = createTestContext({ jwks: keys.jwks })
})

const sign = (payload: Record<string, unknown> | Uint8Array, header: Record<string, unknown> = { kid: 'kid-1' }) =>
  signRaw(keys.signer.privateKey, header, payload)

describe('a valid session JWT', () => {
  it('maps to a member session', async () => {
    const iat = now()
    const jwt = await mintSessionJwt(keys.signer, {
      ...member,
      roles: ['stytch_member', 'editor'],
      custom_claims: { plan: 'pro', 'https://example.com/team': 'a' },
      iat,
      member_session_id: 'member-session-test-9',
      started_at: '2024-03-03T09:00:00.000Z',
      expires_at: '2024-03-03T10:00:00.000Z',
    })
    const session = await authenticateSessionJwtLocal(ctx, jwt)
    expect(session).toEqual({
      member_session_id: 'member-session-test-9',
      member_id: 'member-test-1',
      organization_id: 'organization-test-1',
      started_at: '2024-03-03T09:00:00.000Z',
      last_accessed_at: new Date(iat * 1000).toISOString(),
      expires_at: '2024-03-03T10:00:00.000Z',
      authentication_factors: [expect.objectContaining({ type: 'magic_link' })],
      roles: ['stytch_member', 'editor'],
      // The slug of the organization claim (mintSessionJwt's default), as today's API's sessions carry it.
      organization_slug: 'test-org',
      custom_claims: { plan: 'pro', 'https://example.com/team': 'a' },
    })
    expect(Object.isFrozen(session) && Object.isFrozen(session.roles) && Object.isFrozen(session.custom_claims)).toBe(true)
  })

  it('takes expires_at from exp when the session claim has none', async () => {
    const payload = payloadFor(TEST_PROJECT_ID)
    const sessionClaim = { ...(payload['https://stytch.com/session'] as object), expires_at: '' }
    const jwt = await sign({ ...payload, exp: 4102444800, 'https://stytch.com/session': sessionClaim })
    expect((await authenticateSessionJwtLocal(ctx, jwt)).expires_at).toBe('2100-01-01T00:00:00.000Z')
  })

  it('accepts the API base URL as issuer and a plain string audience', async () => {
    const jwt = await sign(payloadFor(TEST_PROJECT_ID, { iss: ctx.baseUrl, aud: TEST_PROJECT_ID }))
    await expect(authenticateSessionJwtLocal(ctx, jwt)).resolves.toMatchObject({ member_id: 'member-test-1' })
  })
})

describe('algorithm and key', () => {
  it('accepts only RS256', async () => {
    const payload = new TextEncoder().encode(JSON.stringify(payloadFor(TEST_PROJECT_ID)))
    const rs512 = await new CompactSign(payload).setProtectedHeader({ alg: 'RS512', kid: 'kid-1', typ: 'JWT' }).sign((await generateKeyPair('RS512')).privateKey)
    await expectJwtError(authenticateSessionJwtLocal(ctx, rs512), 'jwt_invalid')
    const hmac = await new CompactSign(payload).setProtectedHeader({ alg: 'HS256', kid: 'kid-1', typ: 'JWT' }).sign(new TextEncoder().encode('x'.repeat(32)))
    await expectJwtError(authenticateSessionJwtLocal(ctx, hmac), 'jwt_invalid')
    const [h, p] = (await sign(payloadFor(TEST_PROJECT_ID))).split('.')
    const none = `${btoa(JSON.stringify({ alg: 'none', kid: 'kid-1', typ: 'JWT' })).replace(/=+$/, '')}.${p}.`
    await expectJwtError(authenticateSessionJwtLocal(ctx, none), 'jwt_invalid')
    // Header says RS256 in another spelling.
    const lower = `${btoa(JSON.stringify({ alg: 'rs256', kid: 'kid-1', typ: 'JWT' })).replace(/=+$/, '')}.${p}.${(await sign(payloadFor(TEST_PROJECT_ID))).split('.')[2]}`
    await expectJwtError(authenticateSessionJwtLocal(ctx, lower), 'jwt_invalid')
    expect(h).toBeTruthy()
  })

  it('requires a kid, and a key with that kid', async () => {
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(payloadFor(TEST_PROJECT_ID), {})), 'jwt_invalid')
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(payloadFor(TEST_PROJECT_ID), { kid: '' })), 'jwt_invalid')
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(payloadFor(TEST_PROJECT_ID), { kid: 'kid-2' })), 'jwks_no_matching_key')
  })

  it('rejects a token signed by a key outside the JWKS, even under a known kid', async () => {
    await expectJwtError(authenticateSessionJwtLocal(ctx, await signRaw(await rsaKey(), { kid: 'kid-1' }, payloadFor(TEST_PROJECT_ID))), 'jwt_invalid')
  })

  it.each([
    ['use "enc"', { use: 'enc' }],
    ['alg "RS512"', { alg: 'RS512' }],
    ['key_ops without verify', { key_ops: ['encrypt'] }],
  ])('ignores a key with %s', async (_, override) => {
    const jwks = { keys: [{ ...keys.jwks.keys[0], ...override }] }
    const strict = createTestContext({ jwks })
    await expectJwtError(authenticateSessionJwtLocal(strict, await sign(payloadFor(TEST_PROJECT_ID))), 'jwks_no_matching_key')
  })

  it('ignores a non-RSA key under the token’s kid', async () => {
    const ec = await exportJWK((await generateKeyPair('ES256', { extractable: true })).publicKey)
    const mixed = createTestContext({ jwks: { keys: [{ ...ec, kid: 'kid-1' } as JsonWebKey] } })
    await expectJwtError(authenticateSessionJwtLocal(mixed, await sign(payloadFor(TEST_PROJECT_ID))), 'jwks_no_matching_key')
  })

  it('tries every key that shares the kid', async () => {
    const other = await createTestJwks({ kid: 'kid-1' })
    const both = createTestContext({ jwks: { keys: [...other.jwks.keys, ...keys.jwks.keys] } })
    await expect(authenticateSessionJwtLocal(both, await mintSessionJwt(keys.signer, member))).resolves.toMatchObject(member)
  })

  it('requires typ JWT', async () => {
    for (const typ of [undefined, 'JWS', 'at+jwt', 1]) {
      await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(payloadFor(TEST_PROJECT_ID), { kid: 'kid-1', typ })), 'jwt_invalid')
    }
    await expect(authenticateSessionJwtLocal(ctx, await sign(payloadFor(TEST_PROJECT_ID), { kid: 'kid-1', typ: 'application/jwt' }))).resolves.toBeTruthy()
  })

  it('rejects JWS extensions it does not implement', async () => {
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(payloadFor(TEST_PROJECT_ID), { kid: 'kid-1', crit: ['exp'] })), 'jwt_invalid')
  })
})

describe('compact form', () => {
  it.each([
    ['padding', (t: string) => `${t}=`],
    ['a space', (t: string) => ` ${t}`],
    ['a fourth segment', (t: string) => `${t}.e30`],
    ['an empty signature', (t: string) => t.replace(/\.[^.]+$/, '.')],
    ['standard base64 characters', (t: string) => t.replace(/-|_/, '+')],
    ['a non-canonical last character', (t: string) => {
      const last = t.at(-1)!
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
      // Same decoded bytes, different spelling: set an unused low bit.
      return t.slice(0, -1) + alphabet[alphabet.indexOf(last) + 1]
    }],
  ])('rejects %s', async (_, mutate) => {
    const token = await mintSessionJwt(keys.signer, member)
    await expectJwtError(authenticateSessionJwtLocal(ctx, mutate(token), { verifiedTokenCache: false }), 'jwt_invalid')
  })

  it('rejects a payload that is not UTF-8, or not an object, even when signed', async () => {
    const bad = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]) // {"a":"\xff"}
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(bad)), 'jwt_invalid')
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(new TextEncoder().encode('[1,2]'))), 'jwt_invalid')
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(new TextEncoder().encode('not json'))), 'jwt_invalid')
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(payloadFor(TEST_PROJECT_ID)))])
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(bom)), 'jwt_invalid')
  })

  it.each([undefined, null, 42, '', 'a.b', 'a.b.c'])('rejects %j', async (token) => {
    await expectJwtError(authenticateSessionJwtLocal(ctx, token as never), 'jwt_invalid')
  })
})

describe('claims', () => {
  it.each([
    ['no exp', { exp: undefined }],
    ['no iat', { iat: undefined }],
    ['a string exp', { exp: '9999999999' }],
    ['a string nbf', { nbf: '0' }],
    ['another issuer', { iss: 'stytch.com/project-test-other' }],
    ['another audience', { aud: ['project-test-other'] }],
    ['no audience', { aud: undefined }],
    ['no subject', { sub: undefined }],
    ['an empty subject', { sub: '' }],
    ['no session claim', { 'https://stytch.com/session': undefined }],
    ['session roles that are not strings', { 'https://stytch.com/session': { ...(payloadFor('x')['https://stytch.com/session'] as object), roles: [1] } }],
    ['a session without id', { 'https://stytch.com/session': { ...(payloadFor('x')['https://stytch.com/session'] as object), id: undefined } }],
    ['no organization claim', { 'https://stytch.com/organization': undefined }],
    ['an organization claim without id', { 'https://stytch.com/organization': { slug: 'x' } }],
  ])('rejects %s as invalid', async (_, overrides) => {
    const payload = JSON.parse(JSON.stringify(payloadFor(TEST_PROJECT_ID, overrides))) as Record<string, unknown>
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(payload)), 'jwt_invalid')
  })

  it('returns every other top-level claim as an own property, safely', async () => {
    const payload = JSON.parse(
      `{"__proto__":{"polluted":true},"constructor":"c","jti":"j","nbf":1,"https://stytch.com/other":1,"plan":"pro",${JSON.stringify(payloadFor(TEST_PROJECT_ID)).slice(1)}`,
    ) as Record<string, unknown>
    const session = await authenticateSessionJwtLocal(ctx, await sign(payload))
    expect(Object.keys(session.custom_claims).sort()).toEqual(['__proto__', 'constructor', 'plan'])
    expect(Object.getPrototypeOf(session.custom_claims)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(session.custom_claims, '__proto__')?.value).toEqual({ polluted: true })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('validates and types custom claims with a schema', async () => {
    const jwt = await mintSessionJwt(keys.signer, { ...member, custom_claims: { plan: 'pro', seats: 3 } })
    const session = await authenticateSessionJwtLocal(ctx, jwt, { claims: v.object({ plan: v.picklist(['free', 'pro']), seats: v.number() }) })
    const plan: 'free' | 'pro' = session.custom_claims.plan
    expect(plan).toBe('pro')
    const error = await authenticateSessionJwtLocal(ctx, jwt, { claims: v.object({ seats: v.string() }) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchClaimsError)
    expect((error as StytchClaimsError).issues[0]?.path).toBe('seats')
  })
})

describe('time', () => {
  const at = (seconds: number) => new Date(seconds * 1000)

  it('rejects an expired token, with tolerance', async () => {
    const iat = now() - 1000
    const jwt = await mintSessionJwt(keys.signer, { ...member, iat, exp: iat + 300 })
    await expectJwtError(authenticateSessionJwtLocal(ctx, jwt), 'jwt_expired')
    await expect(authenticateSessionJwtLocal(ctx, jwt, { now: at(iat + 310), clockToleranceSeconds: 20 })).resolves.toBeTruthy()
    await expectJwtError(authenticateSessionJwtLocal(ctx, jwt, { now: at(iat + 300) }), 'jwt_expired')
  })

  it('honours nbf', async () => {
    const iat = now()
    const jwt = await mintSessionJwt(keys.signer, { ...member, iat, nbf: iat + 60 })
    await expectJwtError(authenticateSessionJwtLocal(ctx, jwt, { now: at(iat) }), 'jwt_not_yet_valid')
    await expect(authenticateSessionJwtLocal(ctx, jwt, { now: at(iat), clockToleranceSeconds: 60 })).resolves.toBeTruthy()
  })

  it('rejects an iat in the future beyond the tolerance', async () => {
    const jwt = await mintSessionJwt(keys.signer, { ...member, iat: now() + 120, exp: now() + 600 })
    await expectJwtError(authenticateSessionJwtLocal(ctx, jwt), 'jwt_not_yet_valid')
    await expect(authenticateSessionJwtLocal(ctx, jwt, { clockToleranceSeconds: 180 })).resolves.toBeTruthy()
  })

  it('rejects a token older than maxTokenAgeSeconds, only when otherwise valid', async () => {
    const iat = now() - 400
    const old = await mintSessionJwt(keys.signer, { ...member, iat, exp: iat + 3600 })
    await expectJwtError(authenticateSessionJwtLocal(ctx, old, { maxTokenAgeSeconds: 300 }), 'jwt_too_old')
    await expect(authenticateSessionJwtLocal(ctx, old, { maxTokenAgeSeconds: 500 })).resolves.toBeTruthy()
    const expiredAndOld = await mintSessionJwt(keys.signer, { ...member, iat, exp: iat + 100 })
    await expectJwtError(authenticateSessionJwtLocal(ctx, expiredAndOld, { maxTokenAgeSeconds: 300 }), 'jwt_expired')
    const forgedAndOld = await signRaw(await rsaKey(), { kid: 'kid-1' }, payloadFor(TEST_PROJECT_ID, { iat, exp: iat + 3600 }))
    await expectJwtError(authenticateSessionJwtLocal(ctx, forgedAndOld, { maxTokenAgeSeconds: 300 }), 'jwt_invalid')
  })

  it('rejects bad options before anything else', async () => {
    const jwt = await mintSessionJwt(keys.signer, member)
    await expect(authenticateSessionJwtLocal(ctx, jwt, { now: new Date('x') })).rejects.toBeInstanceOf(StytchParamsError)
    await expect(authenticateSessionJwtLocal(ctx, jwt, { maxTokenAgeSeconds: -1 })).rejects.toBeInstanceOf(StytchParamsError)
  })
})

describe('authorization', () => {
  const policy = { roles: [{ role_id: 'editor', permissions: [{ resource_id: 'documents', actions: ['edit'] }] }] }

  it('authorizes the session’s roles and organization with the policy', async () => {
    const local = createTestContext({ jwks: keys.jwks, policy })
    const jwt = await mintSessionJwt(keys.signer, { ...member, roles: ['editor'] })
    const check = { organization_id: 'organization-test-1', resource_id: 'documents', action: 'edit' }
    await expect(authenticateSessionJwtLocal(local, jwt, { authorizationCheck: check })).resolves.toMatchObject(member)
    for (const [denied, code] of [
      [{ ...check, action: 'delete' }, 'session_authorization_error'],
      [{ ...check, organization_id: 'organization-test-2' }, 'session_authorization_tenancy_error'],
    ] as const) {
      const error = await authenticateSessionJwtLocal(local, jwt, { authorizationCheck: denied }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(StytchAuthorizationError)
      expect(error).toMatchObject({ code, status: 403 })
    }
  })
})

describe('verified-token cache', () => {
  it('skips the RSA verify for a token seen before, and not when switched off', async () => {
    const fresh = createTestContext({ jwks: keys.jwks })
    const jwt = await mintSessionJwt(keys.signer, member)
    const spy = rs256.verify.mockClear()
    try {
      await authenticateSessionJwtLocal(fresh, jwt)
      await authenticateSessionJwtLocal(fresh, jwt)
      await authenticateSessionJwtLocal(fresh, jwt)
      expect(spy).toHaveBeenCalledTimes(1)
      await authenticateSessionJwtLocal(fresh, jwt, { verifiedTokenCache: false })
      expect(spy).toHaveBeenCalledTimes(2)
    } finally {
      spy.mockClear()
    }
  })

  it('re-checks time claims on a hit', async () => {
    const fresh = createTestContext({ jwks: keys.jwks })
    const iat = now()
    const jwt = await mintSessionJwt(keys.signer, { ...member, iat, exp: iat + 60 })
    await authenticateSessionJwtLocal(fresh, jwt)
    await expectJwtError(authenticateSessionJwtLocal(fresh, jwt, { now: new Date((iat + 61) * 1000) }), 'jwt_expired')
    await expectJwtError(authenticateSessionJwtLocal(fresh, jwt, { maxTokenAgeSeconds: 10, now: new Date((iat + 30) * 1000) }), 'jwt_too_old')
  })

  it('keeps at most 1000 tokens, evicting the least recently used', async () => {
    const fresh = createTestContext({ jwks: keys.jwks })
    const first = await mintSessionJwt(keys.signer, member)
    await authenticateSessionJwtLocal(fresh, first)
    const spy = rs256.verify.mockClear()
    try {
      const iat = now()
      // 1000 distinct tokens by payload; signing is the slow part, so mint them in parallel.
      const tokens = await Promise.all(Array.from({ length: 1000 }, (_, i) => mintSessionJwt(keys.signer, { ...member, iat: iat - i, exp: iat + 3600 })))
      for (const token of tokens) await authenticateSessionJwtLocal(fresh, token)
      expect(spy).toHaveBeenCalledTimes(1000)
      await authenticateSessionJwtLocal(fresh, tokens[999]!) // still cached
      expect(spy).toHaveBeenCalledTimes(1000)
      await authenticateSessionJwtLocal(fresh, first) // evicted: verified again
      expect(spy).toHaveBeenCalledTimes(1001)
    } finally {
      spy.mockClear()
    }
  }, 60_000)
})
