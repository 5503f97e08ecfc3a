// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/sessions
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { MemberSession } from '../models.js'

/** Schema of {@link ListSessionsParams}: strict, so a misspelt key fails before sending. */
export const ListSessionsParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
})

/** Params of {@link listSessions}. */
export type ListSessionsParams = v.InferInput<typeof ListSessionsParamsSchema>

/** Response of {@link listSessions}. */
export interface ListSessionsResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  member_sessions: MemberSession[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: '/v1/b2b/sessions',
  params: ListSessionsParamsSchema,
  response: { request_id: 's', member_sessions: 'a', status_code: 'n' },
}

/**
 * Lists the active sessions of a member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-session
 */
export function listSessions(
  ctx: Context,
  params: ListSessionsParams,
  options?: CallOptions,
): Promise<ListSessionsResponse> {
  return call(ctx, endpoint, params, options)
}
