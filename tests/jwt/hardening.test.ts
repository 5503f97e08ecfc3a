import fc from 'fast-check'
import * as v from 'valibot'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  authenticateMagicLink,
  authenticateSessionJwt,
  authenticateSessionJwtLocal,
  createContext,
  StytchAuthorizationError,
  StytchClaimsError,
  StytchParamsError,
  type Context,
} from '../../src/index.js'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { authenticateSessionResponse, memberSession, responses } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'
import { expectJwtError, payloadFor, signRaw } from './helpers.js'

let server: RecordingServer
let keys: TestJwks
let ctx: Context
const ORG = 'organization-test-1'
const member = { member_id: 'member-test-1', organization_id: ORG, roles: ['stytch_member'] }
const policy = {
  roles: [
    { role_id: 'stytch_member', permissions: [{ resource_id: 'documents', actions: ['read'] }] },
    { role_id: 'stytch_admin', permissions: [{ resource_id: 'documents', actions: ['*'] }] },
  ],
}
const remoteBody = authenticateSessionResponse()

beforeAll(async () => {
  server = await startServer()
  keys = await createTestJwks({ kid: 'kid-1' })
  ctx = createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-0123456789', baseUrl: server.url, jwks: keys.jwks, policy })
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  server.reply({ status: 200, body: remoteBody })
})

const sign = (payload: Record<string, unknown>) => signRaw(keys.signer.privateKey, { kid: 'kid-1' }, payload)
const withSession = (fields: Record<string, unknown>) => {
  const payload = payloadFor(TEST_PROJECT_ID)
  return { ...payload, 'https://stytch.com/session': { ...(payload['https://stytch.com/session'] as object), ...fields } }
}

describe('RFC 3339 times in the session claim', () => {
  it.each([
    ['started_at', { started_at: 'yesterday' }],
    ['started_at', { started_at: '2024-02-30T09:00:00Z' }],
    ['started_at', { started_at: '2023-02-29T09:00:00Z' }],
    ['last_accessed_at', { last_accessed_at: '2024-03-03 09:00:00' }],
    ['last_accessed_at', { last_accessed_at: '2024-03-03T24:00:00Z' }],
    ['expires_at', { expires_at: '2024-13-01T00:00:00Z' }],
    ['expires_at', { expires_at: 1709456400 }],
    ['a factor time', { authentication_factors: [{ type: 'otp', delivery_method: 'sms', created_at: 'soon' }] }],
    ['a factor time', { authentication_factors: [{ type: 'otp', delivery_method: 'sms', last_authenticated_at: '2024-03-03T09:00:00+25:00' }] }],
  ])('refuses a malformed %s (%#)', async (_, fields) => {
    await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(withSession(fields))), 'jwt_invalid')
  })

  it.each([
    { started_at: '2024-02-29T09:00:00Z' },
    { last_accessed_at: '2024-03-03T09:00:00.123456789+05:30' },
    { started_at: '2016-12-31T23:59:60Z' },
    { expires_at: '2024-03-03t10:00:00z' },
    { authentication_factors: [{ type: 'otp', delivery_method: 'sms', created_at: '2024-03-03T09:00:00-08:00' }] },
  ])('accepts a well-formed time (%#)', async (fields) => {
    await expect(authenticateSessionJwtLocal(ctx, await sign(withSession(fields)))).resolves.toMatchObject({ member_id: 'member-test-1' })
  })

  it('accepts every instant written as toISOString does, and refuses it with an impossible day (property)', async () => {
    const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true })
    await fc.assert(
      fc.asyncProperty(instant, async (date) => {
        const iso = date.toISOString()
        const verified = await authenticateSessionJwtLocal(ctx, await sign(withSession({ started_at: iso })), { verifiedTokenCache: false })
        expect(verified.started_at).toBe(iso)
        const impossible = `${iso.slice(0, 8)}32${iso.slice(10)}`
        await expectJwtError(authenticateSessionJwtLocal(ctx, await sign(withSession({ started_at: impossible }))), 'jwt_invalid')
      }),
      { numRuns: 40 },
    )
  })
})

describe('custom claims under a polluted Object.prototype', () => {
  it('holds only the token\'s own claims', async () => {
    const jwt = await mintSessionJwt(keys.signer, { ...member, custom_claims: { plan: 'pro' } })
    const proto = Object.prototype as Record<string, unknown>
    proto['is_admin'] = true
    let claimKeys: string[] = []
    try {
      claimKeys = Object.keys((await authenticateSessionJwtLocal(ctx, jwt, { verifiedTokenCache: false })).custom_claims)
    } finally {
      delete proto['is_admin']
    }
    expect(claimKeys).toEqual(['plan'])
  })
})

