import { inspect } from 'node:util'
import fc from 'fast-check'
import * as v from 'valibot'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  authenticateMagicLink,
  createContext,
  createOrganization,
  getOrganization,
  isStytchError,
  StytchAbortError,
  StytchApiError,
  StytchClaimsError,
  StytchDecodeError,
  StytchError,
  StytchNetworkError,
  StytchParamsError,
  StytchTimeoutError,
  type StytchConfig,
} from '../../src/index.js'
import { responses } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let server: RecordingServer
const SECRET = 'secret-test-Zx9YwV8uT7sR6qP5oN4m'
const make = (extra: Partial<StytchConfig> = {}) =>
  createContext({ projectId: 'project-test-1', secret: SECRET, baseUrl: server.url, retry: { backoffLimitMs: 20 }, ...extra })

beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
})

const org = { organization_id: 'org-1' }
const fail = (promise: Promise<unknown>) => promise.then(
  () => {
    throw new Error('expected a rejection')
  },
  (error: unknown) => error,
)

describe('error mapping', () => {
  it.each([
    [400, 'invalid_email'],
    [401, 'unauthorized_credentials'],
    [404, 'organization_not_found'],
    [429, 'too_many_requests'],
    [500, 'internal_server_error'],
  ])('maps HTTP %i to StytchApiError %s', async (status, code) => {
    server.reply({
      status,
      body: { status_code: status, request_id: 'req-1', error_type: code, error_message: `message ${code}`, error_url: `https://stytch.com/docs/api/errors/${status}`, extra_hint: 'x' },
    })
    const error = await fail(getOrganization(make({ retry: 0 }), org))
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error).toMatchObject({
      status,
      code,
      message: `message ${code}`,
      requestId: 'req-1',
      errorUrl: `https://stytch.com/docs/api/errors/${status}`,
      errorDetails: { extra_hint: 'x' },
      name: 'StytchApiError',
    })
  })

  it.each([
    ['an HTML page', { status: 502, raw: '<html><body>Bad gateway</body></html>' }],
    ['an empty body', { status: 500, raw: '' }],
    ['JSON that is not a Stytch error', { status: 503, body: { oops: true } }],
  ])('maps %s to a safe StytchApiError', async (_, reply) => {
    server.reply(reply)
    const error = (await fail(createOrganization(make(), { organization_name: 'x' }))) as StytchApiError
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error.code).toBe('http_error')
    expect(error.status).toBe(reply.status)
    expect(error.message).not.toContain('Bad gateway')
  })

  it('rejects a 200 that is not JSON, or lacks a field the API always sends', async () => {
    server.reply({ status: 200, raw: 'hello' })
    expect(await fail(getOrganization(make(), org))).toBeInstanceOf(StytchDecodeError)
    server.reply({ status: 200, body: { request_id: 'r', status_code: 200 } })
    const error = (await fail(getOrganization(make(), org))) as StytchDecodeError
    expect(error.message).toBe('Response field organization: expected object, received undefined')
    expect(error.code).toBe('invalid_response')
  })

  it('passes unknown response fields through', async () => {
    server.reply({ status: 200, body: { ...responses.getOrganization, brand_new_field: [1, 2] } })
    expect(await getOrganization(make(), org)).toMatchObject({ brand_new_field: [1, 2] })
  })
})

