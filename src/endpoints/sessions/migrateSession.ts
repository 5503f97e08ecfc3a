// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sessions/migrate
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, MemberSession, Organization } from '../models.js'

/** Params of {@link migrateSession}; a key it does not name fails before sending. */
export interface MigrateSessionParams {
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: string
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Lifetime of the session to issue or extend, in minutes (5 to 527040). */
  session_duration_minutes?: number | undefined
  /** Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused). */
  session_custom_claims?: Record<string, unknown> | undefined
}

/** Response of {@link migrateSession}. */
export interface MigrateSessionResponse {
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
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/sessions/migrate'],
  params: { session_token: 'S', organization_id: 'S', session_duration_minutes: 'i', session_custom_claims: 'r' },
  response: { request_id: 's', member_id: 's', session_token: 's', session_jwt: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Creates a Stytch session from a session of another identity provider.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/migrate-session
 */
export function migrateSession(
  ctx: Context,
  params: MigrateSessionParams,
  options?: CallOptions,
): Promise<MigrateSessionResponse> {
  return call(ctx, endpoint, params, options)
}
