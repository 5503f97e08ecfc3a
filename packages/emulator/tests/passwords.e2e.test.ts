// End-to-end tests of the `passwords` routes (`Passwords.*`): the library's functions over HTTP
// against an emulator. Organizations come from discovery; members from password migration and invites.
import { createHash, pbkdf2Sync, randomBytes, scryptSync } from 'node:crypto'
import bcryptjs from 'bcryptjs'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  authenticateMagicLink,
  authenticateMagicLinkDiscovery,
  authenticatePassword,
  authenticatePasswordDiscovery,
  createDiscoveryOrganization,
  type CreateDiscoveryOrganizationParams,
  exchangeDiscoveryIntermediateSession,
  checkPasswordStrength,
  inviteMagicLinkEmail,
  listDiscoveryOrganizations,
  migratePassword,
  requirePasswordEmailReset,
  resetPasswordDiscoveryEmail,
  resetPasswordDiscoveryEmailStart,
  resetPasswordEmail,
  resetPasswordEmailStart,
  resetPasswordExistingPassword,
  resetPasswordSession,
  sendMagicLinkEmailDiscovery,
  StytchApiError,
} from 'stytch-b2b'
import { apiError, lastToken, useEmulator } from './harness.js'

let clockOffset = 0
const setup = useEmulator('passwords', { now: () => Date.now() + clockOffset })
afterEach(() => {
  clockOffset = 0
})

let counter = 0
const unique = (): number => ++counter
const STRONG = 'Grey-Otter-Builds-97'
const STRONGER = 'Quiet#Falcon#Lands#42'

/** A new organization founded through discovery; returns it and the founder's admin session. */
async function newOrganization(founder: string, settings: Partial<CreateDiscoveryOrganizationParams> = {}) {
  await sendMagicLinkEmailDiscovery(setup.ctx, { email_address: founder })
  const { intermediate_session_token } = await authenticateMagicLinkDiscovery(setup.ctx, { discovery_magic_links_token: lastToken(setup.emulator, founder, 'discovery') })
  const created = await createDiscoveryOrganization(setup.ctx, { intermediate_session_token, organization_name: `Pw ${unique()}`, ...settings })
  return { org: created.organization!, founder: created.member, session_token: created.session_token }
}

/** A member with a password (migrated from bcrypt) in `organizationId`. */
async function memberWithPassword(organizationId: string, email: string, password = STRONG) {
  return migratePassword(setup.ctx, { organization_id: organizationId, email_address: email, hash_type: 'bcrypt', hash: bcryptjs.hashSync(password, 4) })
}

function storedHashType(memberId: string): string | undefined {
  return setup.emulator.snapshot().members[memberId]?.password?.hash.type
}

describe('strength check', () => {
  it('scores weak, breached and strong passwords', async () => {
    const breached = await checkPasswordStrength(setup.ctx, { password: 'Password123' })
    expect(breached).toMatchObject({ valid_password: false, score: 0, breached_password: true, strength_policy: 'zxcvbn', breach_detection_on_create: true })
    expect(breached.zxcvbn_feedback?.warning).not.toBe('')
    const short = await checkPasswordStrength(setup.ctx, { password: 'xK9!' })
    expect(short).toMatchObject({ valid_password: false, breached_password: false })
    expect(short.luds_feedback).toEqual({ has_lower_case: true, has_upper_case: true, has_digit: true, has_symbol: true, missing_complexity: 0, missing_characters: 4 })
    const strong = await checkPasswordStrength(setup.ctx, { password: STRONG })
    expect(strong).toMatchObject({ valid_password: true, breached_password: false, zxcvbn_feedback: { warning: '', suggestions: [] } })
    expect(strong.score).toBeGreaterThanOrEqual(3)
    const withEmail = await checkPasswordStrength(setup.ctx, { password: 'grace.hopper-Compiler-1952', email_address: 'grace.hopper@navy.test' })
    expect(withEmail.valid_password).toBe(false)
  })

  it('agrees with the routes that set passwords: exactly the valid ones are accepted', async () => {
    const { org } = await newOrganization(`agree${unique()}@pw.test`)
    const email = `agree-member${unique()}@pw.test`
    await memberWithPassword(org.organization_id, email)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('letmein', 'abcdefgh1', 'Tr0ub4dor&3x', 'aaaaaaaaaaaaaaaa', 'mxkqwbzrvtjc', 'Sunshine2024', STRONGER), async (candidate) => {
        const { valid_password } = await checkPasswordStrength(setup.ctx, { password: candidate })
        await resetPasswordEmailStart(setup.ctx, { organization_id: org.organization_id, email_address: email })
        const outcome = await resetPasswordEmail(setup.ctx, { password_reset_token: lastToken(setup.emulator, email, 'password_reset'), password: candidate }).then(
          () => 'ok',
          (e: unknown) => (e instanceof StytchApiError ? e.code : 'other'),
        )
        expect(outcome).toBe(valid_password ? 'ok' : 'weak_password')
      }),
      { numRuns: 10 },
    )
  })
})

