// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/totp/authenticate
import * as v from 'valibot'
import type { ClaimsOf, ClaimsSchema } from '../../core/claims.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int } from '../../core/schema.js'
import type { Endpoint, ClaimsCallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, Organization } from '../models.js'

/** Schema of {@link AuthenticateTotpParams}: strict, so a misspelt key fails before sending. */
export const AuthenticateTotpParamsSchema = v.strictObject({
  organization_id: v.string(),
  member_id: v.string(),
  code: v.string(),
  intermediate_session_token: v.optional(v.string()),
  session_token: v.optional(v.string()),
  session_jwt: v.optional(v.string()),
  session_duration_minutes: v.optional(int()),
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  set_mfa_enrollment: v.optional(v.string()),
  set_default_mfa: v.optional(v.boolean()),
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link authenticateTotp}. */
export type AuthenticateTotpParams = v.InferInput<typeof AuthenticateTotpParamsSchema>

/** Response of {@link authenticateTotp}. */
export interface AuthenticateTotpResponse<Claims = Record<string, unknown>> {
  request_id: string
  member_id: string
  member: Member
  organization: Organization
  session_token: string
  session_jwt: string
  status_code: number
  member_session?: Omit<MemberSession, 'custom_claims'> & { custom_claims: Claims }
  member_device?: DeviceInfo
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/totp/authenticate',
  params: AuthenticateTotpParamsSchema,
  claims: true,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', session_token: 's', session_jwt: 's', status_code: 'n' },
}

/**
 * Checks a TOTP code, completing MFA or refreshing a session.
 *
 * Pass `options.claims` (a valibot schema) to validate and type `member_session.custom_claims`.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/authenticate-totp
 */
export function authenticateTotp<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  params: AuthenticateTotpParams,
  options?: ClaimsCallOptions<S>,
): Promise<AuthenticateTotpResponse<ClaimsOf<S>>> {
  return call(ctx, endpoint, params, options)
}
