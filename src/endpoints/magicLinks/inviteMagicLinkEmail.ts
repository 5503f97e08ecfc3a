// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/magic_links/email/invite
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum, strict } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Schema of {@link InviteMagicLinkEmailParams}: strict, so a misspelt key fails before sending. */
export const InviteMagicLinkEmailParamsSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  email_address: v.string(),
  /** An absolute URL. */
  invite_redirect_url: v.optional(v.string()),
  invited_by_member_id: v.optional(v.string()),
  name: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Id of a custom email template configured in the Stytch dashboard; empty for the default one. */
  invite_template_id: v.optional(v.string()),
  /** Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`. */
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  roles: v.optional(v.array(v.string())),
  /** How long the link or code stays valid, in minutes. */
  invite_expiration_minutes: v.optional(int()),
})

/** Params of {@link inviteMagicLinkEmail}. */
export type InviteMagicLinkEmailParams = v.InferInput<typeof InviteMagicLinkEmailParamsSchema>

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
  path: '/v1/b2b/magic_links/email/invite',
  params: InviteMagicLinkEmailParamsSchema,
  auth: true,
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