describe('migrate and authenticate', () => {
  it('migrates a bcrypt hash, authenticates with it, refuses a wrong password and upgrades the hash to scrypt', async () => {
    const { org } = await newOrganization(`mig${unique()}@pw.test`)
    const email = `Migrated${unique()}@PW.test`
    const migrated = await migratePassword(setup.ctx, {
      organization_id: org.organization_id,
      email_address: email,
      hash_type: 'bcrypt',
      hash: bcryptjs.hashSync(STRONG, 5),
      name: 'Mig Rated',
      roles: ['stytch_admin'],
    })
    expect(migrated).toMatchObject({ member_created: true, member: { email_address: email.toLowerCase(), email_address_verified: true, status: 'active', name: 'Mig Rated', is_admin: true } })
    expect(migrated.member.member_password_id).toMatch(/^member-password-test-/)
    expect(storedHashType(migrated.member_id)).toBe('bcrypt')

    const wrong = await apiError(authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: `${STRONG}x` }))
    expect(wrong).toMatchObject({ status: 401, code: 'unauthorized_credentials' })
    const auth = await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONG, session_custom_claims: { k: 1 } })
    expect(auth).toMatchObject({ member_id: migrated.member_id, member_authenticated: true, organization_id: org.organization_id })
    expect(auth.member_session?.authentication_factors).toEqual([expect.objectContaining({ type: 'password', delivery_method: 'knowledge' })])
    expect(auth.member_session?.custom_claims).toEqual({ k: 1 })
    expect(storedHashType(migrated.member_id)).toBe('scrypt')
    // The upgraded hash still verifies the same password.
    expect((await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONG })).member_authenticated).toBe(true)
    const state = JSON.stringify(setup.emulator.snapshot())
    expect(state).not.toContain(STRONG)
  })

  it('migrates scrypt, pbkdf_2, md_5 and sha_1 hashes; refuses argon2 and a second migration', async () => {
    const { org } = await newOrganization(`schemes${unique()}@pw.test`)
    const pw = 'Legacy-Secret-2019!'
    const salt = randomBytes(16)
    const cases = [
      { hash_type: 'scrypt' as const, hash: scryptSync(pw, salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64'), scrypt_config: { salt: salt.toString('base64'), n_parameter: 1024, r_parameter: 8, p_parameter: 1, key_length: 32 } },
      { hash_type: 'pbkdf_2' as const, hash: pbkdf2Sync(pw, salt, 2000, 32, 'sha256').toString('base64'), pbkdf_2_config: { salt: salt.toString('base64'), iteration_amount: 2000, key_length: 32, algorithm: 'sha256' } },
      { hash_type: 'md_5' as const, hash: createHash('md5').update(`s1${pw}`).digest('hex'), md_5_config: { prepend_salt: 's1', append_salt: '' } },
      { hash_type: 'sha_1' as const, hash: createHash('sha1').update(`${pw}s2`).digest('hex'), sha_1_config: { prepend_salt: '', append_salt: 's2' } },
    ]
    for (const params of cases) {
      const email = `${params.hash_type.replace('_', '')}${unique()}@pw.test`
      const migrated = await migratePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, ...params })
      expect(await apiError(authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: 'Legacy-Secret-2019?' }))).toMatchObject({ code: 'unauthorized_credentials' })
      const auth = await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: pw })
      expect(auth.member_id, params.hash_type).toBe(migrated.member_id)
      const again = await apiError(migratePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, ...params }))
      expect(again).toMatchObject({ status: 400, code: 'member_password_already_exists' })
    }
    const argon = await apiError(migratePassword(setup.ctx, { organization_id: org.organization_id, email_address: `argon${unique()}@pw.test`, hash_type: 'argon_2id', hash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g' }))
    expect(argon).toMatchObject({ status: 400, code: 'unsupported_hash_type' })
    const noConfig = await apiError(migratePassword(setup.ctx, { organization_id: org.organization_id, email_address: `nc${unique()}@pw.test`, hash_type: 'scrypt', hash: 'aGFzaA==' }))
    expect(noConfig).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(noConfig.message).toContain('scrypt_config')
  })

  it('adds a password to an existing member without one', async () => {
    const founderEmail = `exist${unique()}@pw.test`
    const { org, founder } = await newOrganization(founderEmail)
    const migrated = await memberWithPassword(org.organization_id, founderEmail)
    expect(migrated).toMatchObject({ member_created: false, member_id: founder.member_id })
  })

  it('refuses unknown members and members without a password', async () => {
    const founderEmail = `nopw${unique()}@pw.test`
    const { org } = await newOrganization(founderEmail)
    expect(await apiError(authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: `ghost${unique()}@pw.test`, password: STRONG }))).toMatchObject({ status: 404, code: 'member_not_found' })
    expect(await apiError(authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: founderEmail, password: STRONG }))).toMatchObject({ status: 401, code: 'unauthorized_credentials' })
  })

  it('yields an intermediate session when the organization requires MFA', async () => {
    const { org } = await newOrganization(`mfa${unique()}@pw.test`, { mfa_policy: 'REQUIRED_FOR_ALL' })
    const email = `mfa-member${unique()}@pw.test`
    await memberWithPassword(org.organization_id, email)
    const auth = await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONG })
    expect(auth).toMatchObject({ member_authenticated: false, session_token: '' })
    expect(auth.intermediate_session_token).not.toBe('')
  })
})