describe('claims errors', () => {
  const Claims = v.object({ email: v.number(), plan: v.picklist(['free', 'pro']) })
  const email = 'ada.lovelace@acme.example'

  it('name the claim and the expected kind, never the value, on the local path', async () => {
    const jwt = await mintSessionJwt(keys.signer, { ...member, custom_claims: { email, plan: 'enterprise-secret-plan' } })
    const error = (await authenticateSessionJwtLocal(ctx, jwt, { claims: Claims }).catch((e: unknown) => e)) as StytchClaimsError
    expect(error).toBeInstanceOf(StytchClaimsError)
    expect(error).not.toBeInstanceOf(StytchParamsError)
    expect(error.code).toBe('invalid_claims')
    expect(error.issues.map((i) => i.path)).toEqual(['email', 'plan'])
    expect(error.message).toContain('email: expected number, received string')
    expect(error.message).not.toContain(email)
    expect(error.message).not.toContain('enterprise-secret-plan')
  })

  it('name the claim, never the value, on the remote path, with the same messages (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 6, maxLength: 24 }).filter((s) => /^[\w.@-]+$/.test(s) && !/expected|number|string|email/.test(s)), async (value) => {
        server.reply({
          status: 200,
          body: { ...responses.authenticateMagicLink, member_session: { ...memberSession, custom_claims: { email: value, plan: 'free' } } },
        })
        const error = (await authenticateMagicLink(ctx, { magic_links_token: 'token-1' }, { claims: Claims }).catch((e: unknown) => e)) as StytchClaimsError
        expect(error).toBeInstanceOf(StytchClaimsError)
        expect(error).not.toBeInstanceOf(StytchParamsError)
        expect(error.issues).toEqual([{ path: 'email', message: 'expected number, received string' }])
        expect(error.message).not.toContain(value)
      }),
      { numRuns: 25 },
    )
  })
})

describe('authenticateSessionJwt decides locally whatever it can', () => {
  const check = (action: string, organization_id = ORG) => ({ organization_id, resource_id: 'documents', action })

  it('refuses a valid token that the local authorization check denies, with no round trip', async () => {
    const jwt = await mintSessionJwt(keys.signer, member)
    const error = await authenticateSessionJwt(ctx, { session_jwt: jwt, max_token_age_seconds: 300, authorization_check: check('delete') }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchAuthorizationError)
    expect(error).toMatchObject({ code: 'session_authorization_error', status: 403 })
    const tenancy = await authenticateSessionJwt(ctx, { session_jwt: jwt, max_token_age_seconds: 300, authorization_check: check('read', 'organization-test-2') }).catch((e: unknown) => e)
    expect(tenancy).toMatchObject({ code: 'session_authorization_tenancy_error' })
    expect(server.requests).toHaveLength(0)
  })

  it('refuses a token with a bad signature locally', async () => {
    const jwt = await mintSessionJwt(keys.signer, member)
    const forged = `${jwt.slice(0, -6)}${jwt.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`
    await expectJwtError(authenticateSessionJwt(ctx, { session_jwt: forged, max_token_age_seconds: 300 }), 'jwt_invalid')
    expect(server.requests).toHaveLength(0)
  })

  it('returns the verified session_jwt on the local path, as the remote one does', async () => {
    const jwt = await mintSessionJwt(keys.signer, member)
    const result = await authenticateSessionJwt(ctx, { session_jwt: jwt, max_token_age_seconds: 300, authorization_check: check('read') })
    expect(result).toMatchObject({ verified: 'local', session_jwt: jwt })
  })

  it.each([
    ['expired', async () => mintSessionJwt(keys.signer, { ...member, iat: Math.floor(Date.now() / 1000) - 400, exp: Math.floor(Date.now() / 1000) - 100 })],
    ['signed by a key outside the cached set', async () => mintSessionJwt((await createTestJwks({ kid: 'kid-unknown' })).signer, member)],
  ])('asks Stytch about a token that is %s', async (_, mint) => {
    const result = await authenticateSessionJwt(ctx, { session_jwt: await mint(), max_token_age_seconds: 300 })
    expect(result.verified).toBe('remote')
    expect(server.requests).toHaveLength(1)
  })

  it('verifies at the given `now`', async () => {
    const iat = Math.floor(Date.now() / 1000) - 3000
    const jwt = await mintSessionJwt(keys.signer, { ...member, iat, exp: iat + 300 })
    const result = await authenticateSessionJwt(ctx, { session_jwt: jwt, max_token_age_seconds: 300 }, { now: new Date((iat + 10) * 1000) })
    expect(result.verified).toBe('local')
    expect(server.requests).toHaveLength(0)
  })

  it('refuses unknown params and options, so that a misspelt max age cannot turn local checks off', async () => {
    const jwt = await mintSessionJwt(keys.signer, member)
    await expect(authenticateSessionJwt(ctx, { session_jwt: jwt, max_token_age: 300 } as never)).rejects.toMatchObject({
      issues: [{ path: 'max_token_age', message: 'is not a known field' }],
    })
    await expect(authenticateSessionJwtLocal(ctx, jwt, { maxTokenAge: 300 } as never)).rejects.toMatchObject({
      issues: [{ path: 'options.maxTokenAge', message: 'is not a known field' }],
    })
    expect(server.requests).toHaveLength(0)
  })
})
