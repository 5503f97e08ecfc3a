// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sessions/authenticate
import { sessionClaims, type ClaimsOf, type ClaimsSchema } from '../../core/claims.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, ClaimsCallOptions } from '../../core/types.js'
import type { AuthorizationVerdict, Member, MemberSession, Organization } from '../models.js'
import type { AuthorizationCheckInput } from '../inputs.js'
import { AuthorizationCheckShape } from '../shapes.js'

/** Params of {@link authenticateSession}; a key it does not name fails before sending. */
export interface AuthenticateSessionParams {
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  authorization_check?: AuthorizationCheckInput | undefined
}

/** Response of {@link authenticateSession}. */
export interface AuthenticateSessionResponse<Claims = Record<string, unknown>> {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  member_session: Omit<MemberSession, 'custom_claims'> & { custom_claims: Claims }
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: string
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: string
  member: Member
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
  verdict?: AuthorizationVerdict
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/sessions/authenticate'],
  params: { session_token: 's', session_duration_minutes: 'i', session_jwt: 's', session_custom_claims: 'r', authorization_check: ['o', AuthorizationCheckShape] },
  claims: sessionClaims,
  response: { request_id: 's', member_session: 'o', session_token: 's', session_jwt: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Checks a session token or JWT with Stytch and returns the session, optionally extended.
 *
 * Pass `options.claims` (a valibot schema) to validate and type `member_session.custom_claims`.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/authenticate-session
 */
export function authenticateSession<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  params: AuthenticateSessionParams,
  options?: ClaimsCallOptions<S>,
): Promise<AuthenticateSessionResponse<ClaimsOf<S>>> {
  return call(ctx, endpoint, params, options)
}
