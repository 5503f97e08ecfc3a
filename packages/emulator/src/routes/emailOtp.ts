import { randomInt, timingSafeEqual } from 'node:crypto'
import type {
  AuthenticateOtpEmailDiscoveryResponse,
  AuthenticateOtpEmailResponse,
  LoginOrSignupOtpEmailResponse,
  SendOtpEmailDiscoveryResponse,
} from 'stytch-b2b'
import { completeAuthentication, discoveryResult, emailFactor, emailId, issueToken } from '../auth.js'
import { type Body, optInt, str } from '../body.js'
import { type Answer, type Emulator, type RequestContext, type Route, deliver } from '../core.js'
import { changeEmail } from '../emailChange.js'
import { emailJitAllowed, refuseJit, requireAuthMethod, withCustomClaims } from '../emailAuth.js'
import { badRequest, fail } from '../errors.js'
import { addMember, findMemberByEmail, getOrg, newMemberRecord, normalizeEmail, viewMember, viewOrg } from '../model.js'
import type { MemberRecord, TokenRecord } from '../state.js'

// Email one-time passcodes: a primary factor inside an organization (login or signup) and in the
// discovery flow. A pending passcode is a single-use record in `tokens` (its key is never shown)
// holding the 6-digit code; a new code for the same address and purpose cancels the earlier one.

/** Minutes a passcode lives unless the request's expiration field says otherwise. */
export const EMAIL_OTP_MINUTES = 10

/** What a pending email passcode is for. */
export type EmailOtpPurpose = 'login' | 'discovery' | 'email_update'

/** An optional expiration field of a passcode, in minutes (1 to 1440), or {@link EMAIL_OTP_MINUTES}. */
function otpMinutes(body: Body, field: string): number {
  const minutes = optInt(body, field)
  if (minutes === undefined) return EMAIL_OTP_MINUTES
  if (minutes < 1 || minutes > 1440) badRequest(field, 'must be between 1 and 1440 minutes')
  return minutes
}

/** Pending passcodes of `kind` for `email` in `organizationId` (none for discovery). */
function pending(em: Emulator, kind: TokenRecord['kind'], email: string, organizationId: string | undefined): TokenRecord[] {
  return Object.values(em.state.tokens).filter((t) => t.kind === kind && t.email_address === email && t.organization_id === organizationId)
}

/** Stores a new 6-digit passcode for `email` and returns it, cancelling any earlier passcode of the same kind and purpose for that address. */
export function issueEmailOtp(
  em: Emulator,
  fields: { kind: 'email_otp' | 'discovery_email_otp'; email_address: string; organization_id?: string; member_id?: string; purpose: EmailOtpPurpose },
  minutes: number,
): string {
  const { purpose, ...rest } = fields
  for (const t of pending(em, fields.kind, fields.email_address, fields.organization_id)) if (t.data['purpose'] === purpose) delete em.state.tokens[t.token]
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  issueToken(em, { ...rest, data: { code, purpose } }, minutes)
  return code
}

function sameCode(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))
}

/**
 * Uses up the pending passcode `code` for `email`: 404 `otp_code_not_found` when none is pending,
 * 401 `unable_to_auth_otp_code` for a wrong code (which leaves the passcode pending),
 * 401 `otp_code_expired` when it has expired.
 */
function redeem(em: Emulator, kind: 'email_otp' | 'discovery_email_otp', email: string, organizationId: string | undefined, code: string): TokenRecord {
  if (!/^\d{6}$/.test(code)) badRequest('code', 'must be 6 digits')
  const candidates = pending(em, kind, email, organizationId)
  if (candidates.length === 0) return fail(404, 'otp_code_not_found', `No passcode is pending for ${email}${organizationId ? ` in organization ${organizationId}` : ''}; send one first.`)
  const match = candidates.find((t) => sameCode(String(t.data['code']), code))
  if (!match) return fail(401, 'unable_to_auth_otp_code', `code: does not match the passcode sent to ${email}.`)
  delete em.state.tokens[match.token]
  if (match.expires_at <= em.now()) fail(401, 'otp_code_expired', 'code: the passcode has expired; send a new one.')
  return match
}

