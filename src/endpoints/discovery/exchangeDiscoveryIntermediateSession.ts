// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/discovery/intermediate_sessions/exchange
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization, PrimaryRequired } from '../models.js'

/** Schema of {@link ExchangeDiscoveryIntermediateSessionParams}: strict, so a misspelt key fails before sending. */
export const ExchangeDiscoveryIntermediateSessionParamsSchema = v.strictObject({
  intermediate_session_token: v.string(),
  organization_id: v.string(),
  session_duration_minutes: v.optional(int()),
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs'>()),
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link exchangeDiscoveryIntermediateSession}. */
export type ExchangeDiscoveryIntermediateSessionParams = v.InferInput<typeof ExchangeDiscoveryIntermediateSessionParamsSchema>

/** Response of {@link exchangeDiscoveryIntermediateSession}. */
export interface ExchangeDiscoveryIntermediateSessionResponse {
  request_id: string
  member_id: string
  session_token: string
  session_jwt: string
  member: Member
  organization: Organization
  member_authenticated: boolean
  intermediate_session_token: string
  status_code: number
  member_session?: MemberSession
  mfa_required?: MfaRequired
  primary_required?: PrimaryRequired
  member_device?: DeviceInfo
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/discovery/intermediate_sessions/exchange',
  params: ExchangeDiscoveryIntermediateSessionParamsSchema,
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
