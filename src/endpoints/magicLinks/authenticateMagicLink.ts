// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/magic_links/authenticate
import { sessionClaims, type ClaimsOf, type ClaimsSchema } from '../../core/claims.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, ClaimsCallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization, PrimaryRequired } from '../models.js'

/** Params of {@link authenticateMagicLink}; a key it does not name fails before sending. */
export interface AuthenticateMagicLinkParams {
  magic_links_token: string
  /** The PKCE verifier whose SHA-256 challenge started this flow; required when one did. */
  pkce_code_verifier?: string | undefined
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | (string & {}) | undefined
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token?: string | undefined
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id?: string | undefined
}

/** Response of {@link authenticateMagicLink}. */
export interface AuthenticateMagicLinkResponse<Claims = Record<string, unknown>> {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  /** Id of the email, phone or other factor the call used. */
  method_id: string
  /** Whether the member's other sessions were revoked, e.g. after a password reset. */
  reset_sessions: boolean
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
  primary_required?: PrimaryRequired
  member_device?: DeviceInfo
  /** When the intermediate session token stops working (RFC 3339). */
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/magic_links/authenticate'],
  params: { magic_links_token: 'S', pkce_code_verifier: 's', session_token: 's', session_jwt: 's', session_duration_minutes: 'i', session_custom_claims: 'r', locale: 's', intermediate_session_token: 's', telemetry_id: 's' },
  claims: sessionClaims,
  response: { request_id: 's', member_id: 's', method_id: 's', reset_sessions: 'b', organization_id: 's', member: 'o', session_token: 's', session_jwt: 's', organization: 'o', intermediate_session_token: 's', member_authenticated: 'b', status_code: 'n' },
}

/**
 * Authenticates a member with a magic link token and starts a member session.
 *
 * Hint: When the organization requires MFA, no session is issued: `member_authenticated` is false
 * and the `intermediate_session_token` must be completed with an OTP, TOTP or recovery code.
 *
 * Pass `options.claims` (a valibot schema) to validate and type `member_session.custom_claims`.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/authenticate-magic-link
 */
export function authenticateMagicLink<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  params: AuthenticateMagicLinkParams,
  options?: ClaimsCallOptions<S>,
): Promise<AuthenticateMagicLinkResponse<ClaimsOf<S>>> {
  return call(ctx, endpoint, params, options)
}
