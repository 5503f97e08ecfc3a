// End to end: SMS OTP, TOTP and recovery codes through the library, completing the MFA step that
// an OAuth login into a REQUIRED_FOR_ALL organization leaves open; and email OTP, a primary factor
// inside an organization and in the discovery flow.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { base32, totpCode, verifyTotp } from '../src/totp.js'
import {
  authenticateOauth,
  authenticateOtpEmail,
  authenticateOtpEmailDiscovery,
  authenticateOtpSms,
  authenticateSession,
  authenticateTotp,
  createMember,
  createOrganization,
  createTotp,
  exchangeDiscoveryIntermediateSession,
  getMember,
  getRecoveryCodes,
  loginOrSignupOtpEmail,
  migrateTotp,
  recoverRecoveryCodes,
  rotateRecoveryCodes,
  sendOtpEmailDiscovery,
  sendOtpSms,
  type CreateOrganizationParams,
} from 'stytch-b2b'
import { apiError, mintToken, useEmulator } from './harness.js'

let skewMs = 0
const now = (): number => Date.now() + skewMs
const setup = useEmulator('mfa', { now })

let counter = 0
const unique = (): string => `${Date.now().toString(36)}-${++counter}`
const RECOVERY_CODE = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

async function orgWithMember(settings: Partial<CreateOrganizationParams> = {}, memberFields: { mfa_phone_number?: string } = {}) {
  const { organization } = await createOrganization(setup.ctx, { organization_name: `MFA ${unique()}`, ...settings })
  const email = `mfa-${unique()}@example.com`
  const { member } = await createMember(setup.ctx, { organization_id: organization.organization_id, email_address: email, ...memberFields })
  const ids = { organization_id: organization.organization_id, member_id: member.member_id }
  const login = async () => authenticateOauth(setup.ctx, { oauth_token: await mintToken(setup.emulator, 'oauth', { provider: 'google', email_address: email, organization_id: organization.organization_id }) })
  return { organization, member, email, ids, login }
}

/** The code of the latest SMS the emulator "sent" to `phone`. */
function latestSmsCode(phone: string): string {
  const messages = setup.emulator.outbox({ to: phone, template: 'otp' })
  expect(messages.length).toBeGreaterThan(0)
  return messages.at(-1)!.code!
}

