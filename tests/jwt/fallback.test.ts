import * as v from 'valibot'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { authenticateSessionJwt, createContext, StytchApiError, type Context } from '../../src/index.js'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { authenticateSessionResponse, memberSession, responses } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let server: RecordingServer
let keys: TestJwks
let ctx: Context
const member = { member_id: 'member-test-1', organization_id: 'organization-test-1', custom_claims: { plan: 'pro' } }
const remoteBody = authenticateSessionResponse({ plan: 'pro' })

beforeAll(async () => {
  server = await startServer()
  keys = await createTestJwks({ kid: 'kid-1' })
  ctx = createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-0123456789', baseUrl: server.url, jwks: keys.jwks })
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  server.reply({ status: 200, body: remoteBody })
})

describe('authenticateSessionJwt', () => {
  it('verifies locally when the token is young enough, without a request', async () => {
    const jwt = await mintSessionJwt(keys.signer, member)
    const result = await authenticateSessionJwt(ctx, { session_jwt: jwt, max_token_age_seconds: 300 })
    expect(result.verified).toBe('local')
    expect(result.member_session.member_id).toBe('member-test-1')
    expect(server.requests).toHaveLength(0)
  })

  it.each([
    ['no max age is given', undefined],
    ['the max age is 0', 0],
  ])('asks Stytch when %s', async (_, max) => {
    const jwt = await mintSessionJwt(keys.signer, member)
    const result = await authenticateSessionJwt(ctx, { session_jwt: jwt, ...(max !== undefined && { max_token_age_seconds: max }) })
    expect(result.verified).toBe('remote')
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]).toMatchObject({ method: 'POST', rawPath: '/v1/b2b/sessions/authenticate', body: { session_jwt: jwt } })
    if (result.verified === 'remote') expect(result.session_jwt).toBe('fresh.jwt.value')
  })

  it('falls back to Stytch when the token is too old for local trust, passing the authorization check along', async () => {
    const iat = Math.floor(Date.now() / 1000) - 600
    const old = await mintSessionJwt(keys.signer, { ...member, iat, exp: iat + 3600 })
    const check = { organization_id: 'organization-test-1', resource_id: 'documents', action: 'read' }
    const result = await authenticateSessionJwt(ctx, { session_jwt: old, max_token_age_seconds: 300, authorization_check: check })
    expect(result.verified).toBe('remote')
    expect(server.requests[0]!.body).toEqual({ session_jwt: old, authorization_check: check })
  })

  it('surfaces the remote error when Stytch refuses too', async () => {
    server.reply({ status: 404, body: { status_code: 404, error_type: 'session_not_found', error_message: 'Session not found.' } })
    const iat = Math.floor(Date.now() / 1000) - 600
    const old = await mintSessionJwt(keys.signer, { ...member, iat, exp: iat + 3600 })
    const error = await authenticateSessionJwt(ctx, { session_jwt: old, max_token_age_seconds: 300 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error).toMatchObject({ code: 'session_not_found' })
  })

  it('types custom claims on both paths', async () => {
    const Claims = v.object({ plan: v.picklist(['free', 'pro']) })
    const jwt = await mintSessionJwt(keys.signer, member)
    const local = await authenticateSessionJwt(ctx, { session_jwt: jwt, max_token_age_seconds: 300 }, { claims: Claims })
    const remote = await authenticateSessionJwt(ctx, { session_jwt: jwt }, { claims: Claims })
    const plans: Array<'free' | 'pro'> = [local.member_session.custom_claims.plan, remote.member_session.custom_claims.plan]
    expect(plans).toEqual(['pro', 'pro'])
  })
})
