// End to end: impersonation through the library. `POST /emulator/impersonation/token` plays the
// Stytch dashboard that mints the single-use token; `authenticateImpersonation` trades it for a
// member session of a fixed 60 minutes that carries an `impersonated` factor.
import { describe, expect, it } from 'vitest'
import {
  authenticateImpersonation,
  authenticateSession,
  authenticateSessionJwtLocal,
  createMember,
  createOrganization,
  deleteMember,
  type CreateOrganizationParams,
} from 'stytch-b2b'
import { apiError, emulatorPost, useEmulator } from './harness.js'

let skewMs = 0
const setup = useEmulator('impersonation', { now: () => Date.now() + skewMs })

let counter = 0
const unique = (): string => `${Date.now().toString(36)}-${++counter}`

async function orgWithMember(settings: Partial<CreateOrganizationParams> = {}) {
  const { organization } = await createOrganization(setup.ctx, { organization_name: `Impersonation ${unique()}`, ...settings })
  const { member } = await createMember(setup.ctx, { organization_id: organization.organization_id, email_address: `imp-${unique()}@example.com`, roles: ['stytch_admin'] })
  return { organization, member, ids: { organization_id: organization.organization_id, member_id: member.member_id } }
}

/** A token from the emulator's dashboard stand-in. */
async function impersonationToken(body: Record<string, unknown>): Promise<string> {
  const { status, json } = await emulatorPost(setup.emulator, '/emulator/impersonation/token', body)
  expect(status, JSON.stringify(json)).toBe(200)
  expect(json['token']).toEqual(expect.any(String))
  return json['token'] as string
}

describe('impersonation', () => {
  it('trades a single-use token for a 60-minute session of the member with an impersonated factor, skipping MFA', async () => {
    const { member, ids } = await orgWithMember({ mfa_policy: 'REQUIRED_FOR_ALL' })
    const token = await impersonationToken({ ...ids, impersonator_id: 'dashboard-user-test-ada', impersonator_email_address: 'Ada@Support.example' })
    const result = await authenticateImpersonation(setup.ctx, { impersonation_token: token })
    expect(result).toMatchObject({ member_id: member.member_id, organization_id: ids.organization_id, member_authenticated: true, intermediate_session_token: '', member: { member_id: member.member_id } })
    expect(result.mfa_required).toBeUndefined()
    const session = result.member_session!
    expect(Date.parse(session.expires_at) - Date.parse(session.started_at)).toBe(60 * 60_000)
    expect(session.authentication_factors).toEqual([
      {
        type: 'impersonated',
        delivery_method: 'impersonation',
        last_authenticated_at: expect.any(String),
        impersonated_factor: { impersonator_id: 'dashboard-user-test-ada', impersonator_email_address: 'ada@support.example' },
      },
    ])
    expect(session.roles).toContain('stytch_admin')
    expect(session.custom_claims).toEqual({})

    // The JWT carries the factor too, for apps that check it locally.
    const local = await authenticateSessionJwtLocal(setup.ctx, result.session_jwt)
    expect(local.authentication_factors.map((f) => f.type)).toEqual(['impersonated'])

    expect(await apiError(authenticateImpersonation(setup.ctx, { impersonation_token: token }))).toMatchObject({ status: 404, code: 'impersonation_token_not_found' })
  })

  it('keeps the session at its fixed lifetime when an extension is asked for', async () => {
    const { ids } = await orgWithMember()
    const result = await authenticateImpersonation(setup.ctx, { impersonation_token: await impersonationToken(ids) })
    expect(result.member_session!.authentication_factors[0]?.impersonated_factor).toEqual({ impersonator_id: 'dashboard-user-test-emulator', impersonator_email_address: 'support@emulator.test' })
    const extended = await authenticateSession(setup.ctx, { session_token: result.session_token, session_duration_minutes: 600 })
    expect(extended.member_session.expires_at).toBe(result.member_session!.expires_at)
    skewMs = 61 * 60_000
    try {
      expect(await apiError(authenticateSession(setup.ctx, { session_token: result.session_token }))).toMatchObject({ status: 404, code: 'session_not_found' })
    } finally {
      skewMs = 0
    }
  })

  it('refuses expired tokens, unknown ones and those of members deleted since', async () => {
    const { ids } = await orgWithMember()
    const token = await impersonationToken(ids)
    skewMs = 6 * 60_000
    try {
      expect(await apiError(authenticateImpersonation(setup.ctx, { impersonation_token: token }))).toMatchObject({ status: 401, code: 'impersonation_token_expired' })
    } finally {
      skewMs = 0
    }
    const other = await orgWithMember()
    const orphan = await impersonationToken(other.ids)
    // Deleting the member voids its pending tokens.
    await deleteMember(setup.ctx, other.ids)
    expect(await apiError(authenticateImpersonation(setup.ctx, { impersonation_token: orphan }))).toMatchObject({ status: 404, code: 'impersonation_token_not_found' })
    expect(await apiError(authenticateImpersonation(setup.ctx, { impersonation_token: 'no-such-token' }))).toMatchObject({ status: 404, code: 'impersonation_token_not_found' })
  })

  it('mints tokens only for live members of the organization, with the project credentials', async () => {
    const { ids } = await orgWithMember()
    const other = await orgWithMember()
    const wrongOrg = await emulatorPost(setup.emulator, '/emulator/impersonation/token', { ...ids, organization_id: other.ids.organization_id })
    expect(wrongOrg).toMatchObject({ status: 404, json: { error_type: 'member_not_found' } })
    const missing = await emulatorPost(setup.emulator, '/emulator/impersonation/token', { organization_id: ids.organization_id })
    expect(missing).toMatchObject({ status: 400, json: { error_type: 'invalid_request' } })
    expect(String(missing.json['error_message'])).toContain('member_id')
    await deleteMember(setup.ctx, other.ids)
    expect(await emulatorPost(setup.emulator, '/emulator/impersonation/token', other.ids)).toMatchObject({ status: 400, json: { error_type: 'inactive_member' } })
    const anonymous = await fetch(`${setup.emulator.url}/emulator/impersonation/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ids) })
    expect(anonymous.status).toBe(401)
  })
})