/** Throws 400 `inactive_member` for a deleted member. */
function requireLiveMember(record: MemberRecord): void {
  if (record.member.status === 'deleted') fail(400, 'inactive_member', `The member ${record.member.member_id} is deleted; reactivate it first.`)
}

function loginOrSignup({ em, body }: RequestContext): Answer<LoginOrSignupOtpEmailResponse> {
  const org = getOrg(em, str(body, 'organization_id'))
  const email = normalizeEmail(str(body, 'email_address'))
  requireAuthMethod(org, 'email_otp')
  const loginMinutes = otpMinutes(body, 'login_expiration_minutes')
  const signupMinutes = otpMinutes(body, 'signup_expiration_minutes')
  let record = findMemberByEmail(em, org.organization_id, email)
  let created = false
  if (record) requireLiveMember(record)
  else {
    if (!emailJitAllowed(org, email)) refuseJit(org, email)
    record = addMember(em, newMemberRecord(em, org, email, {}, 'pending'))
    created = true
  }
  // Active members get a login code; new, pending and invited ones a signup code.
  const minutes = record.member.status === 'active' ? loginMinutes : signupMinutes
  const member_id = record.member.member_id
  const code = issueEmailOtp(em, { kind: 'email_otp', email_address: email, organization_id: org.organization_id, member_id, purpose: 'login' }, minutes)
  deliver(em, { channel: 'email', to: email, template: 'otp', organization_id: org.organization_id, member_id, code })
  return { member_id, member_created: created, member: viewMember(em, record), organization: viewOrg(org) }
}

async function authenticate({ em, body }: RequestContext): Promise<Answer<AuthenticateOtpEmailResponse>> {
  const org = getOrg(em, str(body, 'organization_id'))
  const email = normalizeEmail(str(body, 'email_address'))
  const otp = redeem(em, 'email_otp', email, org.organization_id, str(body, 'code'))
  const record = otp.member_id ? em.state.members[otp.member_id] : undefined
  if (!record || record.member.organization_id !== org.organization_id) return fail(404, 'member_not_found', 'The member this passcode was sent to no longer exists.')
  requireLiveMember(record)
  if (otp.data['purpose'] === 'email_update') {
    // The passcode went to the member's new address: redeeming it completes the change.
    changeEmail(em, record, email, true)
  } else {
    requireAuthMethod(org, 'email_otp')
    if (record.member.email_address !== email) return fail(404, 'member_not_found', `${email} is no longer the email address of member ${record.member.member_id}.`)
  }
  const result = await completeAuthentication(em, record, emailFactor(em, 'email_otp', record.member), body)
  return { ...withCustomClaims(result), method_id: emailId(record.member) }
}

function discoverySend({ em, body }: RequestContext): Answer<SendOtpEmailDiscoveryResponse> {
  const email = normalizeEmail(str(body, 'email_address'))
  const minutes = otpMinutes(body, 'discovery_expiration_minutes')
  const code = issueEmailOtp(em, { kind: 'discovery_email_otp', email_address: email, purpose: 'discovery' }, minutes)
  deliver(em, { channel: 'email', to: email, template: 'discovery_otp', code })
  return {}
}

function discoveryAuthenticate({ em, body }: RequestContext): Answer<AuthenticateOtpEmailDiscoveryResponse> {
  const email = normalizeEmail(str(body, 'email_address'))
  redeem(em, 'discovery_email_otp', email, undefined, str(body, 'code'))
  return discoveryResult(em, email, emailFactor(em, 'email_otp', { email_address: email }))
}

/** The email OTP routes of the `otp` group. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/otps/email/login_or_signup', handler: loginOrSignup },
  { method: 'POST', path: '/v1/b2b/otps/email/authenticate', handler: authenticate },
  { method: 'POST', path: '/v1/b2b/otps/email/discovery/send', handler: discoverySend },
  { method: 'POST', path: '/v1/b2b/otps/email/discovery/authenticate', handler: discoveryAuthenticate },
]
