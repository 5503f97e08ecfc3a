// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/sessions/revoke
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'

/** Schema of {@link RevokeSessionParams}: strict, so a misspelt key fails before sending. */
export const RevokeSessionParamsSchema = strict({
  /** Id of the member session. */
  member_session_id: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
  /** Id of the member (`member-…`). */
  member_id: v.optional(v.string()),
})

/** Params of {@link revokeSession}. */
export type RevokeSessionParams = v.InferInput<typeof RevokeSessionParamsSchema>

/** Response of {@link revokeSession}. */
export interface RevokeSessionResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/sessions/revoke',
  params: RevokeSessionParamsSchema,
  auth: true,
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
