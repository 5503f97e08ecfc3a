import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createContext, StytchAuthorizationError, StytchParamsError, type Context } from '../../src/index.js'
import { authenticateRequest, readCookie, readSessionCredential, sessionCookies, StytchRequestError } from '../../src/edge/index.js'
import { createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from '../../src/testing/index.js'
import { authenticateSessionResponse } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let server: RecordingServer
let keys: TestJwks
let ctx: Context
const who = { member_id: 'member-test-1', organization_id: 'organization-test-1', roles: ['stytch_member', 'reader'] }
const policy = { roles: [{ role_id: 'reader', permissions: [{ resource_id: 'documents', actions: ['read'] }] }], resources: [] }
const req = (headers: Record<string, string>): Request => new Request('https://app.example/x', { headers })
const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'resolved', (e: unknown) => e)
const old = async (): Promise<string> => {
  const iat = Math.floor(Date.now() / 1000) - 600
  return mintSessionJwt(keys.signer, { ...who, iat, exp: iat + 3600 })
}

beforeAll(async () => {
  server = await startServer()
  keys = await createTestJwks({ kid: 'kid-edge' })
  ctx = createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-0123456789', baseUrl: server.url, jwks: keys.jwks, policy })
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  server.reply({ status: 200, body: authenticateSessionResponse() })
})

describe('readSessionCredential', () => {
  it('prefers the Bearer header over cookies and tells a JWT from a token', () => {
    const cookie = 'stytch_session_jwt=a.b.c; stytch_session=tok'
    expect(readSessionCredential(req({ authorization: 'Bearer x.y.z', cookie }))).toEqual({ kind: 'jwt', source: 'authorization', value: 'x.y.z' })
    expect(readSessionCredential(req({ authorization: 'bearer opaque-Token_1', cookie }))).toEqual({ kind: 'token', source: 'authorization', value: 'opaque-Token_1' })
    expect(readSessionCredential(req({ cookie }))).toEqual({ kind: 'jwt', source: 'cookie', value: 'a.b.c' })
    expect(readSessionCredential(req({ cookie: 'stytch_session=tok' }))).toEqual({ kind: 'token', source: 'cookie', value: 'tok' })
    expect(readSessionCredential(req({ cookie: 'other=1' }))).toBeUndefined()
    expect(readSessionCredential(req({}))).toBeUndefined()
  })

  it.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'Bearer a b', 'Bearer a,b', 'Bearer a..b', 'Bearer .a.b', `Bearer ${'a'.repeat(9000)}`])(
    'refuses the Authorization header %j as malformed, naming it',
    (header) => {
      const error = (() => {
        try {
          return readSessionCredential(req({ authorization: header }))
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(StytchRequestError)
      expect(error).toMatchObject({ code: 'session_malformed', field: 'authorization', status: 401 })
      expect((error as Error).message).not.toContain('dXNlcjpwYXNz')
    },
  )

  it('uses the cookie names given', () => {
    expect(readSessionCredential(req({ cookie: 'stytch_session_jwt=a.b.c; jwt=d.e.f' }), { jwt: 'jwt' })).toMatchObject({ value: 'd.e.f' })
  })

  it('refuses a JWT cookie that is not a JWT and a token cookie that is one', () => {
    expect(() => readSessionCredential(req({ cookie: 'stytch_session_jwt=abc' }))).toThrow(expect.objectContaining({ code: 'session_malformed', field: 'stytch_session_jwt' }))
    expect(() => readSessionCredential(req({ cookie: 'stytch_session=a.b.c' }))).toThrow(expect.objectContaining({ code: 'session_malformed', field: 'stytch_session' }))
  })
})

describe('readCookie', () => {
  it('trims whitespace, unquotes, lets the first duplicate win and treats empty as absent', () => {
    expect(readCookie(' a=1 ;  stytch_session = "v1" ; stytch_session=v2', 'stytch_session')).toBe('v1')
    expect(readCookie('xstytch_session=v0; stytch_session=v1', 'stytch_session')).toBe('v1')
    expect(readCookie('stytch_session=; other=1', 'stytch_session')).toBeUndefined()
    expect(readCookie('novalue; stytch_session=v', 'stytch_session')).toBe('v')
    expect(readCookie(null, 'stytch_session')).toBeUndefined()
  })

  it('refuses values a cookie may not hold, and headers over the bound, without scanning them', () => {
    expect(() => readCookie('stytch_session=a\\b', 'stytch_session')).toThrow(StytchRequestError)
    expect(() => readCookie('stytch_session="a b"', 'stytch_session')).toThrow(StytchRequestError)
    expect(() => readCookie(`stytch_session=v; pad=${'x'.repeat(20_000)}`, 'stytch_session')).toThrow(expect.objectContaining({ field: 'cookie' }))
  })

  it('finds any valid cookie among arbitrary others, and throws nothing but StytchRequestError', () => {
    const value = fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), value)), value, fc.string(), (others, mine, junk) => {
        const pairs = others.filter(([name]) => name !== 'stytch_session').map(([n, v]) => `${n}=${v}`)
        const header = [...pairs, `stytch_session=${mine}`, `stytch_session=later`].join('; ')
        expect(readCookie(header, 'stytch_session')).toBe(mine)
        try {
          readCookie(junk, 'stytch_session')
        } catch (error) {
          expect(error).toBeInstanceOf(StytchRequestError)
        }
      }),
    )
  })
})

