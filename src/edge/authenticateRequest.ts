import type { ClaimsOf, ClaimsSchema } from '../core/claims.js'
import type { Context } from '../core/context.js'
import { isStytchError, paramsError } from '../core/errors.js'
import { checkKnown, own } from '../core/own.js'
import type { Member, Organization } from '../endpoints/models.js'
import { authenticateSession } from '../endpoints/sessions/authenticateSession.js'
import { authenticateSessionJwt } from '../jwt/authenticateSessionJwt.js'
import type { JwtMemberSession } from '../jwt/authenticateSessionJwtLocal.js'
import type { AuthorizationCheck } from '../rbac/types.js'
import { JWT_COOKIE, MAX_CREDENTIAL, readCookie, TOKEN_COOKIE, type SessionCookieNames } from './cookies.js'
import { StytchRequestError } from './errors.js'

/** Where a session credential was found and what it is. */
export interface SessionCredential {
  readonly kind: 'jwt' | 'token'
  readonly source: 'authorization' | 'cookie'
  readonly value: string
}

const OPTIONS = ['maxTokenAgeSeconds', 'authorizationCheck', 'claims', 'signal', 'timeoutMs', 'cookies']
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/
const TOKEN68 = /^[\w\-.~+/]+=*$/

/**
 * Finds the session credential of a request: `Authorization: Bearer …` first (a JWT when it has
 * three dot-separated parts, else an opaque session token), then the JWT cookie, then the token
 * cookie. Returns `undefined` when there is none.
 *
 * @throws {StytchRequestError} `session_malformed` for an `Authorization` header that is not a
 *   Bearer credential, or a cookie whose value is not a JWT or token.
 */
export function readSessionCredential(request: Request, names: SessionCookieNames = {}): SessionCredential | undefined {
  const header = request.headers.get('authorization')
  if (header !== null) {
    const match = /^Bearer +(\S+) *$/i.exec(header)
    const value = match?.[1]
    if (!value || value.length > MAX_CREDENTIAL || !TOKEN68.test(value)) throw new StytchRequestError('session_malformed', 'authorization')
    return { kind: value.includes('.') ? jwtShaped(value, 'authorization') : 'token', source: 'authorization', value }
  }
  const cookie = request.headers.get('cookie')
  const jwtName = names.jwt ?? JWT_COOKIE
  const jwt = readCookie(cookie, jwtName)
  if (jwt !== undefined) return { kind: jwtShaped(jwt, jwtName), source: 'cookie', value: jwt }
  const tokenName = names.token ?? TOKEN_COOKIE
  const token = readCookie(cookie, tokenName)
  if (token === undefined) return undefined
  if (!TOKEN68.test(token) || token.includes('.')) throw new StytchRequestError('session_malformed', tokenName)
  return { kind: 'token', source: 'cookie', value: token }
}

function jwtShaped(value: string, field: string): 'jwt' {
  if (!JWT.test(value)) throw new StytchRequestError('session_malformed', field)
  return 'jwt'
}

/** Options of {@link authenticateRequest}. */
export interface AuthenticateRequestOptions<S> {
  /** Verify a JWT locally while it is younger than this (default 300, Stytch's JWT lifetime); 0 always asks Stytch. */
  readonly maxTokenAgeSeconds?: number | undefined
  /** Authorize the session for this check too, locally or by Stytch. */
  readonly authorizationCheck?: AuthorizationCheck | undefined
  /** A schema (valibot, or any Standard Schema) that validates and types the custom claims. */
  readonly claims?: S
  /** Names of the session cookies (defaults `stytch_session_jwt`, `stytch_session`). */
  readonly cookies?: SessionCookieNames | undefined
  /** Aborts the remote fallback. */
  readonly signal?: AbortSignal | undefined
  /** Timeout of the remote fallback in ms, overriding the context's. */
  readonly timeoutMs?: number | undefined
}

