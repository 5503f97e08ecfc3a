// SCIM connections and their bearer token rotation, through the library, against the emulator.
import { describe, expect, it } from 'vitest'
import {
  authenticateSso,
  createMember,
  createOrganization,
  createScimConnection,
  createSsoOidcConnection,
  deleteScimConnection,
  getOrganization,
  getScimConnection,
  getScimConnectionGroups,
  rotateScimConnectionCancel,
  rotateScimConnectionComplete,
  rotateScimConnectionStart,
  updateScimConnection,
  updateSsoOidcConnection,
  type Organization,
} from 'stytch-b2b'
import { apiError, useEmulator } from './harness.js'

// A clock the tests can move forward, to let a started rotation lapse.
let offset = 0
const setup = useEmulator('scim', { now: () => Date.now() + offset })

const DAY = 86_400_000

let orgCount = 0
async function newOrg(): Promise<Organization> {
  orgCount += 1
  return (await createOrganization(setup.ctx, { organization_name: `SCIM Org ${orgCount}` })).organization
}

async function orgOf(organizationId: string): Promise<Organization> {
  return (await getOrganization(setup.ctx, { organization_id: organizationId })).organization
}

/** A member session through an SSO login (the emulator's IdP stand-in, then `authenticateSso`). */
async function sessionOf(organizationId: string, email: string, roles: string[] = []): Promise<string> {
  const { connection } = await createSsoOidcConnection(setup.ctx, { organization_id: organizationId })
  const host = 'https://idp.example.com'
  await updateSsoOidcConnection(setup.ctx, {
    organization_id: organizationId,
    connection_id: connection!.connection_id,
    client_id: 'c',
    client_secret: 's',
    issuer: host,
    authorization_url: `${host}/a`,
    token_url: `${host}/t`,
    userinfo_url: `${host}/u`,
    jwks_url: `${host}/j`,
  })
  if (roles.length > 0) await createMember(setup.ctx, { organization_id: organizationId, email_address: email, roles })
  const basic = Buffer.from(`${setup.emulator.projectId}:${setup.emulator.secret}`).toString('base64')
  const res = await fetch(`${setup.emulator.url}/emulator/sso/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/json' },
    body: JSON.stringify({ connection_id: connection!.connection_id, email_address: email }),
  })
  expect(res.status).toBe(200)
  const { token } = (await res.json()) as { token: string }
  return (await authenticateSso(setup.ctx, { sso_token: token })).session_token
}

describe('SCIM connections', () => {
  it('show the bearer token once, then only its last four characters', async () => {
    const org = await newOrg()
    const created = await createScimConnection(setup.ctx, { organization_id: org.organization_id, display_name: 'Okta SCIM', identity_provider: 'okta' })
    const c = created.connection!
    expect(c).toMatchObject({
      organization_id: org.organization_id,
      connection_id: expect.stringMatching(/^scim-connection-test-/),
      status: 'active',
      display_name: 'Okta SCIM',
      identity_provider: 'okta',
      scim_group_implicit_role_assignments: [],
    })
    expect(c.base_url).toContain(c.connection_id)
    expect(c.bearer_token.length).toBeGreaterThan(20)

    const { connection } = await getScimConnection(setup.ctx, { organization_id: org.organization_id })
    expect(connection).toMatchObject({ connection_id: c.connection_id, bearer_token_last_four: c.bearer_token.slice(-4), next_bearer_token_last_four: '' })
    expect(JSON.stringify(connection)).not.toContain(c.bearer_token)
    expect((await orgOf(org.organization_id)).scim_active_connection).toEqual({
      connection_id: c.connection_id,
      display_name: 'Okta SCIM',
      bearer_token_last_four: c.bearer_token.slice(-4),
    })

    const second = await apiError(createScimConnection(setup.ctx, { organization_id: org.organization_id }))
    expect(second).toMatchObject({ status: 400, code: 'scim_connection_already_exists' })
  })

  it('update their name, provider and group roles, and the organization follows', async () => {
    const org = await newOrg()
    const { connection } = await createScimConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    const assignments = [{ role_id: 'stytch_admin', group_id: 'g-1', group_name: 'Admins' }]
    const updated = await updateScimConnection(setup.ctx, { ...ids, display_name: 'Entra', identity_provider: 'microsoft-entra', scim_group_implicit_role_assignments: assignments })
    expect(updated.connection).toMatchObject({ display_name: 'Entra', identity_provider: 'microsoft-entra', scim_group_implicit_role_assignments: assignments })
    expect((await getScimConnection(setup.ctx, { organization_id: org.organization_id })).connection).toEqual(updated.connection)
    expect((await orgOf(org.organization_id)).scim_active_connection?.display_name).toBe('Entra')

    const badRole = await apiError(updateScimConnection(setup.ctx, { ...ids, display_name: 'nope', scim_group_implicit_role_assignments: [{ role_id: 'ghost', group_id: 'g', group_name: 'G' }] }))
    expect(badRole).toMatchObject({ status: 400, code: 'invalid_request' })
    expect((await getScimConnection(setup.ctx, { organization_id: org.organization_id })).connection?.display_name).toBe('Entra')
  })

  it('list no groups, since the emulator provisions none', async () => {
    const org = await newOrg()
    const { connection } = await createScimConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    const page = await getScimConnectionGroups(setup.ctx, { ...ids, limit: 50 })
    expect(page.scim_groups).toEqual([])
    expect(page.next_cursor).toBe('')
    const badLimit = await apiError(getScimConnectionGroups(setup.ctx, { ...ids, limit: 5000 }))
    expect(badLimit).toMatchObject({ status: 400, code: 'invalid_request' })
    const badCursor = await apiError(getScimConnectionGroups(setup.ctx, { ...ids, cursor: 'abc' }))
    expect(badCursor).toMatchObject({ status: 400, code: 'invalid_request' })
  })

  it('are deleted with the organization’s reference to them', async () => {
    const org = await newOrg()
    const other = await newOrg()
    const { connection } = await createScimConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    const wrongOrg = await apiError(deleteScimConnection(setup.ctx, { ...ids, organization_id: other.organization_id }))
    expect(wrongOrg).toMatchObject({ status: 404, code: 'scim_connection_not_found' })

    expect((await deleteScimConnection(setup.ctx, ids)).connection_id).toBe(ids.connection_id)
    expect((await getScimConnection(setup.ctx, { organization_id: org.organization_id })).connection).toBeUndefined()
    expect((await orgOf(org.organization_id)).scim_active_connection).toBeUndefined()
    const again = await apiError(deleteScimConnection(setup.ctx, ids))
    expect(again).toMatchObject({ status: 404, code: 'scim_connection_not_found' })
    const unknownOrg = await apiError(getScimConnection(setup.ctx, { organization_id: 'organization-test-nope' }))
    expect(unknownOrg).toMatchObject({ status: 404, code: 'organization_not_found' })
    // With the old one gone, a new connection can be created.
    await createScimConnection(setup.ctx, { organization_id: org.organization_id })
  })
})

describe('bearer token rotation', () => {
  it('starts, completes (the new token becomes current) and cancels (the old token stays)', async () => {
    const org = await newOrg()
    const { connection } = await createScimConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    const original = connection!.bearer_token

    for (const call of [rotateScimConnectionComplete, rotateScimConnectionCancel]) {
      const none = await apiError(call(setup.ctx, ids))
      expect(none).toMatchObject({ status: 400, code: 'no_scim_token_rotation_in_progress' })
    }

    const started = await rotateScimConnectionStart(setup.ctx, ids)
    const next = started.connection!.next_bearer_token
    expect(next).not.toBe(original)
    expect(started.connection!.bearer_token_last_four).toBe(original.slice(-4))
    const expires = Date.parse(started.connection!.next_bearer_token_expires_at!)
    expect(expires - Date.now()).toBeGreaterThan(6 * DAY)
    expect(expires - Date.now()).toBeLessThanOrEqual(7 * DAY)
    const busy = await apiError(rotateScimConnectionStart(setup.ctx, ids))
    expect(busy).toMatchObject({ status: 400, code: 'scim_token_rotation_in_progress' })
    expect((await getScimConnection(setup.ctx, { organization_id: org.organization_id })).connection).toMatchObject({ next_bearer_token_last_four: next.slice(-4) })

    const completed = await rotateScimConnectionComplete(setup.ctx, ids)
    expect(completed.connection).toMatchObject({ bearer_token_last_four: next.slice(-4), next_bearer_token_last_four: '' })
    expect(completed.connection!.next_bearer_token_expires_at).toBeUndefined()
    expect((await orgOf(org.organization_id)).scim_active_connection?.bearer_token_last_four).toBe(next.slice(-4))

    const restarted = await rotateScimConnectionStart(setup.ctx, ids)
    const cancelled = await rotateScimConnectionCancel(setup.ctx, ids)
    expect(cancelled.connection).toMatchObject({ bearer_token_last_four: next.slice(-4), next_bearer_token_last_four: '' })
    expect(restarted.connection!.next_bearer_token).not.toBe(next)
    const unknown = await apiError(rotateScimConnectionStart(setup.ctx, { ...ids, connection_id: 'scim-connection-test-nope' }))
    expect(unknown).toMatchObject({ status: 404, code: 'scim_connection_not_found' })
  })

  it('lets a rotation lapse after seven days: it can no longer complete, but can be restarted', async () => {
    const org = await newOrg()
    const { connection } = await createScimConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    await rotateScimConnectionStart(setup.ctx, ids)
    offset += 8 * DAY
    const lapsed = await apiError(rotateScimConnectionComplete(setup.ctx, ids))
    expect(lapsed).toMatchObject({ status: 400, code: 'scim_token_rotation_expired' })
    const fresh = await rotateScimConnectionStart(setup.ctx, ids)
    const done = await rotateScimConnectionComplete(setup.ctx, ids)
    expect(done.connection!.bearer_token_last_four).toBe(fresh.connection!.next_bearer_token.slice(-4))
  })
})

describe('member-session authorization headers', () => {
  it('let an admin manage SCIM, refuse a plain member, and refuse another organization', async () => {
    const org = await newOrg()
    const other = await newOrg()
    const admin = await sessionOf(org.organization_id, 'admin@scim.example', ['stytch_admin'])
    const plain = await sessionOf(org.organization_id, 'plain@scim.example')
    const stranger = await sessionOf(other.organization_id, 'boss@other.example', ['stytch_admin'])

    const created = await createScimConnection(setup.ctx, { organization_id: org.organization_id, display_name: 'by admin' }, { authorization: { session_token: admin } })
    const ids = { organization_id: org.organization_id, connection_id: created.connection!.connection_id }
    const read = await getScimConnection(setup.ctx, { organization_id: org.organization_id }, { authorization: { session_token: admin } })
    expect(read.connection?.display_name).toBe('by admin')

    const denied = await apiError(updateScimConnection(setup.ctx, { ...ids, display_name: 'by member' }, { authorization: { session_token: plain } }))
    expect(denied).toMatchObject({ status: 403, code: 'session_authorization_error' })
    const deniedRotation = await apiError(rotateScimConnectionStart(setup.ctx, ids, { authorization: { session_token: plain } }))
    expect(deniedRotation).toMatchObject({ status: 403, code: 'session_authorization_error' })
    const tenancy = await apiError(deleteScimConnection(setup.ctx, ids, { authorization: { session_token: stranger } }))
    expect(tenancy).toMatchObject({ status: 403, code: 'session_authorization_tenancy_error' })
    expect((await getScimConnection(setup.ctx, { organization_id: org.organization_id })).connection).toMatchObject({ display_name: 'by admin', next_bearer_token_last_four: '' })
  })

  it('are enforced on every SCIM route: a plain member is refused each one before anything changes', async () => {
    const org = await newOrg()
    const admin = await sessionOf(org.organization_id, 'admin2@scim.example', ['stytch_admin'])
    const plain = await sessionOf(org.organization_id, 'plain2@scim.example')
    const ids = { organization_id: org.organization_id, connection_id: (await createScimConnection(setup.ctx, { organization_id: org.organization_id })).connection!.connection_id }
    await rotateScimConnectionStart(setup.ctx, ids, { authorization: { session_token: admin } })
    const asPlain = { authorization: { session_token: plain } }
    for (const call of [
      () => getScimConnectionGroups(setup.ctx, ids, asPlain),
      () => rotateScimConnectionCancel(setup.ctx, ids, asPlain),
      () => rotateScimConnectionComplete(setup.ctx, ids, asPlain),
    ]) {
      expect(await apiError(call())).toMatchObject({ status: 403, code: 'session_authorization_error' })
    }
    const asAdmin = { authorization: { session_token: admin } }
    expect((await getScimConnectionGroups(setup.ctx, ids, asAdmin)).scim_groups).toEqual([])
    await rotateScimConnectionComplete(setup.ctx, ids, asAdmin)
    await rotateScimConnectionStart(setup.ctx, ids, asAdmin)
    await rotateScimConnectionCancel(setup.ctx, ids, asAdmin)
  })
})
