// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/magic_links/email/invite
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { int, openEnum } from '../../core/schema.js'
import type { Endpoint, AuthorizedCallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'

/** Schema of {@link InviteMagicLinkEmailParams}: strict, so a misspelt key fails before sending. */
export const InviteMagicLinkEmailParamsSchema = v.strictObject({
  organization_id: v.string(),
  email_address: v.string(),
  invite_redirect_url: v.optional(v.string()),
  invited_by_member_id: v.optional(v.string()),
  name: v.optional(v.string()),
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  untrusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  invite_template_id: v.optional(v.string()),
  locale: v.optional(openEnum<'en' | 'es' | 'pt-br' | 'fr'>()),
  roles: v.optional(v.array(v.string())),
  invite_expiration_minutes: v.optional(int()),
})

/** Params of {@link inviteMagicLinkEmail}. */
export type InviteMagicLinkEmailParams = v.InferInput<typeof InviteMagicLinkEmailParamsSchema>

/** Response of {@link inviteMagicLinkEmail}. */
export interface InviteMagicLinkEmailResponse {
  request_id: string
  member_id: string
  member: Member
  organization: Organization
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
