import fc from 'fast-check'
import { CompactSign } from 'jose/jws/compact/sign'
import { beforeAll, describe, expect, it } from 'vitest'
import { introspectIdpTokenLocal, StytchAuthorizationError, StytchParamsError, type Context } from '../../src/index.js'
import { createTestContext, createTestJwks, mintAccessToken, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { expectJwtError, signRaw } from './helpers.js'

let keys: TestJwks
let ctx: Context
const now = () => Math.floor(Date.now() / 1000)
const grant = { member_id: 'member-test-1', client_id: 'connected-app-test-1', organization_id: 'organization-test-1', scope: 'openid read:docs' }

/** A connected-app access token payload, as Stytch issues it. */
const payload = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  sub: 'member-test-1',
  iss: `stytch.com/${TEST_PROJECT_ID}`,
  aud: [TEST_PROJECT_ID],
  scope: 'openid',
  client_id: 'connected-app-test-1',
  iat: now(),
  nbf: now(),
  exp: now() + 3600,
  jti: 'jti-1',
  'https://stytch.com/organization': { organization_id: 'organization-test-1', slug: 'acme' },
  ...overrides,
})

beforeAll(async () => {
  keys = await createTestJwks({ kid: 'kid-1' })
  ctx = createTestContext({ jwks: keys.jwks })
})

const sign = (body: Record<string, unknown>) => signRaw(keys.signer.privateKey, { kid: 'kid-1' }, body)

describe('introspectIdpTokenLocal', () => {
  it('maps a valid access token to the introspection result', async () => {
    const iat = now()
    const token = await mintAccessToken(keys.signer, { ...grant, organization_slug: 'acme', iat, custom_claims: { plan: 'pro' } })
    const result = await introspectIdpTokenLocal(ctx, token)
    expect(result).toEqual({
      subject: 'member-test-1',
      scope: 'openid read:docs',
      client_id: 'connected-app-test-1',
      organization_id: 'organization-test-1',
      organization_slug: 'acme',
      expires_at: iat + 3600,
      issued_at: iat,
      not_before: iat,
      custom_claims: { plan: 'pro' },
    })
    expect(Object.isFrozen(result)).toBe(true)
  })

  it('accepts a token without an organization claim', async () => {
    const { member_id, client_id } = grant
    const result = await introspectIdpTokenLocal(ctx, await mintAccessToken(keys.signer, { member_id, client_id }))
    expect(result.organization_id).toBeUndefined()
    expect(result.scope).toBe('openid')
  })

  it.each([
    ['another issuer', { iss: 'stytch.com/project-test-other' }],
    ['another audience', { aud: ['project-test-other'] }],
    ['no client_id', { client_id: undefined }],
    ['an empty client_id', { client_id: '' }],
    ['no scope', { scope: undefined }],
    ['a numeric scope', { scope: 7 }],
    ['a malformed organization claim', { 'https://stytch.com/organization': { organization_id: 7 } }],
    ['no exp', { exp: undefined }],
    ['no subject', { sub: undefined }],
  ])('refuses a token with %s (jwt_invalid)', async (_, overrides) => {
    await expectJwtError(introspectIdpTokenLocal(ctx, await sign(payload(overrides))), 'jwt_invalid')
  })

  it('refuses a session JWT: it has no scope or client_id', async () => {
    const jwt = await mintSessionJwt(keys.signer, { member_id: 'member-test-1', organization_id: 'organization-test-1' })
    await expectJwtError(introspectIdpTokenLocal(ctx, jwt), 'jwt_invalid')
  })

  it('refuses another algorithm and a bad signature', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(payload()))
    const hmac = await new CompactSign(bytes).setProtectedHeader({ alg: 'HS256', kid: 'kid-1', typ: 'JWT' }).sign(new TextEncoder().encode('x'.repeat(32)))
    await expectJwtError(introspectIdpTokenLocal(ctx, hmac), 'jwt_invalid')
    const [h, p] = (await sign(payload())).split('.')
    const other = (await sign(payload({ jti: 'jti-2' }))).split('.')[2]
    await expectJwtError(introspectIdpTokenLocal(ctx, `${h}.${p}.${other}`), 'jwt_invalid')
  })

  it('refuses an expired token, and one older than maxTokenAgeSeconds', async () => {
    await expectJwtError(introspectIdpTokenLocal(ctx, await sign(payload({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 1 }))), 'jwt_expired')
    const old = await mintAccessToken(keys.signer, { ...grant, iat: now() - 600 })
    await expectJwtError(introspectIdpTokenLocal(ctx, old, { maxTokenAgeSeconds: 300 }), 'jwt_too_old')
    expect((await introspectIdpTokenLocal(ctx, old, { maxTokenAgeSeconds: 900 })).subject).toBe('member-test-1')
    // The clock tolerance stretches the age too.
    expect((await introspectIdpTokenLocal(ctx, old, { maxTokenAgeSeconds: 300, clockToleranceSeconds: 400 })).subject).toBe('member-test-1')
  })

  it('honours now', async () => {
    const token = await mintAccessToken(keys.signer, grant)
    await expectJwtError(introspectIdpTokenLocal(ctx, token, { now: new Date(Date.now() + 7200_000) }), 'jwt_expired')
  })

  it('refuses an unknown or inherited-looking option', async () => {
    const token = await mintAccessToken(keys.signer, grant)
    await expect(introspectIdpTokenLocal(ctx, token, { maxTokenAge: 1 } as never)).rejects.toBeInstanceOf(StytchParamsError)
  })

  it('does not serve a token cached as a session JWT', async () => {
    // Same keys, same context: a session JWT verified first must not come back as an access token.
    const jwt = await mintSessionJwt(keys.signer, { member_id: 'member-test-1', organization_id: 'organization-test-1' })
    const { authenticateSessionJwtLocal } = await import('../../src/index.js')
    await authenticateSessionJwtLocal(ctx, jwt)
    await expectJwtError(introspectIdpTokenLocal(ctx, jwt), 'jwt_invalid')
  })

  it('gives a token without an organization the tenancy denial for an authorization check', async () => {
    const { member_id, client_id } = grant
    const token = await mintAccessToken(keys.signer, { member_id, client_id, scope: 'read:docs' })
    const error = await introspectIdpTokenLocal(ctx, token, {
      authorizationCheck: { organization_id: 'organization-test-1', resource_id: 'documents', action: 'read' },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchAuthorizationError)
    expect((error as StytchAuthorizationError).code).toBe('session_authorization_tenancy_error')
  })

  it('authorizes by the token scopes against the policy scopes', async () => {
    const policy = {
      roles: [],
      scopes: [{ scope: 'read:docs', permissions: [{ resource_id: 'documents', actions: ['read'] }] }],
    }
    const scoped = createTestContext({ jwks: keys.jwks, policy })
    const token = await mintAccessToken(keys.signer, grant)
    const check = { organization_id: 'organization-test-1', resource_id: 'documents', action: 'read' }
    expect((await introspectIdpTokenLocal(scoped, token, { authorizationCheck: check })).subject).toBe('member-test-1')
    const denied = await introspectIdpTokenLocal(scoped, token, { authorizationCheck: { ...check, action: 'write' } }).catch((e: unknown) => e)
    expect((denied as StytchAuthorizationError).code).toBe('session_authorization_error')
    const other = await introspectIdpTokenLocal(scoped, token, { authorizationCheck: { ...check, organization_id: 'organization-test-2' } }).catch((e: unknown) => e)
    expect((other as StytchAuthorizationError).code).toBe('session_authorization_tenancy_error')
  })
})

