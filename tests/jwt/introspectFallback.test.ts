import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createContext, introspectIdpToken, StytchInactiveTokenError, type Context } from '../../src/index.js'
import { createTestJwks, mintAccessToken, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { startServer, type RecordingServer } from '../helpers/server.js'
import { expectJwtError } from './helpers.js'

let server: RecordingServer
let keys: TestJwks
let stranger: TestJwks
let ctx: Context
const now = () => Math.floor(Date.now() / 1000)
const grant = { member_id: 'member-test-1', client_id: 'connected-app-test-1', organization_id: 'organization-test-1', scope: 'openid read:docs' }
const credentials = { client_id: 'connected-app-test-1', client_secret: 'client-secret-test-1' }
const introspected = {
  active: true,
  sub: 'member-test-1',
  scope: 'openid read:docs',
  client_id: 'connected-app-test-1',
  iss: `stytch.com/${TEST_PROJECT_ID}`,
  aud: [TEST_PROJECT_ID],
  exp: 4102476900,
  iat: 4102473300,
  nbf: 4102473300,
  token_type: 'access_token',
  'https://stytch.com/organization': { organization_id: 'organization-test-1', slug: 'acme' },
  request_id: 'request-id-test-1',
  status_code: 200,
  plan: 'pro',
}

beforeAll(async () => {
  server = await startServer()
  keys = await createTestJwks({ kid: 'kid-1' })
  stranger = await createTestJwks({ kid: 'kid-unknown' })
  ctx = createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-0123456789', baseUrl: server.url, jwks: keys.jwks })
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  server.reply({ status: 200, body: introspected })
})

describe('introspectIdpToken', () => {
  it('verifies locally when it can, without a request', async () => {
    const token = await mintAccessToken(keys.signer, grant)
    const result = await introspectIdpToken(ctx, { token, ...credentials })
    expect(result).toMatchObject({ verified: 'local', subject: 'member-test-1', client_id: 'connected-app-test-1' })
    expect(server.requests).toHaveLength(0)
  })

  it('introspects over the network once for an unknown kid when given client credentials', async () => {
    const token = await mintAccessToken(stranger.signer, grant)
    const result = await introspectIdpToken(ctx, { token, ...credentials })
    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request).toMatchObject({ method: 'POST', rawPath: `/v1/public/${TEST_PROJECT_ID}/oauth2/introspect` })
    expect(Object.fromEntries(new URLSearchParams(request!.rawBody))).toEqual({ token, ...credentials })
    expect(result).toEqual({
      verified: 'remote',
      subject: 'member-test-1',
      scope: 'openid read:docs',
      client_id: 'connected-app-test-1',
      organization_id: 'organization-test-1',
      organization_slug: 'acme',
      expires_at: 4102476900,
      issued_at: 4102473300,
      not_before: 4102473300,
      custom_claims: { plan: 'pro' },
    })
  })

  it('falls back for a token older than max_token_age_seconds', async () => {
    const old = await mintAccessToken(keys.signer, { ...grant, iat: now() - 600 })
    const result = await introspectIdpToken(ctx, { token: old, client_id: credentials.client_id, max_token_age_seconds: 300 })
    expect(result.verified).toBe('remote')
    expect(Object.fromEntries(new URLSearchParams(server.requests[0]!.rawBody))).toEqual({ token: old, client_id: credentials.client_id })
  })

  it('surfaces an inactive answer as StytchInactiveTokenError', async () => {
    server.reply({ status: 200, body: { active: false, request_id: 'r', status_code: 200 } })
    const token = await mintAccessToken(stranger.signer, grant)
    await expect(introspectIdpToken(ctx, { token, ...credentials })).rejects.toBeInstanceOf(StytchInactiveTokenError)
  })

  it('refuses an unknown kid locally when no client credentials are given', async () => {
    const token = await mintAccessToken(stranger.signer, grant)
    await expectJwtError(introspectIdpToken(ctx, { token }), 'jwks_no_matching_key')
    expect(server.requests).toHaveLength(0)
  })

  it('refuses an invalid signature locally, with no request', async () => {
    const [h, p] = (await mintAccessToken(keys.signer, grant)).split('.')
    const other = (await mintAccessToken(keys.signer, { ...grant, scope: 'openid' })).split('.')[2]
    await expectJwtError(introspectIdpToken(ctx, { token: `${h}.${p}.${other}`, ...credentials }), 'jwt_invalid')
    expect(server.requests).toHaveLength(0)
  })

  it('refuses an expired token locally, with no request', async () => {
    const token = await mintAccessToken(keys.signer, { ...grant, iat: now() - 7200, exp: now() - 10 })
    await expectJwtError(introspectIdpToken(ctx, { token, ...credentials }), 'jwt_expired')
    expect(server.requests).toHaveLength(0)
  })
})