describe('reset by email', () => {
  it('emails a single-use reset token; the reset sets the password, revokes other sessions and authenticates', async () => {
    const { org } = await newOrganization(`reset${unique()}@pw.test`)
    const email = `resetter${unique()}@pw.test`
    const member = await memberWithPassword(org.organization_id, email)
    const before = await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONG })

    const started = await resetPasswordEmailStart(setup.ctx, { organization_id: org.organization_id, email_address: email, reset_password_redirect_url: 'https://app.example/reset' })
    expect(started).toMatchObject({ member_id: member.member_id, member: { email_address: email } })
    expect(started.member_email_id).toMatch(/^email-test-/)
    const [mail] = setup.emulator.outbox({ to: email, template: 'password_reset' })
    expect(mail?.link).toMatch(/^https:\/\/app\.example\/reset\?stytch_token_type=multi_tenant_passwords&token=/)

    const weak = await apiError(resetPasswordEmail(setup.ctx, { password_reset_token: mail!.token!, password: 'password1' }))
    expect(weak).toMatchObject({ status: 400, code: 'weak_password' })
    const reset = await resetPasswordEmail(setup.ctx, { password_reset_token: mail!.token!, password: STRONGER })
    expect(reset).toMatchObject({ member_id: member.member_id, member_authenticated: true, member_email_id: started.member_email_id })
    expect(reset.member_session?.authentication_factors[0]?.email_factor?.email_address).toBe(email)

    expect(await apiError(resetPasswordEmail(setup.ctx, { password_reset_token: mail!.token!, password: STRONGER }))).toMatchObject({ status: 404, code: 'password_reset_token_not_found' })
    expect(await apiError(listDiscoveryOrganizations(setup.ctx, { session_token: before.session_token }))).toMatchObject({ status: 404, code: 'session_not_found' })
    expect((await listDiscoveryOrganizations(setup.ctx, { session_token: reset.session_token })).email_address).toBe(email)
    expect(await apiError(authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONG }))).toMatchObject({ code: 'unauthorized_credentials' })
    expect((await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONGER })).member_authenticated).toBe(true)
  })

  it('sets a first password for a member without one, checks PKCE and expires after 30 minutes', async () => {
    const email = `first${unique()}@pw.test`
    const { org } = await newOrganization(email)
    const verifier = randomBytes(32).toString('base64url')
    await resetPasswordEmailStart(setup.ctx, { organization_id: org.organization_id, email_address: email, code_challenge: createHash('sha256').update(verifier).digest('base64url') })
    const token = lastToken(setup.emulator, email, 'password_reset')
    expect(await apiError(resetPasswordEmail(setup.ctx, { password_reset_token: token, password: STRONG, code_verifier: 'nope' }))).toMatchObject({ code: 'pkce_mismatch' })
    const reset = await resetPasswordEmail(setup.ctx, { password_reset_token: token, password: STRONG, code_verifier: verifier })
    expect(reset.member.member_password_id).toMatch(/^member-password-test-/)

    await resetPasswordEmailStart(setup.ctx, { organization_id: org.organization_id, email_address: email })
    clockOffset = 31 * 60_000
    expect(await apiError(resetPasswordEmail(setup.ctx, { password_reset_token: lastToken(setup.emulator, email, 'password_reset'), password: STRONGER }))).toMatchObject({ status: 401, code: 'password_reset_token_expired' })
    expect(await apiError(resetPasswordEmailStart(setup.ctx, { organization_id: org.organization_id, email_address: `nobody${unique()}@pw.test` }))).toMatchObject({ status: 404, code: 'member_not_found' })
  })
})

