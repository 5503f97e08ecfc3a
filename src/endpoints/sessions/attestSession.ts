// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sessions/attest
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, Organization } from '../models.js'

/** Schema of {@link AttestSessionParams}: strict, so a misspelt key fails before sending. */
export const AttestSessionParamsSchema = v.strictObject({
  profile_id: v.string(),
  token: v.string(),
  organization_id: v.optional(v.string()),
  session_duration_minutes: v.optional(int()),
  session_custom_claims: v.optional(v.record(v.string(), v.unknown())),
  session_token: v.optional(v.string()),
  session_jwt: v.optional(v.string()),
  telemetry_id: v.optional(v.string()),
})

/** Params of {@link attestSession}. */
export type AttestSessionParams = v.InferInput<typeof AttestSessionParamsSchema>

/** Response of {@link attestSession}. */
export interface AttestSessionResponse {
  request_id: string
  member_id: string
  member_session: MemberSession
  session_token: string
  session_jwt: string
  member: Member
  organization: Organization
  status_code: number
  member_device?: DeviceInfo
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/sessions/attest',
  params: AttestSessionParamsSchema,
  response: { request_id: 's', member_id: 's', member_session: 'o', session_token: 's', session_jwt: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Turns a token from a trusted external identity provider into a member session, or adds it as a
 * factor to an existing one.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/attest-session
 */
export function attestSession(
  ctx: Context,
  params: AttestSessionParams,
  options?: CallOptions,
): Promise<AttestSessionResponse> {
  return call(ctx, endpoint, params, options)
}
