// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sessions/exchange
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization, PrimaryRequired } from '../models.js'

/** Schema of {@link ExchangeSessionParams}: strict, so a misspelt key fails before sending. */
export const ExchangeSessionParamsSchema = v.strictObject({
  organization_id: v.string(),
  session_token: v.optional(v.string()),
  session_jwt: v.optional(v.string()),
  session_duration_minutes: v.optional(int()),
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr' | 'it' | 'de-DE' | 'zh-Hans' | 'ca-ES' | 'ja' | 'ru' | 'nl' | 'pl' | 'tr' | 'fa' | 'vi' | 'cs'>()),
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link exchangeSession}. */
export type ExchangeSessionParams = v.InferInput<typeof ExchangeSessionParamsSchema>

/** Response of {@link exchangeSession}. */
export interface ExchangeSessionResponse {
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
  path: '/v1/b2b/sessions/exchange',
  params: ExchangeSessionParamsSchema,
  response: { request_id: 's', member_id: 's', session_token: 's', session_jwt: 's', member: 'o', organization: 'o', member_authenticated: 'b', intermediate_session_token: 's', status_code: 'n' },
}

/**
 * Moves a member session into another organization the member belongs to.
 *
 * Hint: When the organization requires MFA, no session is issued: `member_authenticated` is false
 * and the `intermediate_session_token` must be completed with an OTP, TOTP or recovery code.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/exchange-session
 */
export function exchangeSession(
  ctx: Context,
  params: ExchangeSessionParams,
  options?: CallOptions,
): Promise<ExchangeSessionResponse> {
  return call(ctx, endpoint, params, options)
}