describe('require reset', () => {
  it('forces a reset: authentication fails until the member resets by email; enforces stytch.member update', async () => {
    const adminEmail = `adm${unique()}@pw.test`
    const { org, session_token: adminSession } = await newOrganization(adminEmail)
    const { session_token: foreignAdmin } = await newOrganization(`foreign${unique()}@pw.test`)
    const email = `forced${unique()}@pw.test`
    const target = await memberWithPassword(org.organization_id, email)
    const plainEmail = `plain${unique()}@pw.test`
    await inviteMagicLinkEmail(setup.ctx, { organization_id: org.organization_id, email_address: plainEmail })
    const plain = await authenticateMagicLink(setup.ctx, { magic_links_token: lastToken(setup.emulator, plainEmail, 'invite') })

    const denied = await apiError(requirePasswordEmailReset(setup.ctx, { email_address: email, organization_id: org.organization_id }, { authorization: { session_token: plain.session_token } }))
    expect(denied).toMatchObject({ status: 403, code: 'session_authorization_error' })
    const tenancy = await apiError(requirePasswordEmailReset(setup.ctx, { email_address: email, organization_id: org.organization_id }, { authorization: { session_token: foreignAdmin } }))
    expect(tenancy).toMatchObject({ status: 403, code: 'session_authorization_tenancy_error' })
    // Denied calls changed nothing.
    expect((await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONG })).member_authenticated).toBe(true)

    const required = await requirePasswordEmailReset(setup.ctx, { email_address: email, organization_id: org.organization_id, member_id: target.member_id }, { authorization: { session_token: adminSession } })
    expect(required).toMatchObject({ member_id: target.member_id, organization: { organization_id: org.organization_id } })
    const blocked = await apiError(authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONG }))
    expect(blocked).toMatchObject({ status: 400, code: 'member_reset_password' })
    expect(await apiError(authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: 'wrong' }))).toMatchObject({ status: 401 })
    expect(await apiError(resetPasswordExistingPassword(setup.ctx, { organization_id: org.organization_id, email_address: email, existing_password: STRONG, new_password: STRONGER }))).toMatchObject({ code: 'member_reset_password' })

    await resetPasswordEmailStart(setup.ctx, { organization_id: org.organization_id, email_address: email })
    await resetPasswordEmail(setup.ctx, { password_reset_token: lastToken(setup.emulator, email, 'password_reset'), password: STRONGER })
    expect((await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONGER })).member_authenticated).toBe(true)
  })

  it('lets a member require its own reset, marks every organization without organization_id, and refuses members without a password', async () => {
    const email = `cross${unique()}@pw.test`
    const { org: a } = await newOrganization(`a${unique()}@pw.test`)
    const { org: b } = await newOrganization(`b${unique()}@pw.test`)
    await memberWithPassword(a.organization_id, email)
    await memberWithPassword(b.organization_id, email)
    const self = await authenticatePassword(setup.ctx, { organization_id: a.organization_id, email_address: email, password: STRONG })
    await requirePasswordEmailReset(setup.ctx, { email_address: email, organization_id: a.organization_id }, { authorization: { session_token: self.session_token } })
    expect(await apiError(authenticatePassword(setup.ctx, { organization_id: a.organization_id, email_address: email, password: STRONG }))).toMatchObject({ code: 'member_reset_password' })
    expect((await authenticatePassword(setup.ctx, { organization_id: b.organization_id, email_address: email, password: STRONG })).member_authenticated).toBe(true)
    await requirePasswordEmailReset(setup.ctx, { email_address: email })
    expect(await apiError(authenticatePassword(setup.ctx, { organization_id: b.organization_id, email_address: email, password: STRONG }))).toMatchObject({ code: 'member_reset_password' })

    const founderEmail = `nopass${unique()}@pw.test`
    const { org } = await newOrganization(founderEmail)
    expect(await apiError(requirePasswordEmailReset(setup.ctx, { email_address: founderEmail, organization_id: org.organization_id }))).toMatchObject({ status: 400, code: 'member_password_not_found' })
    expect(await apiError(requirePasswordEmailReset(setup.ctx, { email_address: `nobody${unique()}@pw.test` }))).toMatchObject({ status: 404, code: 'member_not_found' })
  })
})