describe('sessionCookies', () => {
  const now = new Date('2030-01-01T00:00:00Z')
  const session = { session_jwt: 'h.p.s', session_token: 'tok-1', member_session: { expires_at: '2030-01-01T01:00:00Z' } }

  it('writes Secure, HttpOnly, SameSite=Lax, Path=/ cookies that expire with the session', () => {
    expect(sessionCookies(session, { now })).toEqual([
      'stytch_session_jwt=h.p.s; Path=/; Expires=Tue, 01 Jan 2030 01:00:00 GMT; Max-Age=3600; Secure; HttpOnly; SameSite=Lax',
      'stytch_session=tok-1; Path=/; Expires=Tue, 01 Jan 2030 01:00:00 GMT; Max-Age=3600; Secure; HttpOnly; SameSite=Lax',
    ])
    const [jwt] = sessionCookies({ session_jwt: 'h.p.s', member_session: session.member_session }, { now, names: { jwt: 'sid' }, domain: 'app.example' })
    expect(jwt).toBe('sid=h.p.s; Path=/; Expires=Tue, 01 Jan 2030 01:00:00 GMT; Max-Age=3600; Domain=app.example; Secure; HttpOnly; SameSite=Lax')
  })

  it.each([
    ['session_jwt', { ...session, session_jwt: 'a;b' }, {}],
    ['session_jwt', { ...session, session_jwt: 'a\r\nSet-Cookie: x=1' }, {}],
    ['session_token', { ...session, session_token: 'a b' }, {}],
    ['options.names.jwt', session, { names: { jwt: 'a=b' } }],
    ['options.domain', session, { domain: 'a;b' }],
    ['member_session.expires_at', { ...session, member_session: { expires_at: 'soon' } }, {}],
  ])('refuses a bad %s with a params error that does not echo it', (field, values, options) => {
    const error = (() => {
      try {
        return sessionCookies(values, options)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(StytchParamsError)
    expect((error as StytchParamsError).issues[0]!.path).toBe(field)
    expect((error as Error).message).not.toMatch(/a;b|a b|Set-Cookie/)
  })

  it('round-trips through readCookie for any valid value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\w.-]{1,200}$/), (value) => {
        const [cookie] = sessionCookies({ session_jwt: value, member_session: session.member_session }, { now })
        expect(readCookie(cookie!.split(';')[0]!, 'stytch_session_jwt')).toBe(value)
      }),
    )
  })
})

