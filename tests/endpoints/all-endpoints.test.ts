import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as sdk from '../../src/index.js'
import { createContext, StytchApiError, StytchParamsError, type Context } from '../../src/index.js'
import { startServer, type RecordingServer } from '../helpers/server.js'
import { cases } from './cases.generated.js'

let server: RecordingServer
let ctx: Context
beforeAll(async () => {
  server = await startServer()
  ctx = createContext({ projectId: 'project-test-9', secret: 'secret-test-9', baseUrl: server.url, fraudBaseUrl: server.url, retry: 0 })
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
})

type AnyEndpoint = (ctx: Context, params?: unknown, options?: unknown) => Promise<unknown>
const BASIC = `Basic ${Buffer.from('project-test-9:secret-test-9').toString('base64')}`

// What the route should look like on the wire, computed here independently of src/core.
function expectedTarget(path: string, params: Record<string, unknown>) {
  const used = new Set<string>()
  const rawPath = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    used.add(name)
    return encodeURIComponent(String(params[name]))
  })
  const rest = Object.entries(params).filter(([k]) => !used.has(k))
  return { rawPath, rest }
}

describe.each(cases)('$id → $name', (c) => {
  const fn = (sdk as unknown as Record<string, AnyEndpoint>)[c.name]!

  it('is exported from the package root', () => {
    expect(typeof fn).toBe('function')
  })

  it(`sends ${c.method} ${c.path} and decodes the response`, async () => {
    server.reply({ status: 200, body: c.response })
    const result = await fn(ctx, c.params)
    // Authenticate routes always hand back custom_claims, {} when the session has none.
    const session = c.response['member_session'] as Record<string, unknown> | undefined
    const expected = c.claims && session ? { ...c.response, member_session: { custom_claims: {}, ...session } } : c.response
    expect(result).toEqual(expected)
    const req = server.requests[0]!
    const { rawPath, rest } = expectedTarget(c.path, c.params)
    expect(server.requests).toHaveLength(1)
    expect(req.method).toBe(c.method)
    expect(req.rawPath).toBe(rawPath)
    if (c.method === 'POST' || c.method === 'PUT') {
      expect(req.body).toEqual(c.params)
      expect(req.query.size).toBe(0)
    } else {
      expect(req.rawBody).toBe('')
      const query = Object.fromEntries(rest.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]))
      expect(Object.fromEntries(req.query)).toEqual(query)
    }
    expect(req.headers.authorization).toBe(BASIC)
    expect(req.headers['content-type']).toBe('application/json')
    expect(req.headers['x-stytch-member-session']).toBeUndefined()
    expect(req.headers['x-stytch-member-sessionjwt']).toBeUndefined()
  })

  if (c.auth) {
    it('sends member-session authorization headers', async () => {
      server.reply({ status: 200, body: c.response })
      await fn(ctx, c.params, { authorization: { session_token: 'tok', session_jwt: 'a.b.c' } })
      expect(server.requests[0]!.headers['x-stytch-member-session']).toBe('tok')
      expect(server.requests[0]!.headers['x-stytch-member-sessionjwt']).toBe('a.b.c')
    })
  } else {
    it('refuses member-session authorization before sending', async () => {
      await expect(fn(ctx, c.params, { authorization: { session_token: 'tok' } })).rejects.toBeInstanceOf(StytchParamsError)
      expect(server.requests).toHaveLength(0)
    })
  }

  it('maps an error response', async () => {
    server.reply({ status: 400, body: { status_code: 400, request_id: 'req-e', error_type: 'invalid_argument', error_message: 'Bad.' } })
    const error = await fn(ctx, c.params).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error).toMatchObject({ status: 400, code: 'invalid_argument', requestId: 'req-e' })
  })

  it('rejects a body that lacks a field the route always returns', async () => {
    const required = Object.keys(c.response).find((k) => k === 'request_id' || k === 'status_code')
    if (!required) return
    const { [required]: _, ...partial } = c.response
    server.reply({ status: 200, body: partial })
    await expect(fn(ctx, c.params)).rejects.toBeInstanceOf(sdk.StytchDecodeError)
  })
})
