// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sessions/exchange_access_token
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, Organization } from '../models.js'

/** Schema of {@link ExchangeSessionAccessTokenParams}: strict, so a misspelt key fails before sending. */
export const ExchangeSessionAccessTokenParamsSchema = strict({
  access_token: v.string(),
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes: v.optional(int()),
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link exchangeSessionAccessToken}. */
export type ExchangeSessionAccessTokenParams = v.InferInput<typeof ExchangeSessionAccessTokenParamsSchema>

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
  path: '/v1/b2b/sessions/exchange_access_token',
  params: ExchangeSessionAccessTokenParamsSchema,
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