/** Result of {@link authenticateRequest}. */
export type AuthenticatedRequest<Claims = Record<string, unknown>> = {
  readonly member_session: JwtMemberSession<Claims>
  /** Where the credential came from and what it was. */
  readonly credential: Omit<SessionCredential, 'value'>
} & (
  | {
      /** Verified from the JWT alone; nothing to refresh. */
      readonly verified: 'local'
      readonly session_jwt: string
    }
  | {
      /** Verified by Stytch, which issued a fresh JWT: set it (see `sessionCookies`). */
      readonly verified: 'remote'
      readonly session_jwt: string
      readonly session_token: string
      readonly member: Member
      readonly organization: Organization
    }
)

/**
 * Authenticates the session of a Web `Request` (any runtime): reads it with
 * {@link readSessionCredential}, verifies a JWT locally with Stytch as the fallback
 * (`authenticateSessionJwt`) and an opaque token with Stytch (`authenticateSession`), and applies
 * `authorizationCheck` when given. On `verified: 'remote'` pass the result to `sessionCookies`.
 *
 * @throws {StytchRequestError} `session_missing`, `session_malformed`, or `session_invalid` when
 *   Stytch answers `unauthorized_credentials`.
 * @throws {StytchError} what the verification throws: `StytchJwtError`, `StytchAuthorizationError`,
 *   `StytchApiError` (e.g. `session_not_found`), `StytchClaimsError`, network errors.
 */
export async function authenticateRequest<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  request: Request,
  options: AuthenticateRequestOptions<S> = {},
): Promise<AuthenticatedRequest<ClaimsOf<S>>> {
  // Own, known fields only: a misspelt option must not pass silently.
  checkKnown(options, OPTIONS, 'options', paramsError)
  if (typeof (request as Partial<Request> | null)?.headers?.get !== 'function') throw paramsError('request', 'must be a Request')
  const [authorizationCheck, claims, signal, timeoutMs, cookies] = OPTIONS.slice(1).map((key) => own(options, key)) as [
    AuthorizationCheck | undefined,
    S | undefined,
    AbortSignal | undefined,
    number | undefined,
    SessionCookieNames | undefined,
  ]
  const maxTokenAgeSeconds = own(options, 'maxTokenAgeSeconds') ?? 300
  if (!Number.isInteger(maxTokenAgeSeconds) || (maxTokenAgeSeconds as number) < 0) throw paramsError('options.maxTokenAgeSeconds', 'must be a non-negative integer')
  if (cookies !== undefined && (typeof cookies !== 'object' || cookies === null)) throw paramsError('options.cookies', 'must be an object')
  const credential = readSessionCredential(request, cookies && { jwt: own(cookies, 'jwt') as string | undefined, token: own(cookies, 'token') as string | undefined })
  if (!credential) throw new StytchRequestError('session_missing', 'session')
  const { kind, source } = credential
  const call = { ...(signal && { signal }), ...(timeoutMs !== undefined && { timeoutMs }), ...(claims && { claims }) }
  try {
    if (kind === 'jwt') {
      const result = await authenticateSessionJwt<S>(
        ctx,
        { session_jwt: credential.value, max_token_age_seconds: maxTokenAgeSeconds as number, ...(authorizationCheck && { authorization_check: authorizationCheck }) },
        call as never,
      )
      return { ...result, credential: { kind, source } }
    }
    const remote = await authenticateSession<S>(ctx, { session_token: credential.value, ...(authorizationCheck && { authorization_check: authorizationCheck }) }, call)
    return {
      verified: 'remote',
      credential: { kind, source },
      member_session: remote.member_session as unknown as JwtMemberSession<ClaimsOf<S>>,
      session_jwt: remote.session_jwt,
      session_token: remote.session_token,
      member: remote.member,
      organization: remote.organization,
    }
  } catch (error) {
    // Stytch's 401 on the session route refuses the credential (a wrong project secret reads the same,
    // but then every other route fails too, which operators see in their logs, not users).
    if (isStytchError(error) && error.code === 'unauthorized_credentials') throw new StytchRequestError('session_invalid', source === 'cookie' ? 'cookie' : 'authorization', error)
    throw error
  }
}
