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
  it.each<[string, unknown, number, string]>([
    ['no session', new StytchRequestError('session_missing', 'session'), 401, 'session_missing'],
    ['a malformed header', new StytchRequestError('session_malformed', 'authorization'), 401, 'session_malformed'],
    ["Stytch's session_not_found", api(404, 'session_not_found'), 401, 'session_not_found'],
    ["Stytch's invalid_session_jwt", api(401, 'invalid_session_jwt'), 401, 'invalid_session_jwt'],
    ['an expired JWT', new StytchJwtError('jwt_expired', 'expired'), 401, 'jwt_expired'],
    ['an invalid JWT', new StytchJwtError('jwt_invalid', 'bad'), 401, 'jwt_invalid'],
    ['an inactive access token', new StytchInactiveTokenError(), 401, 'oauth2_invalid_token_error'],
    ['a local denial', new StytchAuthorizationError('session_authorization_error'), 403, 'session_authorization_error'],
    ['a tenancy denial', new StytchAuthorizationError('session_authorization_tenancy_error'), 403, 'session_authorization_tenancy_error'],
    ['a remote denial', api(403, 'session_authorization_error'), 403, 'session_authorization_error'],
    ['an M2M scope denial', new StytchM2mAuthorizationError(['read:x']), 403, 'm2m_authorization_error'],
    ["Stytch's rate limit", api(429, 'too_many_requests'), 429, 'too_many_requests'],
    ["Stytch's unavailability", api(503, 'service_unavailable'), 503, 'service_unavailable'],
    ['a params error', new StytchParamsError([{ path: 'x', message: 'bad' }]), 500, 'internal_error'],
    ['a config error', new StytchConfigError('baseUrl', 'bad'), 500, 'internal_error'],
    ['the project secret refused elsewhere', api(401, 'unauthorized_credentials'), 500, 'internal_error'],
    ['another Stytch 4xx', api(400, 'invalid_email'), 500, 'internal_error'],
    ['a 502 from Stytch', api(502, 'http_error'), 500, 'internal_error'],
    ['a network error', new StytchNetworkError('down'), 500, 'internal_error'],
    ['a plain Error', new Error('boom'), 500, 'internal_error'],
    ['a thrown string', 'boom', 500, 'internal_error'],
    ['undefined', undefined, 500, 'internal_error'],
    ['a 429-shaped error that is not from Stytch', Object.assign(new StytchError('x', 'y'), { status: 429 }), 500, 'internal_error'],
  ])('%s → %i', async (_, error, status, code) => {
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
        for (const [, value] of response.headers) expect(value).not.toContain('SECRET-')
      }),
      { numRuns: 2000 },
    )
  })
})