describe('retries', () => {
  it('retries GET on 503 up to the limit, then throws the last error', async () => {
    server.reply({ status: 503, body: { error_type: 'service_unavailable', error_message: 'down' } })
    const error = await fail(getOrganization(make({ retry: { limit: 2, backoffLimitMs: 5 } }), org))
    expect(error).toMatchObject({ status: 503, code: 'service_unavailable' })
    expect(server.requests).toHaveLength(3)
  })

  it('succeeds when a retry succeeds', async () => {
    server.reply({ status: 500, body: { error_type: 'internal_server_error' } }, { status: 200, body: responses.getOrganization })
    expect(await getOrganization(make(), org)).toEqual(responses.getOrganization)
    expect(server.requests).toHaveLength(2)
  })

  it('never retries POST, even on 503 or a dropped connection', async () => {
    server.reply({ status: 503, body: { error_type: 'service_unavailable' } })
    await fail(authenticateMagicLink(make({ retry: { limit: 5, methods: ['GET', 'PUT', 'DELETE'] } }), { magic_links_token: 't' }))
    expect(server.requests).toHaveLength(1)
    server.requests.length = 0
    server.reply({ destroy: true })
    expect(await fail(createOrganization(make({ retry: 5 }), { organization_name: 'x' }))).toBeInstanceOf(StytchNetworkError)
    expect(server.requests).toHaveLength(1)
  })

  it('does not retry 400-class errors other than 408 and 429', async () => {
    server.reply({ status: 404, body: { error_type: 'not_found' } })
    await fail(getOrganization(make(), org))
    expect(server.requests).toHaveLength(1)
  })

  it('retries a dropped GET connection and maps the final failure to StytchNetworkError', async () => {
    server.reply({ destroy: true })
    const error = (await fail(getOrganization(make({ retry: { limit: 1, backoffLimitMs: 5 } }), org))) as StytchNetworkError
    expect(error).toBeInstanceOf(StytchNetworkError)
    expect(error.code).toBe('network_error')
    expect(error.cause).toBeDefined()
    expect(server.requests).toHaveLength(2)
  })

  it('waits the Retry-After interval before the retry', async () => {
    const times: number[] = []
    server.reply({ status: 503, headers: { 'retry-after': '1' }, body: { error_type: 'unavailable' } }, { status: 200, body: responses.getOrganization })
    await getOrganization(make({ retry: { backoffLimitMs: 1 }, hooks: { beforeRequest: () => void times.push(Date.now()) } }), org)
    expect(times).toHaveLength(2)
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950)
  })

  it('gives up at once when Retry-After asks for more than maxRetryAfterMs', async () => {
    server.reply({ status: 429, headers: { 'retry-after': '3600' }, body: { error_type: 'too_many_requests' } })
    const started = Date.now()
    const error = await fail(getOrganization(make({ retry: { maxRetryAfterMs: 1000 } }), org))
    expect(error).toMatchObject({ status: 429, code: 'too_many_requests' })
    expect(server.requests).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(900)
  })

  it('calls hooks around every attempt', async () => {
    const seen: string[] = []
    server.reply({ status: 500, body: { error_type: 'x' } }, { status: 200, body: responses.getOrganization })
    await getOrganization(
      make({
        hooks: {
          beforeRequest: (request) => {
            request.headers.set('x-trace-id', 'trace-1')
            seen.push(`before ${request.method}`)
          },
          afterResponse: (_request, response) => void seen.push(`after ${response.status}`),
          beforeRetry: (_request, count) => void seen.push(`retry ${count}`),
        },
      }),
      org,
    )
    expect(seen).toEqual(['before GET', 'after 500', 'retry 1', 'before GET', 'after 200'])
    expect(server.requests.every((r) => r.headers['x-trace-id'] === 'trace-1')).toBe(true)
  })
})

describe('hooks that throw', () => {
  it.each(['beforeRequest', 'afterResponse'] as const)('fail the call with hook_error from %s, without a retry', async (name) => {
    server.reply({ status: 200, body: responses.getOrganization })
    const boom = new Error('tracing backend down')
    const error = (await fail(getOrganization(make({ hooks: { [name]: () => { throw boom } } }), org))) as StytchError
    expect(error).toBeInstanceOf(StytchError)
    expect(error.code).toBe('hook_error')
    expect(error.cause).toBe(boom)
    expect(server.requests.length).toBeLessThanOrEqual(1)
  })
})