describe('SMS OTP', () => {
  it('completes MFA after an OAuth login: send, authenticate, single use', async () => {
    const { ids, login } = await orgWithMember({ mfa_policy: 'REQUIRED_FOR_ALL' })
    const first = await login()
    expect(first.member_authenticated).toBe(false)
    const ist = first.intermediate_session_token
    expect(ist).not.toBe('')

    const phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`
    const sent = await sendOtpSms(setup.ctx, { ...ids, mfa_phone_number: phone, intermediate_session_token: ist })
    expect(sent.member).toMatchObject({ mfa_phone_number: phone, mfa_phone_number_verified: false })
    const code = latestSmsCode(phone)
    expect(code).toMatch(/^\d{6}$/)

    const wrong = code === '000000' ? '111111' : '000000'
    expect(await apiError(authenticateOtpSms(setup.ctx, { ...ids, code: wrong, intermediate_session_token: ist }))).toMatchObject({ status: 401, code: 'unable_to_auth_otp_code' })
    // The failed attempt used up nothing: the same intermediate session and code still work.
    const done = await authenticateOtpSms(setup.ctx, { ...ids, code, intermediate_session_token: ist, session_duration_minutes: 15 })
    expect(done.session_token).not.toBe('')
    expect(done.member).toMatchObject({ mfa_phone_number_verified: true, mfa_enrolled: true })
    expect(done.member_session?.authentication_factors.map((f) => `${f.type}/${f.delivery_method}`)).toEqual(['oauth/oauth_google', 'otp/sms'])
    expect(done.member_session?.authentication_factors[1]?.phone_number_factor?.phone_number).toBe(phone)
    await expect(authenticateSession(setup.ctx, { session_token: done.session_token })).resolves.toMatchObject({ member: { member_id: ids.member_id } })

    // Code and intermediate session are single-use.
    expect(await apiError(authenticateOtpSms(setup.ctx, { ...ids, code, session_token: done.session_token }))).toMatchObject({ status: 404, code: 'otp_code_not_found' })
    await sendOtpSms(setup.ctx, ids)
    expect(await apiError(authenticateOtpSms(setup.ctx, { ...ids, code: latestSmsCode(phone), intermediate_session_token: ist }))).toMatchObject({ status: 404, code: 'intermediate_session_not_found' })

    // With a verified phone, the next primary login texts a code by itself.
    const before = setup.emulator.outbox({ to: phone }).length
    const second = await login()
    expect(second.mfa_required).toEqual({ member_options: { mfa_phone_number: phone, totp_registration_id: '' }, secondary_auth_initiated: 'sms_otp' })
    expect(setup.emulator.outbox({ to: phone })).toHaveLength(before + 1)
    const full = await authenticateOtpSms(setup.ctx, { ...ids, code: latestSmsCode(phone), intermediate_session_token: second.intermediate_session_token })
    expect(full.member_session?.member_id).toBe(ids.member_id)
  })

  it('steps up an existing session, and refuses a second factor without any session', async () => {
    const { ids, login } = await orgWithMember({}, { mfa_phone_number: '+15555550111' })
    const session = await login()
    expect(session.member_authenticated).toBe(true)
    await sendOtpSms(setup.ctx, { ...ids, session_token: session.session_token })
    const code = latestSmsCode('+15555550111')
    expect(await apiError(authenticateOtpSms(setup.ctx, { ...ids, code }))).toMatchObject({ status: 400, code: 'invalid_request' })
    const stepped = await authenticateOtpSms(setup.ctx, { ...ids, code, session_token: session.session_token, set_mfa_enrollment: 'enroll', set_default_mfa: true })
    expect(stepped.member_session?.member_session_id).toBe(session.member_session?.member_session_id)
    expect(stepped.member).toMatchObject({ mfa_enrolled: true, default_mfa_method: 'sms_otp' })
    expect(stepped.session_token).toBe(session.session_token)
  })

  it('checks the phone number, the member and the organization policy', async () => {
    const { ids } = await orgWithMember({}, { mfa_phone_number: '+15555550112' })
    expect(await apiError(sendOtpSms(setup.ctx, { ...ids, mfa_phone_number: '+15555550999' }))).toMatchObject({ status: 400, code: 'mfa_phone_number_mismatch' })
    const bare = await orgWithMember()
    expect(await apiError(sendOtpSms(setup.ctx, bare.ids))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(sendOtpSms(setup.ctx, { ...bare.ids, mfa_phone_number: '555-0100' }))).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(await apiError(sendOtpSms(setup.ctx, { ...ids, member_id: 'member-test-missing' }))).toMatchObject({ status: 404, code: 'member_not_found' })
    // Another member's session may not be passed along.
    const other = await bare.login()
    expect(await apiError(sendOtpSms(setup.ctx, { ...ids, session_token: other.session_token }))).toMatchObject({ status: 400, code: 'session_member_mismatch' })

    const totpOnly = await orgWithMember({ mfa_methods: 'RESTRICTED', allowed_mfa_methods: ['totp'] }, { mfa_phone_number: '+15555550113' })
    expect(await apiError(sendOtpSms(setup.ctx, totpOnly.ids))).toMatchObject({ status: 403, code: 'mfa_method_not_allowed' })
  })

  it('expires codes', async () => {
    const { ids, login } = await orgWithMember({}, { mfa_phone_number: '+15555550114' })
    const session = await login()
    await sendOtpSms(setup.ctx, ids)
    const code = latestSmsCode('+15555550114')
    skewMs = 11 * 60_000
    try {
      expect(await apiError(authenticateOtpSms(setup.ctx, { ...ids, code, session_jwt: session.session_jwt }))).toMatchObject({ status: 401, code: 'otp_code_expired' })
    } finally {
      skewMs = 0
    }
  })
})

describe('TOTP', () => {
  it('enrolls during the MFA step: create with the intermediate session, authenticate with the app code', async () => {
    const { ids, login } = await orgWithMember({ mfa_policy: 'REQUIRED_FOR_ALL' })
    const first = await login()
    const ist = first.intermediate_session_token
    const created = await createTotp(setup.ctx, { ...ids, intermediate_session_token: ist })
    expect(created.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(created.totp_registration_id).not.toBe('')
    expect(created.qr_code).toMatch(/^data:/)
    expect(Buffer.from(created.qr_code.split(',')[1]!, 'base64').toString()).toContain(`secret=${created.secret}`)
    expect(created.recovery_codes).toHaveLength(10)
    expect(new Set(created.recovery_codes).size).toBe(10)
    for (const code of created.recovery_codes) expect(code).toMatch(RECOVERY_CODE)
    // Not verified yet: no recovery codes to show, and the member has no registration id.
    expect(created.member.totp_registration_id).toBe('')
    expect(await apiError(getRecoveryCodes(setup.ctx, ids))).toMatchObject({ status: 404, code: 'totp_not_found' })

    const good = totpCode(created.secret, now())
    const bad = String((Number(good) + 500_000) % 1_000_000).padStart(6, '0')
    expect(await apiError(authenticateTotp(setup.ctx, { ...ids, code: bad, intermediate_session_token: ist }))).toMatchObject({ status: 401, code: 'unable_to_auth_totp_code' })
    const done = await authenticateTotp(setup.ctx, { ...ids, code: good, intermediate_session_token: ist, set_default_mfa: true })
    expect(done.session_token).not.toBe('')
    expect(done.member).toMatchObject({ totp_registration_id: created.totp_registration_id, mfa_enrolled: true, default_mfa_method: 'totp' })
    expect(done.member_session?.authentication_factors.at(-1)).toMatchObject({ type: 'totp', delivery_method: 'authenticator_app', authenticator_app_factor: { totp_id: created.totp_registration_id } })
    expect((await getRecoveryCodes(setup.ctx, ids)).recovery_codes).toEqual(created.recovery_codes)

    // One verified registration at a time; the next login names it.
    expect(await apiError(createTotp(setup.ctx, ids))).toMatchObject({ status: 400, code: 'active_totp_exists' })
    const second = await login()
    expect(second.mfa_required?.member_options?.totp_registration_id).toBe(created.totp_registration_id)
    const full = await authenticateTotp(setup.ctx, { ...ids, code: totpCode(created.secret, now()), intermediate_session_token: second.intermediate_session_token })
    expect(full.member_session?.member_id).toBe(ids.member_id)
  })

  it('steps up a session and keeps the enrollment choice', async () => {
    const { ids, login } = await orgWithMember()
    const session = await login()
    const created = await createTotp(setup.ctx, { ...ids, session_token: session.session_token })
    const res = await authenticateTotp(setup.ctx, { ...ids, code: totpCode(created.secret, now()), session_jwt: session.session_jwt, set_mfa_enrollment: 'enroll' })
    expect(res.member_session?.member_session_id).toBe(session.member_session?.member_session_id)
    expect(res.member.mfa_enrolled).toBe(true)
    const { member } = await getMember(setup.ctx, ids)
    expect(member.totp_registration_id).toBe(created.totp_registration_id)
    expect(await apiError(authenticateTotp(setup.ctx, { ...ids, code: totpCode(created.secret, now()), set_mfa_enrollment: 'maybe', session_token: session.session_token }))).toMatchObject({
      status: 400,
      code: 'invalid_request',
    })
  })

  it('migrates an existing secret with its recovery codes, or mints codes', async () => {
    const { ids, login } = await orgWithMember({ mfa_policy: 'REQUIRED_FOR_ALL' })
    const codes = ['AAAA-BBBB-CCCC', 'dddd-eeee-ffff', 'gggg-hhhh-iiii']
    const migrated = await migrateTotp(setup.ctx, { ...ids, secret: SECRET, recovery_codes: codes })
    expect(migrated.recovery_codes).toEqual(codes.map((c) => c.toLowerCase()))
    expect(migrated.member.totp_registration_id).toBe(migrated.totp_registration_id)
    const ist = (await login()).intermediate_session_token
    const res = await authenticateTotp(setup.ctx, { ...ids, code: totpCode(SECRET, now()), intermediate_session_token: ist })
    expect(res.session_token).not.toBe('')
    expect(await apiError(migrateTotp(setup.ctx, { ...ids, secret: SECRET, recovery_codes: [] }))).toMatchObject({ status: 400, code: 'active_totp_exists' })

    const fresh = await orgWithMember()
    const minted = await migrateTotp(setup.ctx, { ...fresh.ids, secret: SECRET, recovery_codes: [] })
    expect(minted.recovery_codes).toHaveLength(10)
    expect(await apiError(migrateTotp(setup.ctx, { ...(await orgWithMember()).ids, secret: 'not base32!', recovery_codes: [] }))).toMatchObject({ status: 400, code: 'invalid_request' })
  })

  it('RFC 6238 codes verify at their own time and at the neighbouring steps (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 40 }), fc.integer({ min: 0, max: 4_000_000_000_000 }), (bytes, at) => {
        const secret = base32(bytes)
        const code = totpCode(secret, at)
        return /^\d{6}$/.test(code) && verifyTotp(secret, code, at) && verifyTotp(secret, code, at + 30_000) && verifyTotp(secret, code, at - 30_000)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('recovery codes', () => {
  it('completes MFA with a single-use code, rotates and lists them', async () => {
    const { ids, login } = await orgWithMember({ mfa_policy: 'REQUIRED_FOR_ALL' })
    const codes = Array.from({ length: 4 }, (_, i) => `code-${i}-${unique()}`)
    await migrateTotp(setup.ctx, { ...ids, secret: SECRET, recovery_codes: codes })
    expect((await getRecoveryCodes(setup.ctx, ids)).recovery_codes).toEqual(codes)

    const ist = (await login()).intermediate_session_token
    expect(await apiError(recoverRecoveryCodes(setup.ctx, { ...ids, recovery_code: 'nope-nope-nope', intermediate_session_token: ist }))).toMatchObject({
      status: 401,
      code: 'unable_to_auth_recovery_code',
    })
    const done = await recoverRecoveryCodes(setup.ctx, { ...ids, recovery_code: codes[1]!.toUpperCase(), intermediate_session_token: ist })
    expect(done.recovery_codes_remaining).toBe(3)
    expect(done.session_token).not.toBe('')
    expect(done.member_session?.authentication_factors.map((f) => f.type)).toEqual(['oauth', 'recovery_codes'])
    expect((await getRecoveryCodes(setup.ctx, ids)).recovery_codes).toEqual([codes[0], codes[2], codes[3]])

    // Used once, gone; a second factor alone is refused.
    const ist2 = (await login()).intermediate_session_token
    expect(await apiError(recoverRecoveryCodes(setup.ctx, { ...ids, recovery_code: codes[1]!, intermediate_session_token: ist2 }))).toMatchObject({ status: 401 })
    expect(await apiError(recoverRecoveryCodes(setup.ctx, { ...ids, recovery_code: codes[0]! }))).toMatchObject({ status: 400, code: 'invalid_request' })

    const rotated = await rotateRecoveryCodes(setup.ctx, ids)
    expect(rotated.recovery_codes).toHaveLength(10)
    for (const code of rotated.recovery_codes) expect(code).toMatch(RECOVERY_CODE)
    expect(rotated.recovery_codes).not.toContain(codes[0])
    expect((await getRecoveryCodes(setup.ctx, ids)).recovery_codes).toEqual(rotated.recovery_codes)
    expect(await apiError(recoverRecoveryCodes(setup.ctx, { ...ids, recovery_code: codes[0]!, intermediate_session_token: ist2 }))).toMatchObject({ status: 401 })
    const withNew = await recoverRecoveryCodes(setup.ctx, { ...ids, recovery_code: rotated.recovery_codes[0]!, intermediate_session_token: ist2 })
    expect(withNew.recovery_codes_remaining).toBe(9)
  })

  it('needs a verified TOTP registration', async () => {
    const { ids } = await orgWithMember()
    expect(await apiError(rotateRecoveryCodes(setup.ctx, ids))).toMatchObject({ status: 404, code: 'totp_not_found' })
    expect(await apiError(getRecoveryCodes(setup.ctx, { ...ids, organization_id: 'organization-test-missing' }))).toMatchObject({ status: 404, code: 'organization_not_found' })
  })
})

/** The passcode of the latest email the emulator "sent" to `email` with `template`. */
function latestEmailCode(email: string, template: 'otp' | 'discovery_otp' = 'otp'): string {
  const message = setup.emulator.outbox({ to: email, channel: 'email', template }).at(-1)
  expect(message?.code).toMatch(/^\d{6}$/)
  return message!.code!
}

/** A 6-digit code other than `code`. */
const otherCode = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

describe('email OTP', () => {
  it('signs up a new member by its email domain, then logs it in; codes are single-use and replace each other', async () => {
    const domain = `otp-${unique()}.test`
    const { organization } = await createOrganization(setup.ctx, { organization_name: `OTP ${unique()}`, email_jit_provisioning: 'RESTRICTED', email_allowed_domains: [domain] })
    const org = organization.organization_id
    const email = `new@${domain}`
    const signup = await loginOrSignupOtpEmail(setup.ctx, { organization_id: org, email_address: email.toUpperCase() })
    expect(signup).toMatchObject({ member_created: true, member: { email_address: email, status: 'pending', email_address_verified: false }, organization: { organization_id: org } })
    const message = setup.emulator.outbox({ to: email, channel: 'email' }).at(-1)!
    expect(message).toMatchObject({ template: 'otp', organization_id: org, member_id: signup.member_id })
    const code = latestEmailCode(email)

    const wrong = await apiError(authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: email, code: otherCode(code) }))
    expect(wrong).toMatchObject({ status: 401, code: 'unable_to_auth_otp_code' })
    // The wrong attempt left the code pending.
    const done = await authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: email, code, session_duration_minutes: 20, session_custom_claims: { via: 'otp' } })
    expect(done).toMatchObject({ member_id: signup.member_id, organization_id: org, member_authenticated: true, intermediate_session_token: '', member: { status: 'active', email_address_verified: true } })
    expect(done.method_id).toMatch(/^email-test-/)
    expect(done.member_session?.authentication_factors).toEqual([
      { type: 'email_otp', delivery_method: 'email', last_authenticated_at: expect.any(String), email_factor: { email_id: done.method_id, email_address: email } },
    ])
    expect(done.member_session?.custom_claims).toEqual({ via: 'otp' })
    expect(Date.parse(done.member_session!.expires_at) - Date.parse(done.member_session!.started_at)).toBe(20 * 60_000)
    expect((await authenticateSession(setup.ctx, { session_token: done.session_token })).member.member_id).toBe(signup.member_id)
    expect(await apiError(authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: email, code }))).toMatchObject({ status: 404, code: 'otp_code_not_found' })

    // Now active: a login code, and the newest code is the only one that works.
    const login = await loginOrSignupOtpEmail(setup.ctx, { organization_id: org, email_address: email })
    expect(login).toMatchObject({ member_created: false, member_id: signup.member_id })
    const first = latestEmailCode(email)
    await loginOrSignupOtpEmail(setup.ctx, { organization_id: org, email_address: email })
    const second = latestEmailCode(email)
    if (first !== second) expect(await apiError(authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: email, code: first }))).toMatchObject({ status: 401 })
    expect((await authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: email, code: second })).member_authenticated).toBe(true)
  })

  it('refuses unknown addresses, organizations that do not allow it, and malformed input', async () => {
    const { organization } = await createOrganization(setup.ctx, { organization_name: `OTP ${unique()}` })
    const org = organization.organization_id
    const stranger = await apiError(loginOrSignupOtpEmail(setup.ctx, { organization_id: org, email_address: `stranger-${unique()}@example.com` }))
    expect(stranger).toMatchObject({ status: 403, code: 'email_jit_provisioning_not_allowed' })
    const { organization: restricted } = await createOrganization(setup.ctx, { organization_name: `OTP ${unique()}`, auth_methods: 'RESTRICTED', allowed_auth_methods: ['magic_link'] })
    const { member } = await createMember(setup.ctx, { organization_id: restricted.organization_id, email_address: `m-${unique()}@example.com` })
    const refused = await apiError(loginOrSignupOtpEmail(setup.ctx, { organization_id: restricted.organization_id, email_address: member.email_address }))
    expect(refused).toMatchObject({ status: 403, code: 'auth_method_not_allowed' })
    const { member: known } = await createMember(setup.ctx, { organization_id: org, email_address: `k-${unique()}@example.com` })
    const tooLong = await apiError(loginOrSignupOtpEmail(setup.ctx, { organization_id: org, email_address: known.email_address, login_expiration_minutes: 5000 }))
    expect(tooLong).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(tooLong.message).toContain('login_expiration_minutes')
    expect(await apiError(authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: known.email_address, code: '123456' }))).toMatchObject({ status: 404, code: 'otp_code_not_found' })
    await loginOrSignupOtpEmail(setup.ctx, { organization_id: org, email_address: known.email_address })
    const malformed = await apiError(authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: known.email_address, code: 'abc' }))
    expect(malformed).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(malformed.message).toContain('code')
    // A code is bound to its organization.
    const { organization: elsewhere } = await createOrganization(setup.ctx, { organization_name: `OTP ${unique()}` })
    const code = latestEmailCode(known.email_address)
    expect(await apiError(authenticateOtpEmail(setup.ctx, { organization_id: elsewhere.organization_id, email_address: known.email_address, code }))).toMatchObject({ status: 404 })
  })

  it('leaves an MFA step open in a REQUIRED_FOR_ALL organization, which an SMS code completes', async () => {
    const phone = '+15555550131'
    const { ids, email } = await orgWithMember({ mfa_policy: 'REQUIRED_FOR_ALL' }, { mfa_phone_number: phone })
    await loginOrSignupOtpEmail(setup.ctx, { organization_id: ids.organization_id, email_address: email })
    const first = await authenticateOtpEmail(setup.ctx, { organization_id: ids.organization_id, email_address: email, code: latestEmailCode(email) })
    expect(first).toMatchObject({ member_authenticated: false, session_token: '', session_jwt: '' })
    expect(first.member_session).toBeUndefined()
    expect(first.intermediate_session_token).not.toBe('')
    await sendOtpSms(setup.ctx, { ...ids, intermediate_session_token: first.intermediate_session_token })
    const done = await authenticateOtpSms(setup.ctx, { ...ids, code: latestSmsCode(phone), intermediate_session_token: first.intermediate_session_token })
    expect(done.member_session?.authentication_factors.map((f) => `${f.type}/${f.delivery_method}`)).toEqual(['email_otp/email', 'otp/sms'])
  })

  it('expires codes after 10 minutes, or after login_expiration_minutes', async () => {
    const { ids, email } = await orgWithMember()
    const org = ids.organization_id
    await loginOrSignupOtpEmail(setup.ctx, { organization_id: org, email_address: email, login_expiration_minutes: 2 })
    const short = latestEmailCode(email)
    skewMs = 3 * 60_000
    try {
      expect(await apiError(authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: email, code: short }))).toMatchObject({ status: 401, code: 'otp_code_expired' })
    } finally {
      skewMs = 0
    }
    await loginOrSignupOtpEmail(setup.ctx, { organization_id: org, email_address: email })
    const standard = latestEmailCode(email)
    skewMs = 9 * 60_000
    try {
      expect((await authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: email, code: standard })).member_authenticated).toBe(true)
      await loginOrSignupOtpEmail(setup.ctx, { organization_id: org, email_address: email })
      const late = latestEmailCode(email)
      skewMs += 11 * 60_000
      expect(await apiError(authenticateOtpEmail(setup.ctx, { organization_id: org, email_address: email, code: late }))).toMatchObject({ status: 401, code: 'otp_code_expired' })
    } finally {
      skewMs = 0
    }
  })

  it('discovers the organizations of an address, whose intermediate session enters one', async () => {
    const { ids, email } = await orgWithMember()
    await sendOtpEmailDiscovery(setup.ctx, { email_address: email })
    expect(setup.emulator.outbox({ to: email, template: 'discovery_otp' }).at(-1)).toMatchObject({ channel: 'email' })
    expect(setup.emulator.outbox({ to: email, template: 'discovery_otp' }).at(-1)?.organization_id).toBeUndefined()
    const code = latestEmailCode(email, 'discovery_otp')
    expect(await apiError(authenticateOtpEmailDiscovery(setup.ctx, { email_address: email, code: otherCode(code) }))).toMatchObject({ status: 401, code: 'unable_to_auth_otp_code' })
    // An organization login code does not stand in for a discovery code.
    await loginOrSignupOtpEmail(setup.ctx, { organization_id: ids.organization_id, email_address: email })
    const orgCode = latestEmailCode(email)
    if (orgCode !== code) expect(await apiError(authenticateOtpEmailDiscovery(setup.ctx, { email_address: email, code: orgCode }))).toMatchObject({ status: 401 })

    const found = await authenticateOtpEmailDiscovery(setup.ctx, { email_address: email.toUpperCase(), code })
    expect(found.email_address).toBe(email)
    expect(found.intermediate_session_token).not.toBe('')
    expect(found.discovered_organizations.map((d) => d.organization?.organization_id)).toEqual([ids.organization_id])
    expect(found.discovered_organizations[0]?.membership).toMatchObject({ type: 'active_member', member: { member_id: ids.member_id } })
    expect(await apiError(authenticateOtpEmailDiscovery(setup.ctx, { email_address: email, code }))).toMatchObject({ status: 404, code: 'otp_code_not_found' })

    const entered = await exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: found.intermediate_session_token, organization_id: ids.organization_id })
    expect(entered.member_session?.authentication_factors.map((f) => `${f.type}/${f.delivery_method}`)).toEqual(['email_otp/email'])
    expect(entered.member.member_id).toBe(ids.member_id)

    await sendOtpEmailDiscovery(setup.ctx, { email_address: email, discovery_expiration_minutes: 2 })
    const late = latestEmailCode(email, 'discovery_otp')
    skewMs = 3 * 60_000
    try {
      expect(await apiError(authenticateOtpEmailDiscovery(setup.ctx, { email_address: email, code: late }))).toMatchObject({ status: 401, code: 'otp_code_expired' })
    } finally {
      skewMs = 0
    }
  })
})
