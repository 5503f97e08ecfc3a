import { inspect } from 'node:util'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { introspectIdpTokenNetwork } from '../../src/endpoints/idp/introspectIdpTokenNetwork.js'
import { getM2mToken, M2M_TOKEN_CACHE_SIZE } from '../../src/endpoints/m2m/getM2mToken.js'
import {
  createContext,
  isStytchError,
  StytchAbortError,
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
let contexts = 0
/** A context with a cache of its own: the M2M token cache is per context settings, and each call gets another secret. */
const make = (): Context => createContext({ projectId: PROJECT, secret: `${PROJECT_SECRET}-${++contexts}`, baseUrl: server.url, retry: 0 })

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

describe('getM2mToken', () => {
  const token = (n: number | string, expires_in = 3600) => ({ status_code: 200, request_id: `request-${n}`, access_token: `access-${n}`, token_type: 'bearer', expires_in })
  /** Answers every request with a new token, numbered by request. */
  const numbered = (expires_in = 3600, delayMs = 0) => server.reply(() => ({ status: 200, body: token(server.requests.length, expires_in), delayMs }))
  const CLIENT = { client_id: 'm2m-client-test-1', client_secret: CLIENT_SECRET }

  it('sends the client-credentials form in the Node SDK order, scopes space-separated, without Basic auth', async () => {
    server.reply({ status: 200, body: token(1) })
    const out = await getM2mToken(make(), { ...CLIENT, scopes: ['read:users', 'write:ünï'] })
    expect(out).toEqual({ access_token: 'access-1', expires_in: 3600, token_type: 'bearer' })
    const [req] = server.requests
    expect(req!.method).toBe('POST')
    expect(req!.rawPath).toBe(`/v1/public/${PROJECT_PATH}/oauth2/token`)
    expect(req!.rawBody).toBe(
      'client_id=m2m-client-test-1&client_secret=client-secret-Qw3rty%2B%26%3D%C3%A9%E2%9C%93' +
        '&grant_type=client_credentials&scope=read%3Ausers+write%3A%C3%BCn%C3%AF',
    )
    expect(req!.headers['content-type']).toBe(FORM)
    expect(req!.headers['authorization']).toBeUndefined()
  })

  it('sends no scope field without scopes', async () => {
    server.reply({ status: 200, body: token(1) })
    await getM2mToken(make(), CLIENT)
    await getM2mToken(make(), { ...CLIENT, scopes: [] })
    expect(server.requests.map((r) => r.rawBody)).toEqual([
      'client_id=m2m-client-test-1&client_secret=client-secret-Qw3rty%2B%26%3D%C3%A9%E2%9C%93&grant_type=client_credentials',
      'client_id=m2m-client-test-1&client_secret=client-secret-Qw3rty%2B%26%3D%C3%A9%E2%9C%93&grant_type=client_credentials',
    ])
  })

  it('reuses a token: the second call makes no request, and gets its own copy', async () => {
    numbered()
    const ctx = make()
    const first = await getM2mToken(ctx, CLIENT)
    ;(first as { access_token: string }).access_token = 'changed by the caller'
    const second = await getM2mToken(ctx, CLIENT)
    expect(second.access_token).toBe('access-1')
    expect(server.requests).toHaveLength(1)
  })

  it('replaces a token 60 s before it expires, and says how long it has left', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const t0 = Date.parse('2030-01-01T00:00:00Z')
    vi.setSystemTime(t0)
    numbered(3600)
    const ctx = make()
    expect(await getM2mToken(ctx, CLIENT)).toMatchObject({ access_token: 'access-1', expires_in: 3600 })
    vi.setSystemTime(t0 + 1000_000)
    expect(await getM2mToken(ctx, CLIENT)).toMatchObject({ access_token: 'access-1', expires_in: 2600 })
    vi.setSystemTime(t0 + 3539_000)
    expect(await getM2mToken(ctx, CLIENT)).toMatchObject({ access_token: 'access-1', expires_in: 61 })
    vi.setSystemTime(t0 + 3541_000)
    expect(await getM2mToken(ctx, CLIENT)).toMatchObject({ access_token: 'access-2', expires_in: 3600 })
    expect(server.requests).toHaveLength(2)
  })

  it('replaces a short-lived token 10% of its lifetime before it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const t0 = Date.parse('2030-01-01T00:00:00Z')
    vi.setSystemTime(t0)
    numbered(100)
    const ctx = make()
    await getM2mToken(ctx, CLIENT)
    vi.setSystemTime(t0 + 89_000)
    expect((await getM2mToken(ctx, CLIENT)).access_token).toBe('access-1')
    vi.setSystemTime(t0 + 91_000)
    expect((await getM2mToken(ctx, CLIENT)).access_token).toBe('access-2')
  })

  it('refreshes in real time once a short expires_in runs out', async () => {
    numbered(1) // handed out for 0.9 s
    const ctx = make()
    expect((await getM2mToken(ctx, CLIENT)).access_token).toBe('access-1')
    expect((await getM2mToken(ctx, CLIENT)).access_token).toBe('access-1')
    await new Promise((resolve) => setTimeout(resolve, 950))
    expect((await getM2mToken(ctx, CLIENT)).access_token).toBe('access-2')
    expect(server.requests).toHaveLength(2)
  })

  it('20 concurrent calls for the same client and scopes make one request', async () => {
    numbered(3600, 50)
    const ctx = make()
    const all = await Promise.all(Array.from({ length: 20 }, (_, i) => getM2mToken(ctx, { ...CLIENT, scopes: i % 2 ? ['a', 'b'] : ['b', 'a', 'a'] })))
    expect(new Set(all.map((t) => t.access_token))).toEqual(new Set(['access-1']))
    expect(server.requests).toHaveLength(1)
  })

  it('shares tokens between contexts made with the same settings, as a Worker making one per request does', async () => {
    numbered()
    const config = { projectId: PROJECT, secret: `${PROJECT_SECRET}-shared`, baseUrl: server.url, retry: 0 }
    const tokens = []
    for (let i = 0; i < 50; i++) tokens.push((await getM2mToken(createContext(config), CLIENT)).access_token)
    expect(new Set(tokens)).toEqual(new Set(['access-1']))
    expect(server.requests).toHaveLength(1)
  })

  it('keeps apart what differs: secret, scopes, client and context settings', async () => {
    numbered()
    const ctx = make()
    const tokens = [
      await getM2mToken(ctx, CLIENT),
      await getM2mToken(ctx, { ...CLIENT, client_secret: `${CLIENT_SECRET}-rotated` }),
      await getM2mToken(ctx, { ...CLIENT, scopes: ['read:users'] }),
      await getM2mToken(ctx, { ...CLIENT, client_id: 'm2m-client-test-2' }),
      await getM2mToken(make(), CLIENT),
    ].map((t) => t.access_token)
    expect(tokens).toEqual(['access-1', 'access-2', 'access-3', 'access-4', 'access-5'])
    // Each of them is cached under its own key.
    await getM2mToken(ctx, { ...CLIENT, client_secret: `${CLIENT_SECRET}-rotated` })
    await getM2mToken(ctx, { ...CLIENT, scopes: ['read:users'] })
    expect(server.requests).toHaveLength(5)
  })

  it('does not cache a failure, and concurrent callers share it', async () => {
    const invalid = { status: 401, body: { status_code: 401, request_id: 'r', error: 'invalid_client', error_description: `Bad secret ${CLIENT_SECRET}` }, delayMs: 30 }
    server.reply(invalid, invalid, { status: 200, body: token('ok') })
    const ctx = make()
    const errors = await Promise.all(Array.from({ length: 5 }, () => fail(getM2mToken(ctx, CLIENT))))
    expect(server.requests).toHaveLength(1)
    for (const error of errors) {
      expect(error).toBeInstanceOf(StytchApiError)
      expect(error).toMatchObject({ status: 401, code: 'invalid_client', message: 'Bad secret [redacted]' })
      expect(inspect(error, { depth: 9 })).not.toContain(CLIENT_SECRET)
    }
    expect(await fail(getM2mToken(ctx, CLIENT))).toMatchObject({ code: 'invalid_client' })
    expect((await getM2mToken(ctx, CLIENT)).access_token).toBe('access-ok')
    expect(server.requests).toHaveLength(3)
  })

  it(`keeps at most ${M2M_TOKEN_CACHE_SIZE} tokens, dropping the least recently used`, async () => {
    numbered()
    const ctx = make()
    const client = (i: number) => ({ ...CLIENT, client_id: `m2m-client-${i}` })
    for (let i = 0; i < M2M_TOKEN_CACHE_SIZE; i++) await getM2mToken(ctx, client(i))
    await getM2mToken(ctx, client(0)) // a use: client 1 is now the least recent
    expect(server.requests).toHaveLength(M2M_TOKEN_CACHE_SIZE)
    await getM2mToken(ctx, client(M2M_TOKEN_CACHE_SIZE)) // one over the bound
    await getM2mToken(ctx, client(0))
    await getM2mToken(ctx, client(M2M_TOKEN_CACHE_SIZE))
    expect(server.requests).toHaveLength(M2M_TOKEN_CACHE_SIZE + 1)
    await getM2mToken(ctx, client(1))
    expect(server.requests).toHaveLength(M2M_TOKEN_CACHE_SIZE + 2)
  })

  it('{ cache: false } neither reads nor fills the cache', async () => {
    numbered()
    const ctx = make()
    expect((await getM2mToken(ctx, CLIENT, { cache: false })).access_token).toBe('access-1')
    expect((await getM2mToken(ctx, CLIENT)).access_token).toBe('access-2')
    expect((await getM2mToken(ctx, CLIENT, { cache: false })).access_token).toBe('access-3')
    expect((await getM2mToken(ctx, CLIENT)).access_token).toBe('access-2')
    expect(server.requests).toHaveLength(3)
  })

  it("a caller's signal ends only its own wait on a shared request", async () => {
    numbered(3600, 100)
    const ctx = make()
    const controller = new AbortController()
    const kept = getM2mToken(ctx, CLIENT)
    const dropped = fail(getM2mToken(ctx, CLIENT, { signal: controller.signal }))
    setTimeout(() => controller.abort(), 20)
    expect(await dropped).toBeInstanceOf(StytchAbortError)
    expect((await kept).access_token).toBe('access-1')
    expect(await fail(getM2mToken(ctx, CLIENT, { signal: AbortSignal.abort() }))).toBeInstanceOf(StytchAbortError)
    expect(server.requests).toHaveLength(1)
  })

  it.each([
    [{ client_id: 'c' }, undefined, 'client_secret: is required'],
    [{ client_id: 'c', client_secret: 's', scope: 'a b' }, undefined, 'scope: is not a known field'],
    [{ client_id: 'c', client_secret: 's', scopes: 'a b' }, undefined, 'scopes: expected Array, received string'],
    [{ client_id: 'c', client_secret: 's', scopes: ['a', 'b c'] }, undefined, 'scopes.1: must be a non-empty scope without whitespace'],
    [{ client_id: 'c', client_secret: 's', scopes: [''] }, undefined, 'scopes.0: must be a non-empty scope without whitespace'],
    [{ client_id: 'c', client_secret: 's', scopes: ['\udfff'] }, undefined, 'scopes.0: must be well-formed UTF-16 (it holds a lone surrogate)'],
    [{ client_id: 'c', client_secret: 's' }, { cache: 'no' }, 'options.cache: must be a boolean'],
    [{ client_id: 'c', client_secret: 's' }, { chache: false }, 'options.chache: is not a known field'],
  ])('refuses bad params or options before sending: %j %j', async (params, options, message) => {
    const error = await fail(getM2mToken(make(), params as never, options as never))
    expect(error).toBeInstanceOf(StytchParamsError)
    expect((error as Error).message).toBe(message)
    expect(server.requests).toHaveLength(0)
  })
})

describe('form encoding', () => {
  // Any well-formed text, ASCII-heavy so that the special characters come up often.
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('+', '&', '=', '%', ' ', '/', '?', '#', 'a', 'é', '✓', '😀') }))
  const scope = text.filter((s) => /^\S+$/.test(s))

  it('client ids, secrets and scopes reach the server as sent', async () => {
    server.reply({ status: 200, body: token() })
    const ctx = make()
    await fc.assert(
      fc.asyncProperty(text, text, fc.array(scope, { maxLength: 4 }), async (client_id, client_secret, scopes) => {
        server.requests.length = 0
        await getM2mToken(ctx, { client_id, client_secret, scopes }, { cache: false })
        const received = [...new URLSearchParams(server.requests[0]!.rawBody)]
        expect(received).toEqual([
          ['client_id', client_id],
          ['client_secret', client_secret],
          ['grant_type', 'client_credentials'],
          ...(scopes.length ? [['scope', scopes.join(' ')]] : []),
        ])
        expect(received.find(([name]) => name === 'scope')?.[1].split(' ') ?? []).toEqual(scopes)
      }),
      { numRuns: 200 },
    )
  })

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

  function token() {
    return { access_token: 'a', expires_in: 3600, token_type: 'bearer' }
  }
})
