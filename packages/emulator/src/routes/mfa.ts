import { randomInt } from 'node:crypto'
import type {
  AuthenticateOtpSmsResponse,
  AuthenticateTotpResponse,
  AuthenticationFactor,
  CreateTotpResponse,
  GetRecoveryCodesResponse,
  MemberSession,
  MigrateTotpResponse,
  Organization,
  RecoverRecoveryCodesResponse,
  RotateRecoveryCodesResponse,
  SendOtpSmsResponse,
} from 'stytch-b2b'
import { type AuthenticationResult, completeAuthentication, findSession, sendSmsOtp } from '../auth.js'
import { type Body, optBool, optInt, optStr, optStrings, str, E164 } from '../body.js'
import { type Emulator, iso, newId, type Route, type Answer } from '../core.js'
import { badRequest, fail } from '../errors.js'
import { getMemberRecord, getOrg, touch, viewMember, viewOrg } from '../model.js'
import type { MemberRecord } from '../state.js'
import { newTotpSecret, totpCode, verifyTotp } from '../totp.js'

/** How many recovery codes a TOTP registration gets. */
const RECOVERY_CODE_COUNT = 10
const RECOVERY_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A recovery code like `x3k9-pq2m-7zt1`: 12 random characters in three groups. */
function newRecoveryCode(): string {
  const groups: string[] = []
  for (let g = 0; g < 3; g++) {
    let group = ''
    for (let i = 0; i < 4; i++) group += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]
    groups.push(group)
  }
  return groups.join('-')
}

function newRecoveryCodes(): string[] {
  const codes = new Set<string>()
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode())
  return [...codes]
}

/** The organization and the member of `organization_id`/`member_id` in the body. */
function target(em: Emulator, body: Body): { org: Organization; record: MemberRecord } {
  const org = getOrg(em, str(body, 'organization_id'))
  const record = getMemberRecord(em, org.organization_id, str(body, 'member_id'))
  if (record.member.status === 'deleted') fail(400, 'member_deleted', `The member ${record.member.member_id} is deleted; reactivate it first.`)
  return { org, record }
}

/** 403 unless the organization allows this MFA method (`sms_otp` or `totp`). */
function checkMfaMethod(org: Organization, method: 'sms_otp' | 'totp'): void {
  if (org.mfa_methods === 'RESTRICTED' && !org.allowed_mfa_methods.includes(method)) {
    fail(403, 'mfa_method_not_allowed', `The organization's allowed_mfa_methods do not include ${method}.`)
  }
}

/**
 * Checks, without using them up, that an intermediate session or session passed to a
 * send/create route belongs to the member; they are optional there.
 */
async function checkCaller(em: Emulator, body: Body, record: MemberRecord): Promise<void> {
  const ist = optStr(body, 'intermediate_session_token')
  if (ist) {
    const found = em.state.intermediate_sessions[ist]
    if (!found || found.expires_at <= em.now()) fail(404, 'intermediate_session_not_found', 'The intermediate session token is unknown, used or expired.')
    const same = found.member_id ? found.member_id === record.member.member_id : found.email_address === record.member.email_address
    if (!same) fail(400, 'intermediate_session_member_mismatch', 'The intermediate session belongs to another member.')
  }
  const sessionToken = optStr(body, 'session_token')
  const sessionJwt = optStr(body, 'session_jwt')
  if (sessionToken || sessionJwt) {
    const session = await findSession(em, { session_token: sessionToken, session_jwt: sessionJwt })
    if (session.session.member_id !== record.member.member_id) fail(400, 'session_member_mismatch', 'The session belongs to another member.')
  }
}

/** Second factors need exactly one of an intermediate session, a session token or a session JWT. */
function checkOneCredential(body: Body): void {
  const given = ['intermediate_session_token', 'session_token', 'session_jwt'].filter((f) => optStr(body, f) !== undefined)
  if (given.length !== 1) badRequest('intermediate_session_token', 'pass exactly one of intermediate_session_token, session_token or session_jwt')
}

/** Applies `set_mfa_enrollment` / `set_default_mfa` and the org's REQUIRED_FOR_ALL policy after a second factor. */
function applyEnrollment(org: Organization, record: MemberRecord, body: Body, method: 'sms_otp' | 'totp'): void {
  const enrollment = optStr(body, 'set_mfa_enrollment')
  if (enrollment !== undefined && enrollment !== 'enroll' && enrollment !== 'unenroll') badRequest('set_mfa_enrollment', 'must be "enroll" or "unenroll"')
  const setDefault = optBool(body, 'set_default_mfa')
  if (org.mfa_policy === 'REQUIRED_FOR_ALL' || enrollment === 'enroll') record.member.mfa_enrolled = true
  else if (enrollment === 'unenroll') record.member.mfa_enrolled = false
  if (setDefault) record.member.default_mfa_method = method
}

/** The fields of a second-factor authenticate response (the session's claims are always present). */
function mfaAnswer(result: AuthenticationResult) {
  return {
    member_id: result.member_id,
    member: result.member,
    organization: result.organization,
    session_token: result.session_token,
    session_jwt: result.session_jwt,
    ...(result.member_session && { member_session: result.member_session as MemberSession & { custom_claims: Record<string, unknown> } }),
  }
}

