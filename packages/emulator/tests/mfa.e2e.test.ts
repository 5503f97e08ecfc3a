// End to end: SMS OTP, TOTP and recovery codes through the library, completing the MFA step that
// an OAuth login into a REQUIRED_FOR_ALL organization leaves open.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { base32, totpCode, verifyTotp } from '../src/totp.js'
import {
  authenticateOauth,
  authenticateOtpSms,
  authenticateSession,
  authenticateTotp,
  createMember,
  createOrganization,
  createTotp,
  getMember,
  getRecoveryCodes,
  migrateTotp,
  recoverRecoveryCodes,
  rotateRecoveryCodes,
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
