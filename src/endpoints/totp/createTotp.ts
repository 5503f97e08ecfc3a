// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/totp
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Schema of {@link CreateTotpParams}: strict, so a misspelt key fails before sending. */
export const CreateTotpParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  /** Id of the member (`member-…`). */
  member_id: v.string(),
  /** A duration in minutes. */
  expiration_minutes: v.optional(int()),
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token: v.optional(v.string()),
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token: v.optional(v.string()),
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt: v.optional(v.string()),
})

/** Params of {@link createTotp}. */
export type CreateTotpParams = v.InferInput<typeof CreateTotpParamsSchema>

/** Response of {@link createTotp}. */
export interface CreateTotpResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  totp_registration_id: string
  secret: string
  qr_code: string
  recovery_codes: string[]
  member: Member
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/totp',
  params: CreateTotpParamsSchema,
  response: { request_id: 's', member_id: 's', totp_registration_id: 's', secret: 's', qr_code: 's', recovery_codes: 'a', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Creates a TOTP registration for a member and returns its secret and recovery codes.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/totp-create
 */
export function createTotp(
  ctx: Context,
  params: CreateTotpParams,
  options?: CallOptions,
): Promise<CreateTotpResponse> {
  return call(ctx, endpoint, params, options)
}