// ---- SMS OTP ----------------------------------------------------------------------------------

/**
 * Texts a code to the member's MFA phone number; a member without one gets the given number
 * linked (unverified until a code is authenticated). A different number than the linked one fails.
 */
async function sendSms({ em, body }: { em: Emulator; body: Body }) {
  const { org, record } = target(em, body)
  checkMfaMethod(org, 'sms_otp')
  const given = optStr(body, 'mfa_phone_number')
  if (given !== undefined && !E164.test(given)) badRequest('mfa_phone_number', 'must be an E.164 number such as +15555550100')
  const current = record.member.mfa_phone_number
  if (current !== '' && given !== undefined && given !== current) {
    fail(400, 'mfa_phone_number_mismatch', 'mfa_phone_number: the member already has a different MFA phone number; delete it first to link another.')
  }
  const phone = current || given
  if (!phone) return badRequest('mfa_phone_number', 'required: the member has no MFA phone number yet')
  await checkCaller(em, body, record)
  if (current === '') {
    record.member.mfa_phone_number = phone
    record.member.mfa_phone_number_verified = false
    touch(em, record)
  }
  sendSmsOtp(em, record, phone)
  return { member_id: record.member.member_id, member: viewMember(em, record), organization: viewOrg(org) } satisfies Answer<SendOtpSmsResponse>
}

async function authenticateSms({ em, body }: { em: Emulator; body: Body }) {
  const { org, record } = target(em, body)
  const code = str(body, 'code')
  checkOneCredential(body)
  const otp = em.state.otps[record.member.member_id]
  if (!otp) return fail(404, 'otp_code_not_found', 'No SMS code is pending for this member: send one first (codes are single-use).')
  if (otp.expires_at <= em.now()) fail(401, 'otp_code_expired', 'The SMS code has expired; send a new one.')
  if (otp.code !== code) fail(401, 'unable_to_auth_otp_code', 'code: does not match the latest SMS code sent to the member.')
  delete em.state.otps[record.member.member_id]
  record.member.mfa_phone_number = otp.phone_number
  record.member.mfa_phone_number_verified = true
  applyEnrollment(org, record, body, 'sms_otp')
  const factor: AuthenticationFactor = {
    type: 'otp',
    delivery_method: 'sms',
    last_authenticated_at: iso(em),
    phone_number_factor: { phone_id: `phone-number-test-${record.member.member_id.replace(/^member-test-/, '')}`, phone_number: otp.phone_number },
  }
  const result = await completeAuthentication(em, record, factor, body, { mfa: true })
  return mfaAnswer(result) satisfies Answer<AuthenticateOtpSmsResponse>
}

// ---- TOTP -------------------------------------------------------------------------------------

/** A data URL carrying the `otpauth://` URI an authenticator app would scan (not a QR image). */
function qrCode(org: Organization, record: MemberRecord, secret: string): string {
  const label = encodeURIComponent(`${org.organization_name}:${record.member.email_address}`)
  const uri = `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(org.organization_name)}&algorithm=SHA1&digits=6&period=30`
  return `data:text/plain;base64,${Buffer.from(uri).toString('base64')}`
}

function checkNoActiveTotp(record: MemberRecord): void {
  if (record.totp?.verified) {
    fail(400, 'active_totp_exists', 'The member already has a verified TOTP registration; delete it before creating another.')
  }
}

/** Creates an unverified TOTP registration (replacing an earlier unverified one) with fresh recovery codes. */
async function createTotp({ em, body }: { em: Emulator; body: Body }) {
  const { org, record } = target(em, body)
  checkMfaMethod(org, 'totp')
  const minutes = optInt(body, 'expiration_minutes')
  if (minutes !== undefined && (minutes < 5 || minutes > 1440)) badRequest('expiration_minutes', 'must be between 5 and 1440')
  checkNoActiveTotp(record)
  await checkCaller(em, body, record)
  const secret = newTotpSecret()
  const totp = { totp_id: newId('member-totp'), secret, verified: false, recovery_codes: newRecoveryCodes() }
  record.totp = totp
  touch(em, record)
  return {
    member_id: record.member.member_id,
    totp_registration_id: totp.totp_id,
    secret,
    qr_code: qrCode(org, record, secret),
    recovery_codes: [...totp.recovery_codes],
    member: viewMember(em, record),
    organization: viewOrg(org),
  } satisfies Answer<CreateTotpResponse>
}

