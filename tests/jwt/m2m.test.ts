import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { authenticateM2mToken, grantsScope, StytchM2mAuthorizationError, StytchParamsError, type Context } from '../../src/index.js'
import { createTestContext, createTestJwks, mintM2mToken, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { expectJwtError, signRaw } from './helpers.js'

let keys: TestJwks
let ctx: Context
const now = () => Math.floor(Date.now() / 1000)
const client = 'm2m-client-test-d731954d-dab3-4a2b-bdee-07f3ad1be885'

beforeAll(async () => {
  keys = await createTestJwks({ kid: 'kid-1' })
  ctx = createTestContext({ jwks: keys.jwks })
})

describe('authenticateM2mToken', () => {
  it('maps a valid token', async () => {
    const iat = now()
    const token = await mintM2mToken(keys.signer, { client_id: client, scopes: ['read:users', 'write:users'], iat, custom_claims: { tier: 'gold' } })
    expect(await authenticateM2mToken(ctx, token)).toEqual({
      client_id: client,
      scopes: ['read:users', 'write:users'],
      expires_at: iat + 3600,
      issued_at: iat,
      custom_claims: { tier: 'gold' },
    })
  })

  it('keeps client_id but not scope among the custom claims', async () => {
    const token = await mintM2mToken(keys.signer, { client_id: client, custom_claims: { client_id: 'x', 'https://stytch.com/y': 1 } })
    expect((await authenticateM2mToken(ctx, token)).custom_claims).toEqual({ client_id: 'x' })
  })

  it.each([
    ['another issuer', { iss: 'stytch.com/project-test-other' }],
    ['another audience', { aud: 'project-test-other' }],
    ['no scope claim', { scope: undefined }],
  ])('refuses a token with %s', async (_, overrides) => {
    const body = { sub: client, iss: `stytch.com/${TEST_PROJECT_ID}`, aud: [TEST_PROJECT_ID], scope: 'read:users', iat: now(), exp: now() + 60, ...overrides }
    await expectJwtError(authenticateM2mToken(ctx, await signRaw(keys.signer.privateKey, { kid: 'kid-1' }, body)), 'jwt_invalid')
  })

  it('refuses a session JWT, an expired token and one too old', async () => {
    const jwt = await mintSessionJwt(keys.signer, { member_id: 'member-test-1', organization_id: 'organization-test-1' })
    await expectJwtError(authenticateM2mToken(ctx, jwt), 'jwt_invalid')
    await expectJwtError(authenticateM2mToken(ctx, await mintM2mToken(keys.signer, { client_id: client, iat: now() - 7200, exp: now() - 1 })), 'jwt_expired')
    const old = await mintM2mToken(keys.signer, { client_id: client, iat: now() - 600 })
    await expectJwtError(authenticateM2mToken(ctx, old, { maxTokenAgeSeconds: 300 }), 'jwt_too_old')
    expect((await authenticateM2mToken(ctx, old, { maxTokenAgeSeconds: 900 })).client_id).toBe(client)
  })

  it('requires every required scope, with a typed m2m_authorization_error', async () => {
    const token = await mintM2mToken(keys.signer, { client_id: client, scopes: ['read:*', 'write:users'] })
    expect((await authenticateM2mToken(ctx, token, { requiredScopes: ['read:users', 'read:docs', 'write:users'] })).client_id).toBe(client)
    const error = await authenticateM2mToken(ctx, token, { requiredScopes: ['read:users', 'write:docs', 'admin'] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchM2mAuthorizationError)
    expect((error as StytchM2mAuthorizationError).code).toBe('m2m_authorization_error')
    expect((error as StytchM2mAuthorizationError).missingScopes).toEqual(['write:docs', 'admin'])
  })

  it('refuses malformed requiredScopes and unknown options', async () => {
    const token = await mintM2mToken(keys.signer, { client_id: client })
    await expect(authenticateM2mToken(ctx, token, { requiredScopes: 'read:users' as never })).rejects.toBeInstanceOf(StytchParamsError)
    await expect(authenticateM2mToken(ctx, token, { requiredScope: ['x'] } as never)).rejects.toBeInstanceOf(StytchParamsError)
  })
})

// A naive model of the rule: equal, or `action:*` granting `action:<anything>`.
const model = (granted: readonly string[], required: string): boolean =>
  granted.some((scope) => scope === required || (required.includes(':') && scope === `${required.slice(0, required.indexOf(':'))}:*`))

const scope = fc
  .tuple(fc.constantFrom('read', 'write', '*', 'Read', ''), fc.option(fc.constantFrom('users', 'docs', '*', '', 'a:b', '-'), { nil: undefined }))
  .map(([action, resource]) => (resource === undefined ? action : `${action}:${resource}`))

describe('scope matching (property)', () => {
  it('grantsScope agrees with the naive model', () => {
    fc.assert(
      fc.property(fc.array(scope, { maxLength: 5 }), scope, (granted, required) => {
        expect(grantsScope(granted, required)).toBe(model(granted, required))
      }),
      { numRuns: 2000 },
    )
  })

  it('authenticateM2mToken authorizes exactly what the model grants', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(scope.filter((s) => s !== '' && !s.includes(' ')), { maxLength: 4 }), fc.array(scope, { maxLength: 3 }), async (granted, required) => {
        const token = await mintM2mToken(keys.signer, { client_id: client, scopes: granted })
        const allowed = required.every((r) => model(granted, r))
        const outcome = await authenticateM2mToken(ctx, token, { requiredScopes: required }).then(
          () => true,
          (e: unknown) => (e instanceof StytchM2mAuthorizationError ? false : Promise.reject(e)),
        )
        expect(outcome).toBe(allowed)
      }),
      { numRuns: 40 },
    )
  })
})
