import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  StytchAbortError,
  StytchApiError,
  StytchAuthorizationError,
  StytchClaimsError,
  StytchConfigError,
  StytchDecodeError,
  StytchError,
  StytchInactiveTokenError,
  StytchJwtError,
  StytchM2mAuthorizationError,
  StytchNetworkError,
  StytchParamsError,
  StytchPolicyError,
  StytchTimeoutError,
  type StytchJwtErrorCode,
} from '../../src/index.js'
import { errorResponse, errorStatus, StytchRequestError } from '../../src/edge/index.js'

const api = (status: number, code: string, message = 'upstream says hi'): StytchApiError => new StytchApiError({ status, code, message, requestId: 'request-1' })
const body = async (r: Response): Promise<unknown> => JSON.parse(await r.text())

describe('errorResponse', () => {
  it.each<[string, number, string, unknown]>([
    ['no session', 401, 'session_missing', new StytchRequestError('session_missing', 'session')],
    ['a malformed header', 401, 'session_malformed', new StytchRequestError('session_malformed', 'authorization')],
    ["Stytch's session_not_found", 401, 'session_not_found', api(404, 'session_not_found')],
    ["Stytch's invalid_session_jwt", 401, 'invalid_session_jwt', api(401, 'invalid_session_jwt')],
    ['an expired JWT', 401, 'jwt_expired', new StytchJwtError('jwt_expired', 'expired')],
    ['an invalid JWT', 401, 'jwt_invalid', new StytchJwtError('jwt_invalid', 'bad')],
    ['an inactive access token', 401, 'oauth2_invalid_token_error', new StytchInactiveTokenError()],
    ['a local denial', 403, 'session_authorization_error', new StytchAuthorizationError('session_authorization_error')],
    ['a tenancy denial', 403, 'session_authorization_tenancy_error', new StytchAuthorizationError('session_authorization_tenancy_error')],
    ['a remote denial', 403, 'session_authorization_error', api(403, 'session_authorization_error')],
    ['an M2M scope denial', 403, 'm2m_authorization_error', new StytchM2mAuthorizationError(['read:x'])],
    ["Stytch's rate limit", 429, 'too_many_requests', api(429, 'too_many_requests')],
    ["Stytch's unavailability", 503, 'service_unavailable', api(503, 'service_unavailable')],
    ['a params error', 500, 'internal_error', new StytchParamsError([{ path: 'x', message: 'bad' }])],
    ['a config error', 500, 'internal_error', new StytchConfigError('baseUrl', 'bad')],
    ['the project secret refused elsewhere', 500, 'internal_error', api(401, 'unauthorized_credentials')],
    ['another Stytch 4xx', 500, 'internal_error', api(400, 'invalid_email')],
    ['a 502 from Stytch', 500, 'internal_error', api(502, 'http_error')],
    ['a network error', 500, 'internal_error', new StytchNetworkError('down')],
    ['a plain Error', 500, 'internal_error', new Error('boom')],
    ['a thrown string', 500, 'internal_error', 'boom'],
    ['undefined', 500, 'internal_error', undefined],
    ['a 429-shaped error that is not from Stytch', 500, 'internal_error', Object.assign(new StytchError('x', 'y'), { status: 429 })],
  ])('%s → %i %s', async (_, status, code, error) => {
    const response = errorResponse(error)
    expect(response.status).toBe(status)
    expect(errorStatus(error)).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('www-authenticate')).toBe(status === 401 ? 'Bearer' : null)
    expect(response.headers.get('retry-after')).toBe(status === 429 || status === 503 ? '5' : null)
    expect(await body(response)).toEqual({ error: code })
  })

  it('takes Retry-After from the error when it carries one, else from the options', () => {
    expect(errorResponse(api(429, 'too_many_requests'), { retryAfterSeconds: 30 }).headers.get('retry-after')).toBe('30')
    expect(errorResponse(Object.assign(api(503, 'x'), { retryAfterSeconds: 2.2 })).headers.get('retry-after')).toBe('3')
  })

  it('never echoes a code that is not a snake_case word', async () => {
    expect(await body(errorResponse(api(429, '<script>alert(1)</script>')))).toEqual({ error: 'error' })
  })

  it('for arbitrary errors with secrets in messages, claims and details, answers an allowed status and only a code', async () => {
    const secret = fc.string({ minLength: 1 }).map((s) => `SECRET-${s}`)
    const jwtCodes: StytchJwtErrorCode[] = ['jwt_invalid', 'jwt_expired', 'jwt_not_yet_valid', 'jwt_too_old', 'jwks_no_matching_key', 'jwks_unavailable']
    const error = fc.oneof(
      fc.tuple(fc.integer({ min: 100, max: 599 }), fc.oneof(fc.constantFrom('session_not_found', 'too_many_requests', 'unauthorized_credentials'), fc.string()), secret, secret).map(
        ([status, code, message, detail]) => new StytchApiError({ status, code, message, requestId: detail, errorUrl: detail, errorDetails: { echo: detail } }),
      ),
      fc.tuple(fc.constantFrom(...jwtCodes), secret).map(([code, message]) => new StytchJwtError(code, message, new Error(message))),
      secret.map((s) => new StytchClaimsError([{ path: s, message: s }])),
      secret.map((s) => new StytchParamsError([{ path: s, message: s }])),
      secret.map((s) => new StytchConfigError(s, s)),
      secret.map((s) => new StytchDecodeError(s)),
      secret.map((s) => new StytchNetworkError(s)),
      secret.map((s) => new StytchTimeoutError(s)),
      secret.map((s) => new StytchAbortError(s, s)),
      secret.map((s) => new StytchPolicyError(s)),
      fc.tuple(fc.string(), secret).map(([code, s]) => new StytchError(code, s, s)),
      secret.map((s) => new StytchRequestError('session_malformed', s)),
      secret.map((s) => new Error(s)),
      secret,
    )
    await fc.assert(
      fc.asyncProperty(error, async (e) => {
        const response = errorResponse(e)
        expect([401, 403, 429, 500, 503]).toContain(response.status)
        const text = await response.text()
        expect(text).not.toContain('SECRET-')
        expect(Object.keys(JSON.parse(text))).toEqual(['error'])
        expect(JSON.parse(text).error).toMatch(/^[a-z0-9_]{1,64}$/)
        response.headers.forEach((value) => expect(value).not.toContain('SECRET-'))
      }),
      { numRuns: 2000 },
    )
  })
})

