// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/magic_links/authenticate
import * as v from 'valibot'
import type { ClaimsOf, ClaimsSchema } from '../../core/claims.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum } from '../../core/schema.js'
import type { Endpoint, ClaimsCallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, MfaRequired, Organization, PrimaryRequired } from '../models.js'

/** Schema of {@link AuthenticateMagicLinkParams}: strict, so a misspelt key fails before sending. */
export const AuthenticateMagicLinkParamsSchema = v.strictObject({
  magic_links_token: v.string(),
  pkce_code_verifier: v.optional(v.string()),
  session_token: v.optional(v.string()),
  session_jwt: v.optional(v.string()),
  session_duration_minutes: v.optional(int()),
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  intermediate_session_token: v.optional(v.string()),
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link authenticateMagicLink}. */
export type AuthenticateMagicLinkParams = v.InferInput<typeof AuthenticateMagicLinkParamsSchema>

/** Response of {@link authenticateMagicLink}. */
export interface AuthenticateMagicLinkResponse<Claims = Record<string, unknown>> {
  request_id: string
  member_id: string
  method_id: string
  reset_sessions: boolean
  organization_id: string
  member: Member
  session_token: string
  session_jwt: string
  organization: Organization
  intermediate_session_token: string
  member_authenticated: boolean
  status_code: number
  member_session?: Omit<MemberSession, 'custom_claims'> & { custom_claims: Claims }
  mfa_required?: MfaRequired
  primary_required?: PrimaryRequired
  member_device?: DeviceInfo
  intermediate_session_token_expires_at?: string
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/magic_links/authenticate',
  params: AuthenticateMagicLinkParamsSchema,
  claims: true,
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