describe('existing password and session resets', () => {
  it('resets with the existing password, refusing a wrong or weak one', async () => {
    const { org } = await newOrganization(`ex${unique()}@pw.test`)
    const email = `existing${unique()}@pw.test`
    await memberWithPassword(org.organization_id, email)
    const params = { organization_id: org.organization_id, email_address: email }
    expect(await apiError(resetPasswordExistingPassword(setup.ctx, { ...params, existing_password: 'wrong-one', new_password: STRONGER }))).toMatchObject({ status: 401, code: 'unauthorized_credentials' })
    const weak = await apiError(resetPasswordExistingPassword(setup.ctx, { ...params, existing_password: STRONG, new_password: 'qwerty' }))
    expect(weak).toMatchObject({ status: 400, code: 'weak_password' })
    expect(weak.message).toContain('new_password')
    const reset = await resetPasswordExistingPassword(setup.ctx, { ...params, existing_password: STRONG, new_password: STRONGER })
    expect(reset).toMatchObject({ member_authenticated: true, organization: { organization_id: org.organization_id } })
    expect(await apiError(authenticatePassword(setup.ctx, { ...params, password: STRONG }))).toMatchObject({ code: 'unauthorized_credentials' })
    expect((await authenticatePassword(setup.ctx, { ...params, password: STRONGER })).member_id).toBe(reset.member_id)
  })

  it('resets from a recent session (token or JWT), keeping that session and ending the others', async () => {
    const { org } = await newOrganization(`sr${unique()}@pw.test`)
    const email = `sessreset${unique()}@pw.test`
    await memberWithPassword(org.organization_id, email)
    const creds = { organization_id: org.organization_id, email_address: email }
    const other = await authenticatePassword(setup.ctx, { ...creds, password: STRONG })
    const current = await authenticatePassword(setup.ctx, { ...creds, password: STRONG })
    const reset = await resetPasswordSession(setup.ctx, { organization_id: org.organization_id, session_jwt: current.session_jwt, password: STRONGER })
    expect(reset).toMatchObject({ member_authenticated: true, session_token: current.session_token })
    expect(reset.member_session?.member_session_id).toBe(current.member_session?.member_session_id)
    expect(await apiError(listDiscoveryOrganizations(setup.ctx, { session_token: other.session_token }))).toMatchObject({ code: 'session_not_found' })
    expect((await authenticatePassword(setup.ctx, { ...creds, password: STRONGER })).member_authenticated).toBe(true)

    const { org: elsewhere } = await newOrganization(`else${unique()}@pw.test`)
    expect(await apiError(resetPasswordSession(setup.ctx, { organization_id: elsewhere.organization_id, session_token: current.session_token, password: STRONG }))).toMatchObject({
      status: 400,
      code: 'session_organization_mismatch',
    })
  })

  it('refuses a session whose newest factor is older than five minutes', async () => {
    const { org } = await newOrganization(`old${unique()}@pw.test`)
    const email = `oldsession${unique()}@pw.test`
    await memberWithPassword(org.organization_id, email)
    const session = await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONG })
    clockOffset = 6 * 60_000
    const error = await apiError(resetPasswordSession(setup.ctx, { organization_id: org.organization_id, session_token: session.session_token, password: STRONGER }))
    expect(error).toMatchObject({ status: 400, code: 'session_too_old_to_reset_password' })
  })
})