describe('timeouts and aborts', () => {
  it('times out a slow attempt and does not retry it', async () => {
    server.reply({ status: 200, body: responses.getOrganization, delayMs: 400 })
    const error = (await fail(getOrganization(make({ timeoutMs: 60 }), org))) as StytchTimeoutError
    expect(error).toBeInstanceOf(StytchTimeoutError)
    expect(error.code).toBe('timeout')
    expect(error.message).toBe('Request timed out after 60 ms')
    expect(server.requests).toHaveLength(1)
  })

  it('lets a call override the timeout', async () => {
    server.reply({ status: 200, body: responses.getOrganization, delayMs: 150 })
    await expect(getOrganization(make({ timeoutMs: 50 }), org, { timeoutMs: 2000 })).resolves.toEqual(responses.getOrganization)
    server.reply({ status: 200, body: responses.getOrganization, delayMs: 400 })
    await expect(getOrganization(make(), org, { timeoutMs: 50 })).rejects.toBeInstanceOf(StytchTimeoutError)
  })

  it('aborts through the caller signal', async () => {
    server.reply({ status: 200, body: responses.getOrganization, delayMs: 400 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user left')), 30)
    const error = (await fail(getOrganization(make(), org, { signal: controller.signal }))) as StytchAbortError
    expect(error).toBeInstanceOf(StytchAbortError)
    expect(error.code).toBe('aborted')
    expect((error.cause as Error).message).toBe('user left')
  })

  it('aborts during a retry wait', async () => {
    server.reply({ status: 503, headers: { 'retry-after': '5' }, body: { error_type: 'unavailable' } })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const started = Date.now()
    await expect(getOrganization(make(), org, { signal: controller.signal })).rejects.toBeInstanceOf(StytchAbortError)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(server.requests).toHaveLength(1)
  })

  it('sends nothing for an already aborted signal', async () => {
    await expect(getOrganization(make(), org, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(StytchAbortError)
    expect(server.requests).toHaveLength(0)
  })

  it('treats AbortSignal.timeout as a timeout', async () => {
    server.reply({ status: 200, body: responses.getOrganization, delayMs: 400 })
    await expect(getOrganization(make(), org, { signal: AbortSignal.timeout(40) })).rejects.toBeInstanceOf(StytchTimeoutError)
  })

  it('maps a refused connection to StytchNetworkError', async () => {
    const closed = await startServer()
    const url = closed.url
    await closed.close()
    const ctx = createContext({ projectId: 'p', secret: SECRET, baseUrl: url, retry: 0 })
    await expect(getOrganization(ctx, org)).rejects.toBeInstanceOf(StytchNetworkError)
  })
})

describe('params and options', () => {
  it('validates before any request, naming each field without echoing values', async () => {
    const error = (await fail(
      authenticateMagicLink(make(), { magic_links_token: 42, session_duration_minutes: 1.5, sesion_jwt: 'hunter2-secret-value' } as never),
    )) as StytchParamsError
    expect(error).toBeInstanceOf(StytchParamsError)
    expect(error.code).toBe('invalid_params')
    expect(error.issues).toEqual([
      { path: 'magic_links_token', message: 'expected string, received number' },
      { path: 'session_duration_minutes', message: 'fails the integer check' },
      { path: 'sesion_jwt', message: 'is not a known field' },
    ])
    expect(error.message).not.toContain('hunter2')
    expect(server.requests).toHaveLength(0)
  })

  it('reports missing required params and nested paths', async () => {
    const error = (await fail(
      createOrganization(make(), { rbac_email_implicit_role_assignments: [{ domain: 'a.example' }] } as never),
    )) as StytchParamsError
    expect(error.issues).toEqual([
      { path: 'organization_name', message: 'is required' },
      { path: 'rbac_email_implicit_role_assignments.0.role_id', message: 'is required' },
    ])
  })

  it.each([-1, 0, 1.5, 2 ** 31])('rejects a bad timeoutMs option (%d), longer ones included, which setTimeout would fire at once', async (timeoutMs) => {
    const error = (await fail(getOrganization(make(), org, { timeoutMs }))) as StytchParamsError
    expect(error.issues).toEqual([{ path: 'options.timeoutMs', message: 'must be a positive whole number of ms' }])
  })

  it('refuses empty authorization values before sending (an empty header would drop the member check)', async () => {
    const { updateOrganization } = await import('../../src/index.js')
    const error = (await fail(updateOrganization(make(), { organization_id: 'o' }, { authorization: { session_token: '', session_jwt: 'jwt' } }))) as StytchParamsError
    expect(error).toBeInstanceOf(StytchParamsError)
    expect(error.issues).toEqual([{ path: 'options.authorization.session_token', message: 'must be a non-empty one-line string' }])
    expect(server.requests).toHaveLength(0)
  })
})

describe('custom claims', () => {
  const Claims = v.object({ plan: v.picklist(['free', 'pro']), seats: v.number() })

  it('validates and types member_session.custom_claims', async () => {
    server.reply({ status: 200, body: responses.authenticateMagicLink })
    const result = await authenticateMagicLink(make(), { magic_links_token: 't' }, { claims: Claims })
    const plan: 'free' | 'pro' | undefined = result.member_session?.custom_claims.plan
    expect(plan).toBe('pro')
    expect(result.member_session?.custom_claims.seats).toBe(5)
  })

  it('names the claim path on a mismatch', async () => {
    const body = structuredClone(responses.authenticateMagicLink)
    body.member_session.custom_claims = { plan: 'pro', seats: 'many' } as never
    server.reply({ status: 200, body })
    const error = (await fail(authenticateMagicLink(make(), { magic_links_token: 't' }, { claims: Claims }))) as StytchClaimsError
    expect(error).toBeInstanceOf(StytchClaimsError)
    expect(error.code).toBe('invalid_claims')
    expect(error.issues).toEqual([{ path: 'seats', message: 'expected number, received string' }])
  })

  it('skips the check when MFA leaves no session', async () => {
    const { member_session: _, ...body } = responses.authenticateMagicLink
    server.reply({ status: 200, body: { ...body, member_authenticated: false, member_session: null } })
    const result = await authenticateMagicLink(make(), { magic_links_token: 't' }, { claims: Claims })
    expect(result.member_session).toBeNull()
  })

  it('is refused by endpoints without a member session', async () => {
    const error = (await fail(getOrganization(make(), org, { claims: Claims } as never))) as StytchParamsError
    expect(error.issues[0]?.path).toBe('options.claims')
  })
})

describe('secrets never leak', () => {
  it('keeps the secret and the Basic token out of any error, whatever the server answers', async () => {
    const basic = btoa(`project-test-1:${SECRET}`)
    const echo = fc.constantFrom(SECRET, basic, `Basic ${basic}`, `key=${SECRET};`)
    const body = fc.oneof(
      fc.record({ error_type: fc.oneof(fc.string(), echo), error_message: fc.oneof(fc.string(), echo), request_id: fc.oneof(fc.string(), echo), leaked: echo }, { requiredKeys: [] }),
      fc.jsonValue(),
    )
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 300, max: 599 }), body, fc.boolean(), async (status, answer, raw) => {
        server.reply(raw ? { status, raw: `${JSON.stringify(answer)} ${SECRET}` } : { status, body: answer })
        const error = await fail(createOrganization(make({ retry: 0 }), { organization_name: 'x' }))
        expect(isStytchError(error)).toBe(true)
        expect(error).toBeInstanceOf(StytchError)
        for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), (error as Error).stack ?? '']) {
          expect(text).not.toContain(SECRET)
          expect(text).not.toContain(basic)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('redacts the credentials in keys and nested values, however the JSON escapes them', async () => {
    const basic = btoa(`project-test-1:${SECRET}`)
    // Every character of the secret as a \u escape, and the slashes of the token as \/: the same JSON data.
    const escaped = [...SECRET].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
    const raw = `{"error_type":"bad","error_message":"m ${escaped}","details":{"${escaped}":["${basic.replaceAll('/', '\\/')}",{"k":"${SECRET}"}]}}`
    server.reply({ status: 400, raw, headers: { 'content-type': 'application/json' } })
    const error = (await fail(createOrganization(make({ retry: 0 }), { organization_name: 'x' }))) as StytchApiError
    expect(error).toMatchObject({ code: 'bad', message: 'm [redacted]', errorDetails: { details: { '[redacted]': ['[redacted]', { k: '[redacted]' }] } } })
    expect(JSON.stringify(error.errorDetails)).not.toContain(SECRET)
  })

  it('recognises errors from another copy of the package', () => {
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('stytch-b2b.error'), { value: true })
    expect(isStytchError(foreign)).toBe(true)
    expect(isStytchError(new Error('x'))).toBe(false)
    expect(isStytchError(null)).toBe(false)
  })
})
