// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/discovery/intermediate_sessions/exchange
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization, PrimaryRequired } from '../models.js'

/** Params of {@link exchangeDiscoveryIntermediateSession}; a key it does not name fails before sending. */
export interface ExchangeDiscoveryIntermediateSessionParams {
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs' | (string & {}) | undefined
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id?: string | undefined
}

/** Response of {@link exchangeDiscoveryIntermediateSession}. */
export interface ExchangeDiscoveryIntermediateSessionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: string
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: string
  member: Member
  organization: Organization
  /** Whether a full member session was issued; false means MFA is still required. */
  member_authenticated: boolean
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: string
  /** HTTP status code of the answer. */
  status_code: number
  member_session?: MemberSession
  mfa_required?: MfaRequired
  primary_required?: PrimaryRequired
  member_device?: DeviceInfo
  /** When the intermediate session token stops working (RFC 3339). */
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/discovery/intermediate_sessions/exchange'],
  params: { intermediate_session_token: 'S', organization_id: 'S', session_duration_minutes: 'i', session_custom_claims: 'r', locale: 's', telemetry_id: 's' },
  response: { request_id: 's', member_id: 's', session_token: 's', session_jwt: 's', member: 'o', organization: 'o', member_authenticated: 'b', intermediate_session_token: 's', status_code: 'n' },
}

/**
 * Turns an intermediate session token into a member session of the chosen organization.
 *
 * Hint: When the organization requires MFA, no session is issued: `member_authenticated` is false
 * and the `intermediate_session_token` must be completed with an OTP, TOTP or recovery code.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/exchange-intermediate-session
 */
export function exchangeDiscoveryIntermediateSession(
  ctx: Context,
  params: ExchangeDiscoveryIntermediateSessionParams,
  options?: CallOptions,
): Promise<ExchangeDiscoveryIntermediateSessionResponse> {
  return call(ctx, endpoint, params, options)
}
