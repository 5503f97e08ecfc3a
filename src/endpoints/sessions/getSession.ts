// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/sessions
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { MemberSession } from '../models.js'

/** Schema of {@link GetSessionParams}: strict, so a misspelt key fails before sending. */
export const GetSessionParamsSchema = v.strictObject({
  organization_id: v.string(),
  member_id: v.string(),
})

/** Params of {@link getSession}. */
export type GetSessionParams = v.InferInput<typeof GetSessionParamsSchema>

/** Response of {@link getSession}. */
export interface GetSessionResponse {
  request_id: string
  member_sessions: MemberSession[]
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: '/v1/b2b/sessions',
  params: GetSessionParamsSchema,
  response: { request_id: 's', member_sessions: 'a', status_code: 'n' },
}

/**
 * Lists the active sessions of a member.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/get-session
 */
export function getSession(
  ctx: Context,
  params: GetSessionParams,
  options?: CallOptions,
): Promise<GetSessionResponse> {
  return call(ctx, endpoint, params, options)
}
