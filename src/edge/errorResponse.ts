import { isStytchError } from '../core/errors.js'

/** Options of {@link errorResponse}. */
export interface ErrorResponseOptions {
  /** `Retry-After` of 429 and 503 answers when the error carries none, in seconds (default 5). */
  readonly retryAfterSeconds?: number | undefined
}

// A missing, invalid or expired session: this package's codes and Stytch's.
const UNAUTHENTICATED = new Set([
  'session_missing',
  'session_malformed',
  'session_invalid',
  'session_not_found',
  'invalid_session_jwt',
  'jwt_invalid',
  'jwt_expired',
  'jwt_not_yet_valid',
  'jwt_too_old',
  'jwks_no_matching_key',
  'oauth2_invalid_token_error',
])
const FORBIDDEN = new Set(['session_authorization_error', 'session_authorization_tenancy_error', 'm2m_authorization_error'])

/** The status an error maps to: 401, 403, 429, 503 or 500; see {@link errorResponse}. */
export function errorStatus(error: unknown): 401 | 403 | 429 | 500 | 503 {
  if (!isStytchError(error)) return 500
  if (UNAUTHENTICATED.has(error.code)) return 401
  if (FORBIDDEN.has(error.code)) return 403
  const status = (error as { status?: unknown }).status
  // Only Stytch's own answers are passed on: its rate limit and its unavailability.
  return error.name === 'StytchApiError' && (status === 429 || status === 503) ? status : 500
}

/**
 * Maps any error to a `Response`: 401 (with `WWW-Authenticate: Bearer`) for a missing, invalid or
 * expired session, 403 for a denied authorization check (local, remote or M2M), Stytch's 429 and
 * 503 passed on with `Retry-After`, 500 for everything else. The JSON body is `{ "error": code }`
 * with the error's code, or `internal_error` on a 500: never a message, claim or input.
 */
export function errorResponse(error: unknown, options: ErrorResponseOptions = {}): Response {
  const status = errorStatus(error)
  const code = status === 500 ? 'internal_error' : (error as { code: string }).code
  const headers: Record<string, string> = { 'content-type': 'application/json', 'cache-control': 'no-store' }
  if (status === 401) headers['www-authenticate'] = 'Bearer'
  if (status === 429 || status === 503) {
    const seconds = retryAfterOf(error) ?? options.retryAfterSeconds ?? 5
    headers['retry-after'] = String(Math.max(0, Math.ceil(seconds)))
  }
  // Codes are snake_case words; anything else (a code taken from an odd upstream body) is not echoed.
  return new Response(JSON.stringify({ error: /^[a-z0-9_]{1,64}$/.test(code) ? code : 'error' }), { status, headers })
}

/** The `retryAfterSeconds` a `StytchApiError` took from the answer's `Retry-After`. */
function retryAfterOf(error: unknown): number | undefined {
  const value = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}
