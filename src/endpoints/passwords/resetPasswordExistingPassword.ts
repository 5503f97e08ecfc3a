// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/existing_password/reset
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization, PrimaryRequired } from '../models.js'

/** Schema of {@link ResetPasswordExistingPasswordParams}: strict, so a misspelt key fails before sending. */
export const ResetPasswordExistingPasswordParamsSchema = v.strictObject({
  email_address: v.string(),
  existing_password: v.string(),
  new_password: v.string(),
  organization_id: v.string(),
  session_token: v.optional(v.string()),
  session_duration_minutes: v.optional(int()),
  session_jwt: v.optional(v.string()),
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link resetPasswordExistingPassword}. */
export type ResetPasswordExistingPasswordParams = v.InferInput<typeof ResetPasswordExistingPasswordParamsSchema>

/** Response of {@link resetPasswordExistingPassword}. */
export interface ResetPasswordExistingPasswordResponse {
  request_id: string
  member_id: string
  member: Member
  session_token: string
  session_jwt: string
  organization: Organization
  intermediate_session_token: string
  member_authenticated: boolean
  status_code: number
  member_session?: MemberSession
  mfa_required?: MfaRequired
  primary_required?: PrimaryRequired
  member_device?: DeviceInfo
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/passwords/existing_password/reset',
  params: ResetPasswordExistingPasswordParamsSchema,
  response: { request_id: 's', member_id: 's', member: 'o', session_token: 's', session_jwt: 's', organization: 'o', intermediate_session_token: 's', member_authenticated: 'b', status_code: 'n' },
}

/**
 * Changes a password after checking the current one.
 *
 * Hint: When the organization requires MFA, no session is issued: `member_authenticated` is false
 * and the `intermediate_session_token` must be completed with an OTP, TOTP or recovery code.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/existing-reset
 */
export function resetPasswordExistingPassword(
  ctx: Context,
  params: ResetPasswordExistingPasswordParams,
  options?: CallOptions,
): Promise<ResetPasswordExistingPasswordResponse> {
  return call(ctx, endpoint, params, options)
}
