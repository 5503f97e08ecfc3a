// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/magic_links/email/invite
import { memberSession } from '../../core/auth.js'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Params of {@link inviteMagicLinkEmail}; a key it does not name fails before sending. */
export interface InviteMagicLinkEmailParams {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  email_address: string
  /** An absolute URL. */
  invite_redirect_url?: string | undefined
  invited_by_member_id?: string | undefined
  name?: string | undefined
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown> | undefined
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata?: Record<string, unknown> | undefined
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  invite_template_id?: string | undefined
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale?: 'en' | 'es' | 'pt-br' | 'fr' | (string & {}) | undefined
  roles?: string[] | undefined
  /** How long the link or code stays valid, in minutes. */
  invite_expiration_minutes?: number | undefined
}

/** Response of {@link inviteMagicLinkEmail}. */
export interface InviteMagicLinkEmailResponse {
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
  path: ['/v1/b2b/magic_links/email/invite'],
  params: { organization_id: 'S', email_address: 'S', invite_redirect_url: 's', invited_by_member_id: 's', name: 's', trusted_metadata: 'r', untrusted_metadata: 'r', invite_template_id: 's', locale: 's', roles: ['a', 's'], invite_expiration_minutes: 'i' },
  auth: memberSession,
  response: { request_id: 's', member_id: 's', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Emails an invitation magic link that creates the member as invited.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/send-invite-email
 */
export function inviteMagicLinkEmail(
  ctx: Context,
  params: InviteMagicLinkEmailParams,
  options?: AuthorizedCallOptions,
): Promise<InviteMagicLinkEmailResponse> {
  return call(ctx, endpoint, params, options)
}