describe('discovery passwords', () => {
  it('authenticates an email with its password across organizations and lists them', async () => {
    const email = `disc${unique()}@pwdisc.test`
    const { org: a } = await newOrganization(`a${unique()}@pw.test`)
    const { org: b } = await newOrganization(`b${unique()}@pw.test`)
    await memberWithPassword(a.organization_id, email)
    await inviteMagicLinkEmail(setup.ctx, { organization_id: b.organization_id, email_address: email })
    const result = await authenticatePasswordDiscovery(setup.ctx, { email_address: email, password: STRONG })
    expect(result.email_address).toBe(email)
    const types = new Map(result.discovered_organizations.map((d) => [d.organization!.organization_id, d.membership?.type]))
    expect(types.get(a.organization_id)).toBe('active_member')
    expect(types.get(b.organization_id)).toBe('invited_member')
    const entered = await exchangeDiscoveryIntermediateSession(setup.ctx, { intermediate_session_token: result.intermediate_session_token, organization_id: b.organization_id })
    expect(entered.member_session?.authentication_factors.map((f) => f.type)).toEqual(['password'])
    expect(await apiError(authenticatePasswordDiscovery(setup.ctx, { email_address: email, password: 'Not-The-Password-1' }))).toMatchObject({ status: 401, code: 'unauthorized_credentials' })
    expect(await apiError(authenticatePasswordDiscovery(setup.ctx, { email_address: `none${unique()}@pwdisc.test`, password: STRONG }))).toMatchObject({ status: 401, code: 'unauthorized_credentials' })
  })

  it('resets the password of every membership of the email by a discovery reset email', async () => {
    const email = `dreset${unique()}@pwdisc.test`
    const { org: a } = await newOrganization(`a${unique()}@pw.test`)
    const { org: b } = await newOrganization(`b${unique()}@pw.test`)
    await memberWithPassword(a.organization_id, email)
    await inviteMagicLinkEmail(setup.ctx, { organization_id: b.organization_id, email_address: email })
    const verifier = 'discovery-verifier-0123456789-0123456789-abc'
    await resetPasswordDiscoveryEmailStart(setup.ctx, {
      email_address: email,
      reset_password_redirect_url: 'https://app.example/discovery-reset',
      pkce_code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    })
    const [mail] = setup.emulator.outbox({ to: email, template: 'discovery_password_reset' })
    expect(mail?.link).toMatch(/^https:\/\/app\.example\/discovery-reset\?stytch_token_type=multi_tenant_passwords&token=/)
    expect(await apiError(resetPasswordDiscoveryEmail(setup.ctx, { password_reset_token: mail!.token!, password: 'iloveyou', pkce_code_verifier: verifier }))).toMatchObject({ code: 'weak_password' })
    expect(await apiError(resetPasswordDiscoveryEmail(setup.ctx, { password_reset_token: mail!.token!, password: STRONGER }))).toMatchObject({ code: 'invalid_request' })
    const reset = await resetPasswordDiscoveryEmail(setup.ctx, { password_reset_token: mail!.token!, password: STRONGER, pkce_code_verifier: verifier })
    expect(reset.email_address).toBe(email)
    expect(reset.discovered_organizations.map((d) => d.organization!.organization_id).sort()).toEqual([a.organization_id, b.organization_id].sort())
    for (const org of [a, b]) {
      expect((await authenticatePassword(setup.ctx, { organization_id: org.organization_id, email_address: email, password: STRONGER })).member_authenticated).toBe(true)
    }
    expect(await apiError(resetPasswordDiscoveryEmail(setup.ctx, { password_reset_token: mail!.token!, password: STRONGER, pkce_code_verifier: verifier }))).toMatchObject({
      status: 404,
      code: 'password_reset_token_not_found',
    })
    expect(await apiError(resetPasswordDiscoveryEmailStart(setup.ctx, { email_address: `nobody${unique()}@pwdisc.test` }))).toMatchObject({ status: 404, code: 'member_not_found' })
  })
})
