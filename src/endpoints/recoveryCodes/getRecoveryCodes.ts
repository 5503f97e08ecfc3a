// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: GET /v1/b2b/recovery_codes/{organization_id}/{member_id}
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { retrying } from '../../core/retry.js'
import { encodeQuery } from '../../core/url.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link getRecoveryCodes}; a key it does not name fails before sending. */
export interface GetRecoveryCodesParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
}

/** Response of {@link getRecoveryCodes}. */
export interface GetRecoveryCodesResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member: Member
  organization: Organization
  recovery_codes: string[]
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'GET',
  path: ['/v1/b2b/recovery_codes/', 'organization_id', '/', 'member_id'],
  params: { organization_id: 'S', member_id: 'S' },
  query: encodeQuery,
  retry: retrying,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', recovery_codes: 'a', status_code: 'n' },
}

/**
 * Lists a member’s unused TOTP recovery codes.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/recovery-codes-get
 */
export function getRecoveryCodes(
  ctx: Context,
  params: GetRecoveryCodesParams,
  options?: CallOptions,
): Promise<GetRecoveryCodesResponse> {
  return call(ctx, endpoint, params, options)
}
