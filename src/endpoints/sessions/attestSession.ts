// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sessions/attest
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { DeviceInfo, Member, MemberSession, Organization } from '../models.js'

/** Params of {@link attestSession}; a key it does not name fails before sending. */
export interface AttestSessionParams {
  profile_id: string
  token: string
  /** Id of the organization (`organization-…`). */
  organization_id?: string | undefined
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id?: string | undefined
}

/** Response of {@link attestSession}. */
export interface AttestSessionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member_session: MemberSession
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: string
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: string
  member: Member
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
  member_device?: DeviceInfo
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/sessions/attest'],
  params: { profile_id: 'S', token: 'S', organization_id: 's', session_duration_minutes: 'i', session_custom_claims: 'r', session_token: 's', session_jwt: 's', telemetry_id: 's' },
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
