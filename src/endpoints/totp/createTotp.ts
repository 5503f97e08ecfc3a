// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/totp
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link createTotp}; a key it does not name fails before sending. */
export interface CreateTotpParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  /** A duration in minutes. */
  expiration_minutes?: number | undefined
  /** Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session. */
  intermediate_session_token?: string | undefined
  /** Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie. */
  session_token?: string | undefined
  /** The member session as a short-lived signed JWT, verifiable locally with the project keys. */
  session_jwt?: string | undefined
}

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
  path: ['/v1/b2b/totp'],
  params: { organization_id: 'S', member_id: 'S', expiration_minutes: 'i', intermediate_session_token: 's', session_token: 's', session_jwt: 's' },
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
