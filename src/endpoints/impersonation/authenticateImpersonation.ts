// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/impersonation/authenticate
import { sessionClaims, type ClaimsOf, type ClaimsSchema } from '../../core/claims.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, ClaimsCallOptions } from '../../core/types.js'
import type { Member, MemberSession, MfaRequired, Organization } from '../models.js'

/** Params of {@link authenticateImpersonation}; a key it does not name fails before sending. */
export interface AuthenticateImpersonationParams {
  impersonation_token: string
}

/** Response of {@link authenticateImpersonation}. */
export interface AuthenticateImpersonationResponse<Claims = Record<string, unknown>> {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  /** Id of the organization (`organization-…`). */
  organization_id: string
  member: Member
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: string
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: string
  organization: Organization
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  /** Whether a full member session was issued; false means MFA is still required. */
  member_authenticated: boolean
  /** HTTP status code of the answer. */
  status_code: number
  member_session?: Omit<MemberSession, 'custom_claims'> & { custom_claims: Claims }
  mfa_required?: MfaRequired
  /** When the intermediate session token stops working (RFC 3339). */
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/impersonation/authenticate'],
  params: { impersonation_token: 'S' },
  claims: sessionClaims,
  response: { request_id: 's', member_id: 's', organization_id: 's', member: 'o', session_token: 's', session_jwt: 's', organization: 'o', intermediate_session_token: 's', member_authenticated: 'b', status_code: 'n' },
}

/**
 * Trades an impersonation token made in the Stytch dashboard for a session in which support staff
 * act as that member.
 *
 * Hint: The token is single-use and short-lived; the session lasts 60 minutes, cannot be extended
 * and carries an `impersonated` factor.
 *
 * Pass `options.claims` (a valibot schema) to validate and type `member_session.custom_claims`.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/authenticate-impersonation-token
 */
export function authenticateImpersonation<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  params: AuthenticateImpersonationParams,
  options?: ClaimsCallOptions<S>,
): Promise<AuthenticateImpersonationResponse<ClaimsOf<S>>> {
  return call(ctx, endpoint, params, options)
}