describe('authenticateRequest', () => {
  it('verifies a young JWT cookie locally, with no request', async () => {
    const jwt = await mintSessionJwt(keys.signer, who)
    const result = await authenticateRequest(ctx, req({ cookie: `stytch_session_jwt=${jwt}` }))
    expect(result).toMatchObject({ verified: 'local', session_jwt: jwt, credential: { kind: 'jwt', source: 'cookie' } })
    expect(result.member_session.member_id).toBe('member-test-1')
    expect(server.requests).toHaveLength(0)
  })

  it('falls back to Stytch for an old JWT and returns the fresh JWT and token', async () => {
    const jwt = await old()
    const result = await authenticateRequest(ctx, req({ authorization: `Bearer ${jwt}` }))
    expect(result).toMatchObject({ verified: 'remote', session_jwt: 'fresh.jwt.value', session_token: 'session-token-remote', credential: { kind: 'jwt', source: 'authorization' } })
    expect(server.requests[0]).toMatchObject({ rawPath: '/v1/b2b/sessions/authenticate', body: { session_jwt: jwt } })
  })

  it('asks Stytch for an opaque token, passing the authorization check', async () => {
    const check = { organization_id: 'organization-test-1', resource_id: 'documents', action: 'read' }
    const result = await authenticateRequest(ctx, req({ cookie: 'stytch_session=opaque-token-1' }), { authorizationCheck: check })
    expect(result.verified).toBe('remote')
    expect(server.requests[0]!.body).toEqual({ session_token: 'opaque-token-1', authorization_check: check })
  })

  it('authorizes locally and denies with a 403 error, with no request', async () => {
    const jwt = await mintSessionJwt(keys.signer, who)
    const check = { organization_id: 'organization-test-1', resource_id: 'documents', action: 'delete' }
    expect(await failure(authenticateRequest(ctx, req({ authorization: `Bearer ${jwt}` }), { authorizationCheck: check }))).toBeInstanceOf(StytchAuthorizationError)
    expect(server.requests).toHaveLength(0)
  })

  it.each([
    ['options.maxTokenAge', { maxTokenAge: 300 }],
    ['options.maxTokenAgeSeconds', { maxTokenAgeSeconds: '300' }],
    ['options.maxTokenAgeSeconds', { maxTokenAgeSeconds: -1 }],
    ['options.cookies', { cookies: 'jwt' }],
  ])('refuses a bad %s before reading the request or sending anything', async (path, options) => {
    const error = await failure(authenticateRequest(ctx, req({ cookie: 'stytch_session=opaque-token-1' }), options as never))
    expect(error).toBeInstanceOf(StytchParamsError)
    expect((error as StytchParamsError).issues[0]!.path).toBe(path)
    expect(server.requests).toHaveLength(0)
  })

  it('refuses a request that is not a Request', async () => {
    expect(await failure(authenticateRequest(ctx, {} as Request))).toMatchObject({ code: 'invalid_params', issues: [{ path: 'request' }] })
  })

  it('fails with session_missing before any request when there is no credential', async () => {
    expect(await failure(authenticateRequest(ctx, req({ cookie: 'a=1' })))).toMatchObject({ code: 'session_missing', status: 401 })
    expect(server.requests).toHaveLength(0)
  })

  it("turns Stytch's unauthorized_credentials into session_invalid, keeping it as the cause", async () => {
    server.reply({ status: 401, body: { status_code: 401, error_type: 'unauthorized_credentials', error_message: 'no' } })
    const error = await failure(authenticateRequest(ctx, req({ cookie: 'stytch_session=opaque-token-1' })))
    expect(error).toMatchObject({ code: 'session_invalid', field: 'cookie', cause: { code: 'unauthorized_credentials', status: 401 } })
  })

  it('passes session_not_found through unchanged', async () => {
    server.reply({ status: 404, body: { status_code: 404, error_type: 'session_not_found', error_message: 'gone' } })
    expect(await failure(authenticateRequest(ctx, req({ authorization: `Bearer ${await old()}` })))).toMatchObject({ code: 'session_not_found', status: 404 })
  })
})
