// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sessions/exchange_access_token
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, Organization } from '../models.js'

/** Params of {@link exchangeSessionAccessToken}; a key it does not name fails before sending. */
export interface ExchangeSessionAccessTokenParams {
  access_token: string
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id?: string | undefined
}

/** Response of {@link exchangeSessionAccessToken}. */
export interface ExchangeSessionAccessTokenResponse {
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
  /** HTTP status code of the answer. */
  status_code: number
  member_session?: MemberSession
  member_device?: DeviceInfo
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/sessions/exchange_access_token'],
  params: { access_token: 'S', session_duration_minutes: 'i', session_custom_claims: 'r', telemetry_id: 's' },
  response: { request_id: 's', member_id: 's', session_token: 's', session_jwt: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Turns a first-party Connected App access token with the `full_access` scope back into a member
 * session.
 *
 * Hint: The token can be exchanged only once and only while at most 5 minutes old; no MFA step is
 * asked.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/connected-app-access-token-exchange
 */
export function exchangeSessionAccessToken(
  ctx: Context,
  params: ExchangeSessionAccessTokenParams,
  options?: CallOptions,
): Promise<ExchangeSessionAccessTokenResponse> {
  return call(ctx, endpoint, params, options)
}
