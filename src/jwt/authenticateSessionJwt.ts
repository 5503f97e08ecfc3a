import type { ClaimsOf, ClaimsSchema } from '../core/claims.js'
import type { Context } from '../core/context.js'
import { isStytchError, paramsError, type StytchError } from '../core/errors.js'
import { checkCall, mine, PROTO } from '../core/own.js'
import type { CallOptions } from '../core/types.js'
import type { Member, Organization } from '../endpoints/models.js'
import { authenticateSession } from '../endpoints/sessions/authenticateSession.js'
import type { AuthorizationCheck } from '../rbac/types.js'
import { localSession, type JwtMemberSession } from './authenticateSessionJwtLocal.js'

/** Params of {@link authenticateSessionJwt}. */
export interface AuthenticateSessionJwtParams {
  readonly session_jwt: string
  /** Verify locally only while the token is younger than this; absent or 0 always asks Stytch. */
  readonly max_token_age_seconds?: number | undefined
  /** Authorize the session for this check, locally or by Stytch. */
  readonly authorization_check?: AuthorizationCheck | undefined
}

/** Result of {@link authenticateSessionJwt}: where it was verified, and the session. */
export type AuthenticateSessionJwtResult<Claims = Record<string, unknown>> =
  | {
      readonly verified: 'local'
      readonly member_session: JwtMemberSession<Claims>
      /** The token that was verified: still the one to use. */
      readonly session_jwt: string
    }
  | {
      readonly verified: 'remote'
      readonly member_session: JwtMemberSession<Claims>
      /** A fresh JWT from Stytch; use it from now on. */
      readonly session_jwt: string
      readonly session_token: string
      readonly member: Member
      readonly organization: Organization
    }

/** Options of {@link authenticateSessionJwt}. */
export interface AuthenticateSessionJwtOptions<S> extends Omit<CallOptions, 'claims' | 'unknownFields'> {
  /** A schema that validates and types the custom claims, on either path. */
  readonly claims?: S
  /** Leeway for the local time checks (default 0). */
  readonly clockToleranceSeconds?: number | undefined
  /** The time to verify at locally (default: now); Stytch's own clock decides on the remote path. */
  readonly now?: Date | undefined
  /** Not accepted: the local path sends nothing; call `authenticateSession` to send extra fields. */
  readonly unknownFields?: never
}

// Local failures that Stytch can still decide: a token too old for local trust or past its `exp`
// (the session behind it may be alive, and Stytch answers with a fresh JWT), a key not in the
// cached set, keys or policy that cannot be had. Anything else is refused here, as Stytch would.
const UNDECIDED = ['jwt_too_old', 'jwt_expired', 'jwks_no_matching_key', 'jwks_unavailable', 'policy_unavailable']

/**
 * Authenticates a session JWT locally when it is young enough, and with Stytch when the local check
 * cannot decide: the token is older than `max_token_age_seconds` or expired, its key is unknown, or
 * the keys or the RBAC policy cannot be had. With `max_token_age_seconds` absent or 0 it always asks
 * Stytch. A token that is invalid, or valid but denied by `authorization_check`, fails locally with
 * no round trip, with the code Stytch would give (`StytchAuthorizationError` for a denial).
 * `verified` says which path answered; both return the `session_jwt` to use from now on.
 *
 * @throws {StytchJwtError} `jwt_invalid` or `jwt_not_yet_valid`, decided locally.
 * @throws {StytchAuthorizationError} when the local authorization check denies.
 * @throws {StytchError} the remote call's errors (e.g. `StytchApiError` for a revoked session).
 */
export async function authenticateSessionJwt<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  params: AuthenticateSessionJwtParams,
  options: AuthenticateSessionJwtOptions<S> = {},
): Promise<AuthenticateSessionJwtResult<ClaimsOf<S>>> {
  // Own, known fields only (read by name: this runs on every request).
  checkCall(params, options, PARAMS, OPTIONS, paramsError)
  const session_jwt = mine(params.session_jwt, PROTO['session_jwt'])
  const maxAge = mine(params.max_token_age_seconds, PROTO['max_token_age_seconds'])
  const authorization_check = mine(params.authorization_check, PROTO['authorization_check'])
  const claims = mine(options.claims, PROTO['claims'])
  const now = mine(options.now, PROTO['now'])
  const clockToleranceSeconds = mine(options.clockToleranceSeconds, PROTO['clockToleranceSeconds'])
  const callOptions = { signal: mine(options.signal, PROTO['signal']), timeoutMs: mine(options.timeoutMs, PROTO['timeoutMs']) }
  if (typeof session_jwt !== 'string' || session_jwt === '') throw paramsError('session_jwt', 'must be a non-empty string')
  if (maxAge) {
    try {
      const member_session = await localSession(ctx, session_jwt, {
        maxTokenAgeSeconds: maxAge,
        clockToleranceSeconds,
        now,
        authorizationCheck: authorization_check,
        claims: claims as S,
      })
      return { verified: 'local', member_session: member_session as JwtMemberSession<ClaimsOf<S>>, session_jwt }
    } catch (error) {
      if (!UNDECIDED.includes((error as StytchError | undefined)?.code as string) || !isStytchError(error)) throw error
    }
  }
  const remote = await authenticateSession(
    ctx,
    { session_jwt, ...(authorization_check && { authorization_check }) },
    { ...callOptions, ...(claims && { claims }) },
  )
  return {
    verified: 'remote',
    member_session: remote.member_session as unknown as JwtMemberSession<ClaimsOf<S>>,
    session_jwt: remote.session_jwt,
    session_token: remote.session_token,
    member: remote.member,
    organization: remote.organization,
  }
}

const PARAMS = ['session_jwt', 'max_token_age_seconds', 'authorization_check']
const OPTIONS = ['claims', 'clockToleranceSeconds', 'now', 'signal', 'timeoutMs']
