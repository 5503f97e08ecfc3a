// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/session/reset
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization } from '../models.js'

/** Schema of {@link ResetPasswordSessionParams}: strict, so a misspelt key fails before sending. */
export const ResetPasswordSessionParamsSchema = v.strictObject({
  organization_id: v.string(),
  password: v.string(),
  session_token: v.optional(v.string()),
  session_jwt: v.optional(v.string()),
  session_duration_minutes: v.optional(int()),
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link resetPasswordSession}. */
export type ResetPasswordSessionParams = v.InferInput<typeof ResetPasswordSessionParamsSchema>

/** Response of {@link resetPasswordSession}. */
export interface ResetPasswordSessionResponse {
  request_id: string
  member_id: string
  member: Member
  organization: Organization
  session_token: string
  session_jwt: string
  intermediate_session_token: string
  member_authenticated: boolean
  status_code: number
  member_session?: MemberSession
  mfa_required?: MfaRequired
  member_device?: DeviceInfo
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/passwords/session/reset',
  params: ResetPasswordSessionParamsSchema,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', session_token: 's', session_jwt: 's', intermediate_session_token: 's', member_authenticated: 'b', status_code: 'n' },
}

/**
 * Sets a new password for the member of a valid session.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/session-reset
 */
export function resetPasswordSession(
  ctx: Context,
  params: ResetPasswordSessionParams,
  options?: CallOptions,
): Promise<ResetPasswordSessionResponse> {
  return call(ctx, endpoint, params, options)
}
