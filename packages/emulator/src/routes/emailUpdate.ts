import type { StartMemberEmailUpdateResponse } from 'stytch-b2b'
import { issueToken } from '../auth.js'
import { optStr, str } from '../body.js'
import { type Answer, type RequestContext, type Route, deliver, onPathMember } from '../core.js'
import { checkEmailFree } from '../emailChange.js'
import { emailLink, redirectUrl } from '../emailAuth.js'
import { badRequest } from '../errors.js'
import { normalizeEmail } from '../model.js'
import { issueEmailOtp } from './emailOtp.js'
import { liveMember, memberAnswer } from './members.js'

// `startMemberEmailUpdate` sends a magic link (redeemed by `authenticateMagicLink`) or a passcode
// (redeemed by `authenticateOtpEmail` with the new address) to the new address; nothing changes
// until it is redeemed, which moves the member to the new address and ends in a session.

/** Minutes the magic link or passcode of an email update lives, as Stytch's: five. */
export const EMAIL_UPDATE_MINUTES = 5

const DELIVERY_METHODS = ['EMAIL_MAGIC_LINK', 'EMAIL_OTP'] as const

function start(rc: RequestContext): Answer<StartMemberEmailUpdateResponse> {
  const { em, body, params } = rc
  const record = liveMember(em, params['organization_id'] ?? '', params['member_id'] ?? '')
  const m = record.member
  const email = normalizeEmail(str(body, 'email_address'))
  if (email === m.email_address) badRequest('email_address', 'is already the email address of the member')
  checkEmailFree(em, m.organization_id, email, m.member_id)
  const method = optStr(body, 'delivery_method') ?? 'EMAIL_MAGIC_LINK'
  if (!(DELIVERY_METHODS as readonly string[]).includes(method)) badRequest('delivery_method', `must be one of ${DELIVERY_METHODS.join(', ')}`)
  const redirect = redirectUrl(body, 'login_redirect_url')
  // Only the newest email update of a member can be completed.
  for (const t of Object.values(em.state.tokens)) {
    if (t.member_id === m.member_id && (t.kind === 'email_update' || (t.kind === 'email_otp' && t.data['purpose'] === 'email_update'))) delete em.state.tokens[t.token]
  }
  const ids = { organization_id: m.organization_id, member_id: m.member_id }
  if (method === 'EMAIL_OTP') {
    const code = issueEmailOtp(em, { kind: 'email_otp', email_address: email, ...ids, purpose: 'email_update' }, EMAIL_UPDATE_MINUTES)
    deliver(em, { channel: 'email', to: email, template: 'email_update', ...ids, code })
  } else {
    const token = issueToken(em, { kind: 'email_update', email_address: email, ...ids }, EMAIL_UPDATE_MINUTES)
    deliver(em, { channel: 'email', to: email, template: 'email_update', ...ids, token: token.token, link: emailLink(redirect, 'multi_tenant_magic_links', token.token) })
  }
  return memberAnswer(em, record)
}

/** `Organizations.Members.StartEmailUpdate`; a member may start its own update (`stytch.self`). */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/organizations/{organization_id}/members/{member_id}/start_email_update', authorize: onPathMember('update'), handler: start },
]