describe("Stytch's Retry-After, passed on", () => {
  it('keeps the Retry-After of a 429 or 503 on the StytchApiError, and errorResponse passes that value on', async () => {
    const { createServer } = await import('node:http')
    const { createContext, getOrganization } = await import('../../src/index.js')
    const answers: Array<[number, string | undefined]> = [
      [429, '7'],
      [503, new Date(Date.now() + 42_000).toUTCString()],
      [429, undefined],
    ]
    let next = 0
    const server = createServer((req, res) => {
      const [status, after] = answers[next++ % answers.length]!
      res.writeHead(status, { 'content-type': 'application/json', ...(after && { 'retry-after': after }) })
      res.end(JSON.stringify({ status_code: status, request_id: 'request-test-1', error_type: status === 429 ? 'too_many_requests' : 'service_unavailable', error_message: 'slow down' }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as { port: number }
      const ctx = createContext({ projectId: 'project-test-retry-after', secret: 'secret-test-retry-after-0000', baseUrl: `http://127.0.0.1:${port}`, retry: 0 })
      const seen: Array<[number | undefined, string | null]> = []
      for (let i = 0; i < answers.length; i++) {
        const error = await getOrganization(ctx, { organization_id: 'organization-test-1' }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(StytchApiError)
        seen.push([(error as StytchApiError).retryAfterSeconds, errorResponse(error).headers.get('retry-after')])
      }
      expect(seen[0]).toEqual([7, '7'])
      // An HTTP date, read against the clock: about 42 s (whole seconds, rounded up).
      expect(seen[1]![0]).toBeGreaterThanOrEqual(40)
      expect(seen[1]![0]).toBeLessThanOrEqual(43)
      expect(seen[1]![1]).toBe(String(seen[1]![0]))
      // None given: the default.
      expect(seen[2]).toEqual([undefined, '5'])
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
