import { inspect } from 'node:util'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { introspectIdpTokenNetwork } from '../../src/endpoints/idp/introspectIdpTokenNetwork.js'
import {
  createContext,
  isStytchError,
  StytchApiError,
  StytchDecodeError,
  StytchInactiveTokenError,
  StytchParamsError,
  StytchTimeoutError,
  type Context,
} from '../../src/index.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let server: RecordingServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  server.reply({ status: 200, body: {} })
})
afterEach(() => {
  vi.useRealTimers()
})

// Every character of the id that would leave its path segment, or need encoding, if it were not encoded.
const PROJECT = 'project-test-a/b?c#d%é'
const PROJECT_PATH = 'project-test-a%2Fb%3Fc%23d%25%C3%A9'
const PROJECT_SECRET = 'secret-test-Zx9YwV8uT7sR6qP5oN4m'
const make = (): Context => createContext({ projectId: PROJECT, secret: PROJECT_SECRET, baseUrl: server.url, retry: 0 })

const fail = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )

const TOKEN = 'eyJhbGciOi.access+token&x=1/é✓'
const CLIENT_SECRET = 'client-secret-Qw3rty+&=é✓'
const FORM = 'application/x-www-form-urlencoded'

describe('introspectIdpTokenNetwork', () => {
  const active = {
    active: true,
    aud: ['project-test-a'],
    client_id: 'connected-app-test-1',
    exp: 1738848103,
    iat: 1738844503,
    iss: 'https://auth.example',
    scope: 'openid email',
    sub: 'member-test-1',
    token_type: 'access_token',
    'https://stytch.com/organization': { organization_id: 'organization-test-1', slug: 'acme' },
    my_claim: { tier: 'gold' },
    request_id: 'request-id-test-1',
    status_code: 200,
  }

  it('sends the form fields in the SDK order, URL-encoded, without Basic auth, to the project path', async () => {
    server.reply({ status: 200, body: active })
    const out = await introspectIdpTokenNetwork(make(), { token: TOKEN, client_id: 'connected-app-test-1', client_secret: CLIENT_SECRET, token_type_hint: 'access_token' })
    expect(out).toEqual(active)
    expect(server.requests).toHaveLength(1)
    const [req] = server.requests
    expect(req!.method).toBe('POST')
    expect(req!.rawPath).toBe(`/v1/public/${PROJECT_PATH}/oauth2/introspect`)
    expect(req!.rawBody).toBe(
      'token=eyJhbGciOi.access%2Btoken%26x%3D1%2F%C3%A9%E2%9C%93&client_id=connected-app-test-1' +
        '&client_secret=client-secret-Qw3rty%2B%26%3D%C3%A9%E2%9C%93&token_type_hint=access_token',
    )
    expect(req!.headers['content-type']).toBe(FORM)
    expect(req!.headers['authorization']).toBeUndefined()
    expect(req!.headers['user-agent']).toMatch(/^stytch-b2b\//)
  })

  it('leaves out an optional field that is absent or empty, as the Node SDK does', async () => {
    server.reply({ status: 200, body: { active: true } })
    await introspectIdpTokenNetwork(make(), { token: 't 1', client_id: 'c' })
    await introspectIdpTokenNetwork(make(), { token: 't 1', client_id: 'c', client_secret: '', token_type_hint: '' })
    expect(server.requests.map((r) => r.rawBody)).toEqual(['token=t+1&client_id=c', 'token=t+1&client_id=c'])
  })

  it('throws StytchInactiveTokenError (oauth2_invalid_token_error) for an inactive token, without the token', async () => {
    server.reply({ status: 200, body: { active: false, request_id: 'request-id-test-2', status_code: 200 } })
    const error = await fail(introspectIdpTokenNetwork(make(), { token: TOKEN, client_id: 'c', client_secret: CLIENT_SECRET }))
    expect(error).toBeInstanceOf(StytchInactiveTokenError)
    expect(isStytchError(error)).toBe(true)
    expect(error).toMatchObject({ code: 'oauth2_invalid_token_error', name: 'StytchInactiveTokenError' })
    expect(inspect(error)).not.toContain(TOKEN)
  })

  it('maps an OAuth2 error body to StytchApiError with the OAuth2 code, the token and secret cut out', async () => {
    server.reply({
      status: 401,
      body: {
        status_code: 401,
        request_id: 'request-id-test-3',
        error: 'invalid_client',
        error_description: `Client secret ${CLIENT_SECRET} is wrong for token ${TOKEN}`,
        error_uri: 'https://stytch.com/docs/api/errors/401#invalid_client',
      },
    })
    const error = await fail(introspectIdpTokenNetwork(make(), { token: TOKEN, client_id: 'c', client_secret: CLIENT_SECRET }))
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error).toMatchObject({
      status: 401,
      code: 'invalid_client',
      message: 'Client secret [redacted] is wrong for token [redacted]',
      requestId: 'request-id-test-3',
      errorUrl: 'https://stytch.com/docs/api/errors/401#invalid_client',
      errorDetails: undefined,
    })
    for (const text of [inspect(error, { depth: 9 }), JSON.stringify(error)]) {
      expect(text).not.toContain(CLIENT_SECRET)
      expect(text).not.toContain(TOKEN)
    }
    expect(server.requests).toHaveLength(1)
  })

  it('keeps Stytch-shaped error bodies, and turns other error bodies into http_error', async () => {
    server.reply(
      { status: 400, body: { status_code: 400, request_id: 'r', error_type: 'invalid_project_id', error_message: 'No such project' } },
      { status: 502, raw: '<html>bad gateway</html>' },
    )
    const ctx = make()
    expect(await fail(introspectIdpTokenNetwork(ctx, { token: 't', client_id: 'c' }))).toMatchObject({ status: 400, code: 'invalid_project_id', message: 'No such project' })
    expect(await fail(introspectIdpTokenNetwork(ctx, { token: 't', client_id: 'c' }))).toMatchObject({ status: 502, code: 'http_error' })
  })

  it('refuses a success body that is not an introspection answer', async () => {
    server.reply({ status: 200, body: { scope: 'openid' } })
    expect(await fail(introspectIdpTokenNetwork(make(), { token: 't', client_id: 'c' }))).toBeInstanceOf(StytchDecodeError)
  })

  it('goes through send(): the per-call timeout applies and the POST is not retried', async () => {
    server.reply({ status: 200, body: { active: true }, delayMs: 500 })
    const ctx = createContext({ projectId: PROJECT, secret: PROJECT_SECRET, baseUrl: server.url })
    expect(await fail(introspectIdpTokenNetwork(ctx, { token: 't', client_id: 'c' }, { timeoutMs: 50 }))).toBeInstanceOf(StytchTimeoutError)
    server.reply({ status: 302, headers: { location: 'https://elsewhere.example/' } })
    expect(await fail(introspectIdpTokenNetwork(ctx, { token: 't', client_id: 'c' }))).toMatchObject({ code: 'unexpected_redirect' })
    expect(server.requests).toHaveLength(2)
  })

  it.each([
    [{ client_id: 'c' }, 'token: is required'],
    [{ token: 't', client_id: 'c', scope: 'openid' }, 'scope: is not a known field'],
    [{ token: 't', client_id: 'c', client_secret: 5 }, 'client_secret: expected string, received number'],
    [{ token: 'bad\ud800', client_id: 'c' }, 'token: must be well-formed UTF-16 (it holds a lone surrogate)'],
    [{ token: 't', client_id: 'c', authorization_check: {} }, 'authorization_check: is not a known field'],
  ])('refuses bad params before sending: %j', async (params, message) => {
    const error = await fail(introspectIdpTokenNetwork(make(), params as never))
    expect(error).toBeInstanceOf(StytchParamsError)
    expect((error as Error).message).toBe(message)
    expect(server.requests).toHaveLength(0)
  })

  it('refuses unknown or malformed options before sending', async () => {
    const ctx = make()
    expect((await fail(introspectIdpTokenNetwork(ctx, { token: 't', client_id: 'c' }, { timeOutMs: 5 } as never)) as Error).message).toBe(
      'options.timeOutMs: is not a known field (did you mean timeoutMs?)',
    )
    expect((await fail(introspectIdpTokenNetwork(ctx, { token: 't', client_id: 'c' }, { timeoutMs: 0 }))) as Error).toBeInstanceOf(StytchParamsError)
    expect(server.requests).toHaveLength(0)
  })
})

describe('form encoding', () => {
  // Any well-formed text, ASCII-heavy so that the special characters come up often.
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('+', '&', '=', '%', ' ', '/', '?', '#', 'a', 'é', '✓', '😀') }))

  it('tokens and client credentials reach the introspection endpoint as sent', async () => {
    server.reply({ status: 200, body: { active: true } })
    const ctx = make()
    await fc.assert(
      fc.asyncProperty(text, text, text.filter(Boolean), async (token, client_id, client_secret) => {
        server.requests.length = 0
        await introspectIdpTokenNetwork(ctx, { token, client_id, client_secret })
        expect([...new URLSearchParams(server.requests[0]!.rawBody)]).toEqual([
          ['token', token],
          ['client_id', client_id],
          ['client_secret', client_secret],
        ])
      }),
      { numRuns: 100 },
    )
  })

})