async function authenticateTotp({ em, body }: { em: Emulator; body: Body }) {
  const { org, record } = target(em, body)
  const code = str(body, 'code')
  checkOneCredential(body)
  const totp = record.totp
  if (!totp) return fail(404, 'totp_not_found', 'The member has no TOTP registration: create one first.')
  if (!/^\d{6}$/.test(code)) badRequest('code', 'must be 6 digits')
  if (!verifyTotp(totp.secret, code, em.now())) fail(401, 'unable_to_auth_totp_code', 'code: does not match the current TOTP code of the member.')
  totp.verified = true
  record.member.totp_registration_id = totp.totp_id
  applyEnrollment(org, record, body, 'totp')
  const factor: AuthenticationFactor = {
    type: 'totp',
    delivery_method: 'authenticator_app',
    last_authenticated_at: iso(em),
    authenticator_app_factor: { totp_id: totp.totp_id },
  }
  const result = await completeAuthentication(em, record, factor, body, { mfa: true })
  return mfaAnswer(result) satisfies Answer<AuthenticateTotpResponse>
}

/** Imports a secret from another system: the registration is verified at once, recovery codes minted when none are given. */
function migrateTotp({ em, body }: { em: Emulator; body: Body }) {
  const { org, record } = target(em, body)
  const secret = str(body, 'secret').replace(/\s+/g, '').replace(/=+$/, '').toUpperCase()
  try {
    totpCode(secret, 0)
  } catch {
    badRequest('secret', 'must be a base32 (RFC 4648) TOTP secret')
  }
  if (secret.length < 16) badRequest('secret', 'must encode at least 80 bits (16 base32 characters)')
  const given = optStrings(body, 'recovery_codes') ?? badRequest('recovery_codes', 'an array of strings is required (it may be empty)')
  const codes = given.map((c) => c.trim().toLowerCase())
  if (codes.some((c) => c === '')) badRequest('recovery_codes', 'codes must be non-empty')
  if (new Set(codes).size !== codes.length) badRequest('recovery_codes', 'codes must be distinct')
  checkNoActiveTotp(record)
  const totp = { totp_id: newId('member-totp'), secret, verified: true, recovery_codes: codes.length > 0 ? codes : newRecoveryCodes() }
  record.totp = totp
  record.member.totp_registration_id = totp.totp_id
  touch(em, record)
  return {
    member_id: record.member.member_id,
    member: viewMember(em, record),
    organization: viewOrg(org),
    totp_registration_id: totp.totp_id,
    recovery_codes: [...totp.recovery_codes],
  } satisfies Answer<MigrateTotpResponse>
}

// ---- recovery codes ---------------------------------------------------------------------------

/** The member's verified TOTP registration, or 404. */
function verifiedTotp(record: MemberRecord): NonNullable<MemberRecord['totp']> {
  const totp = record.totp
  if (!totp?.verified) return fail(404, 'totp_not_found', 'The member has no verified TOTP registration, so it has no recovery codes.')
  return totp
}

function getCodes({ em, params }: { em: Emulator; params: Readonly<Record<string, string>> }) {
  const { org, record } = target(em, params)
  const totp = verifiedTotp(record)
  return { member_id: record.member.member_id, member: viewMember(em, record), organization: viewOrg(org), recovery_codes: [...totp.recovery_codes] } satisfies Answer<GetRecoveryCodesResponse>
}

function rotateCodes({ em, body }: { em: Emulator; body: Body }) {
  const { org, record } = target(em, body)
  const totp = verifiedTotp(record)
  totp.recovery_codes = newRecoveryCodes()
  touch(em, record)
  return { member_id: record.member.member_id, member: viewMember(em, record), organization: viewOrg(org), recovery_codes: [...totp.recovery_codes] } satisfies Answer<RotateRecoveryCodesResponse>
}

async function recover({ em, body }: { em: Emulator; body: Body }) {
  const { record } = target(em, body)
  const code = str(body, 'recovery_code').trim().toLowerCase()
  checkOneCredential(body)
  const totp = verifiedTotp(record)
  const index = totp.recovery_codes.indexOf(code)
  if (index < 0) fail(401, 'unable_to_auth_recovery_code', 'recovery_code: not an unused recovery code of this member.')
  totp.recovery_codes.splice(index, 1)
  const factor: AuthenticationFactor = {
    type: 'recovery_codes',
    delivery_method: 'recovery_code',
    last_authenticated_at: iso(em),
    recovery_code_factor: { totp_recovery_code_id: totp.totp_id },
  }
  const result = await completeAuthentication(em, record, factor, body, { mfa: true })
  return { ...mfaAnswer(result), recovery_codes_remaining: totp.recovery_codes.length } satisfies Answer<RecoverRecoveryCodesResponse>
}

/** Routes of the `mfa` group: SMS OTP, TOTP and recovery codes. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/otps/sms/send', handler: sendSms },
  { method: 'POST', path: '/v1/b2b/otps/sms/authenticate', handler: authenticateSms },
  { method: 'POST', path: '/v1/b2b/totp', handler: createTotp },
  { method: 'POST', path: '/v1/b2b/totp/authenticate', handler: authenticateTotp },
  { method: 'POST', path: '/v1/b2b/totp/migrate', handler: migrateTotp },
  { method: 'GET', path: '/v1/b2b/recovery_codes/{organization_id}/{member_id}', handler: getCodes },
  { method: 'POST', path: '/v1/b2b/recovery_codes/rotate', handler: rotateCodes },
  { method: 'POST', path: '/v1/b2b/recovery_codes/recover', handler: recover },
]