const RESERVED = ['iss', 'aud', 'sub', 'iat', 'nbf', 'exp', 'jti', 'scope', 'client_id']
const isReserved = (key: string): boolean => RESERVED.includes(key) || key.startsWith('https://stytch.com/')

describe('custom claims (property)', () => {
  it('are exactly the claims that are not reserved, __proto__ included as an own key', async () => {
    const name = fc.oneof(
      fc.constantFrom('__proto__', 'scope', 'client_id', 'jti', 'iss', 'https://stytch.com/x', 'https://stytch.com/organization', 'constructor', 'toString', 'plan'),
      fc.string({ maxLength: 8 }),
      fc.string({ maxLength: 4 }).map((s) => `https://stytch.com/${s}`),
    )
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(name, fc.jsonValue({ maxDepth: 2 })), { selector: ([key]) => key, maxLength: 8 }), async (extras) => {
        // Extras first, the valid claims over them: the token stays valid whatever the names.
        const body: Record<string, unknown> = {}
        const put = (key: string, value: unknown) => Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true })
        for (const [key, value] of extras) put(key, value)
        for (const [key, value] of Object.entries(payload())) put(key, value)
        const result = await introspectIdpTokenLocal(ctx, await sign(body), { verifiedTokenCache: false })
        const expected = extras.filter(([key]) => !isReserved(key)).map(([key, value]) => [key, JSON.parse(JSON.stringify(value)) as unknown])
        const sort = (entries: unknown[][]) => [...entries].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))
        expect(sort(Object.entries(result.custom_claims))).toEqual(sort(expected))
        expect(Object.getPrototypeOf(result.custom_claims)).toBe(Object.prototype)
      }),
      { numRuns: 60 },
    )
  })
})
