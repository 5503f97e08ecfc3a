// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/organizations/{organization_id}/members/{member_id}/start_email_update
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link startMemberEmailUpdate}; a key it does not name fails before sending. */
export interface StartMemberEmailUpdateParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  email_address: string
  /** An absolute URL. */
  login_redirect_url?: string | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | (string & {}) | undefined
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  login_template_id?: string | undefined
  delivery_method?: 'EMAIL_MAGIC_LINK' | 'EMAIL_OTP' | (string & {}) | undefined
}

/** Response of {@link startMemberEmailUpdate}. */
export interface StartMemberEmailUpdateResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member: Member
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id', '/start_email_update'],
  params: { organization_id: 'S', member_id: 'S', email_address: 'S', login_redirect_url: 's', locale: 's', login_template_id: 's', delivery_method: 's' },
  auth: memberSession,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Begins moving a member to a new email address by sending a magic link or passcode there.
 *
 * Hint: Nothing changes until the member authenticates with what was sent, which expires after 5
 * minutes.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/start-member-email-update
 */
export function startMemberEmailUpdate(
  ctx: Context,
  params: StartMemberEmailUpdateParams,
  options?: AuthorizedCallOptions,
): Promise<StartMemberEmailUpdateResponse> {
  return call(ctx, endpoint, params, options)
}
