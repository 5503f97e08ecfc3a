// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sessions/revoke
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'

/** Params of {@link revokeSession}; a key it does not name fails before sending. */
export interface RevokeSessionParams {
  /** Id of the member session. */
  member_session_id?: string | undefined
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
  /** Id of the member (`member-…`). */
  member_id?: string | undefined
}

/** Response of {@link revokeSession}. */
export interface RevokeSessionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/sessions/revoke'],
  params: { member_session_id: 's', session_token: 's', session_jwt: 's', member_id: 's' },
  auth: memberSession,
  response: { request_id: 's', status_code: 'n' },
}

/**
 * Revokes a session by id, token or JWT, or every session of a member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/revoke-session
 */
export function revokeSession(
  ctx: Context,
  params?: RevokeSessionParams,
  options?: AuthorizedCallOptions,
): Promise<RevokeSessionResponse> {
  return call(ctx, endpoint, params, options)
}
