import { paramsError } from '../core/errors.js'
import { StytchRequestError } from './errors.js'

/** Names of Stytch's session cookies; the defaults are the ones Stytch's frontend SDKs use. */
export interface SessionCookieNames {
  /** Cookie of the session JWT (default `stytch_session_jwt`). */
  readonly jwt?: string | undefined
  /** Cookie of the opaque session token (default `stytch_session`). */
  readonly token?: string | undefined
}

export const JWT_COOKIE = 'stytch_session_jwt'
export const TOKEN_COOKIE = 'stytch_session'

/** Longest `Cookie` header read (bytes of text); a longer one is refused, not scanned. */
export const MAX_COOKIE_HEADER = 16_384
/** Longest credential accepted from a header or cookie. */
export const MAX_CREDENTIAL = 8192

// RFC 6265 token characters for names, cookie-octets for values.
const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const VALUE = /^[!#-+\--:<-[\]-~]*$/

/**
 * Reads one cookie from a `Cookie` header: the first pair with that name wins (browsers send the
 * most specific path first); surrounding whitespace and one pair of double quotes are removed. An
 * absent or empty cookie is `undefined`. Reads at most {@link MAX_COOKIE_HEADER} characters.
 *
 * @throws {StytchRequestError} `session_malformed` when the header is too long or the value holds
 *   characters a cookie value may not.
 */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined
  if (header.length > MAX_COOKIE_HEADER) throw new StytchRequestError('session_malformed', 'cookie')
  let at = 0
  while (at < header.length) {
    let end = header.indexOf(';', at)
    if (end === -1) end = header.length
    const eq = header.indexOf('=', at)
    if (eq !== -1 && eq < end && header.slice(at, eq).trim() === name) {
      let value = header.slice(eq + 1, end).trim()
      if (value.length > 1 && value[0] === '"' && value[value.length - 1] === '"') value = value.slice(1, -1)
      if (!VALUE.test(value) || value.length > MAX_CREDENTIAL) throw new StytchRequestError('session_malformed', name)
      return value || undefined
    }
    at = end + 1
  }
  return undefined
}

/** Options of {@link sessionCookies}. */
export interface SessionCookieOptions {
  /** Cookie names (defaults: `stytch_session_jwt`, `stytch_session`). */
  readonly names?: SessionCookieNames | undefined
  /** `Domain` attribute; absent means host-only. */
  readonly domain?: string | undefined
  /** The time `Max-Age` counts from (default: now). */
  readonly now?: Date | undefined
}

/** What {@link sessionCookies} writes: a JWT, optionally a token, and when the session ends. */
export interface SessionCookieValues {
  readonly session_jwt: string
  readonly session_token?: string | undefined
  readonly member_session: { readonly expires_at: string }
}

/**
 * Builds the `Set-Cookie` header values for a session: the JWT, and the opaque token when given,
 * each `Path=/; Secure; HttpOnly; SameSite=Lax` and expiring with the session (`Expires` and
 * `Max-Age` from `member_session.expires_at`). Append each value as its own `Set-Cookie` header.
 *
 * @throws {StytchParamsError} naming the field when a name, value, domain or `expires_at` is not
 *   fit for a cookie (never echoing the value).
 */
export function sessionCookies(session: SessionCookieValues, options: SessionCookieOptions = {}): string[] {
  const expiresAt = Date.parse(session.member_session.expires_at)
  if (Number.isNaN(expiresAt)) throw paramsError('member_session.expires_at', 'must be a date-time')
  const { domain } = options
  if (domain !== undefined && (typeof domain !== 'string' || !/^[A-Za-z0-9.-]+$/.test(domain))) throw paramsError('options.domain', 'must be a host name')
  const maxAge = Math.max(0, Math.floor((expiresAt - (options.now ?? new Date()).getTime()) / 1000))
  const attributes = `; Path=/; Expires=${new Date(expiresAt).toUTCString()}; Max-Age=${maxAge}${domain ? `; Domain=${domain}` : ''}; Secure; HttpOnly; SameSite=Lax`
  const pairs: Array<[string, string, unknown]> = [['jwt', JWT_COOKIE, session.session_jwt]]
  if (session.session_token !== undefined) pairs.push(['token', TOKEN_COOKIE, session.session_token])
  return pairs.map(([key, fallback, value]) => {
    const name = options.names?.[key as 'jwt'] ?? fallback
    if (typeof name !== 'string' || !NAME.test(name)) throw paramsError(`options.names.${key}`, 'must be a cookie name (RFC 6265 token)')
    if (typeof value !== 'string' || value === '' || !VALUE.test(value)) throw paramsError(key === 'jwt' ? 'session_jwt' : 'session_token', 'must be a non-empty cookie value (no ;, ", \\, comma, space or control characters)')
    return `${name}=${value}${attributes}`
  })
}
