// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/sessions
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { MemberSession } from '../models.js'

/** Params of {@link listSessions}; a key it does not name fails before sending. */
export interface ListSessionsParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
}

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
  path: ['/v1/b2b/sessions'],
  params: { organization_id: 'S', member_id: 'S' },
  query: encodeQuery,
  retry: retrying,
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
