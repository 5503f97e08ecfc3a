import type { ClaimsOf, ClaimsSchema } from '../core/claims.js'
import type { Context } from '../core/context.js'
import type { CallOptions } from '../core/types.js'
import type { Member, Organization } from '../endpoints/models.js'
import type { AuthorizationCheck } from '../rbac/types.js'
import { authenticateSessionJwtLocal, type JwtMemberSession } from './authenticateSessionJwtLocal.js'

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
  | { readonly verified: 'local'; readonly member_session: JwtMemberSession<Claims> }
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
export interface AuthenticateSessionJwtOptions<S> extends Omit<CallOptions, 'claims'> {
  /** A schema that validates and types the custom claims, on either path. */
  readonly claims?: S
  /** Leeway for the local time checks (default 0). */
  readonly clockToleranceSeconds?: number | undefined
}

/**
 * Authenticates a session JWT locally when it is young enough, and with Stytch otherwise: on any
 * local failure, or when `max_token_age_seconds` is absent or 0, it calls `authenticateSession`.
 * `verified` says which path answered.
 *
 * Hint: the remote path returns a fresh `session_jwt`; send it back to the client.
 *
 * @throws {StytchError} the remote call's errors (e.g. `StytchApiError` for a revoked session);
 *   local failures are not thrown, they fall back to Stytch.
 */
export async function authenticateSessionJwt<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  params: AuthenticateSessionJwtParams,
  options: AuthenticateSessionJwtOptions<S> = {},
): Promise<AuthenticateSessionJwtResult<ClaimsOf<S>>> {
  const { session_jwt, max_token_age_seconds: maxAge, authorization_check } = params
  const { claims, clockToleranceSeconds, ...callOptions } = options
  if (maxAge) {
    try {
      const member_session = await authenticateSessionJwtLocal(ctx, session_jwt, {
        maxTokenAgeSeconds: maxAge,
        clockToleranceSeconds,
        authorizationCheck: authorization_check,
        claims: claims as S,
      })
      return { verified: 'local', member_session: member_session as JwtMemberSession<ClaimsOf<S>> }
    } catch {
      // Any local failure: Stytch decides (it also refreshes a token that is merely too old).
    }
  }
  // Loaded when first needed, so that importing the jwt module loads no HTTP pipeline or valibot.
  const { authenticateSession } = await import('../endpoints/sessions/authenticateSession.js')
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
