// With a data file, an emulator restart keeps every acknowledged change: organizations,
// members, sessions (and their signing keys), unused magic-link tokens and the outbox.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import {
  authenticateMagicLink,
  authenticateSession,
  authenticateSessionJwtLocal,
  createContext,
  createMember,
  createOrganization,
  getMember,
  getOrganization,
  loginOrSignupMagicLinkEmail,
  StytchApiError,
  type Context,
} from '../../src/index.js'

const dir = mkdtempSync(join(tmpdir(), 'emulator-restart-'))
const dataPath = join(dir, 'state.json')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function contextFor(emulator: RunningEmulator): Context {
  return createContext({ projectId: emulator.projectId, secret: emulator.secret, baseUrl: emulator.url, retry: { limit: 0 } })
}

describe('emulator persistence (--data)', () => {
  it('keeps state across a restart, and a change that failed is not saved', async () => {
    const first = await startEmulator({ dataPath })
    const ctx1 = contextFor(first)
    const { organization } = await createOrganization(ctx1, { organization_name: 'Restart Co', organization_slug: 'restart-co' })
    const { member } = await createMember(ctx1, { organization_id: organization.organization_id, email_address: 'ada@restart.test', name: 'Ada' })
    await createMember(ctx1, { organization_id: organization.organization_id, email_address: 'bob@restart.test' })
    // A session made before the restart, and a magic link left unused across it.
    await loginOrSignupMagicLinkEmail(ctx1, { organization_id: organization.organization_id, email_address: 'ada@restart.test' })
    const [login] = first.outbox({ to: 'ada@restart.test' })
    const session = await authenticateMagicLink(ctx1, { magic_links_token: login!.token! })
    await loginOrSignupMagicLinkEmail(ctx1, { organization_id: organization.organization_id, email_address: 'bob@restart.test' })
    const duplicate = await createOrganization(ctx1, { organization_name: 'Dup', organization_slug: 'restart-co' }).catch((e: unknown) => e)
    expect(duplicate).toBeInstanceOf(StytchApiError)
    await first.close()

    const second = await startEmulator({ dataPath })
    try {
      const ctx2 = contextFor(second)
      expect(second.url).not.toBe('')
      expect((await getOrganization(ctx2, { organization_id: organization.organization_id })).organization.organization_slug).toBe('restart-co')
      expect((await getMember(ctx2, { organization_id: organization.organization_id, member_id: member.member_id })).member.name).toBe('Ada')
      // The session token still authenticates; the JWT still verifies against the (persisted) JWKS.
      const again = await authenticateSession(ctx2, { session_token: session.session_token })
      expect(again.member_session.member_session_id).toBe(session.member_session!.member_session_id)
      const local = await authenticateSessionJwtLocal(ctx2, session.session_jwt)
      expect(local.member_id).toBe(member.member_id)
      // The magic link sent before the restart works once after it.
      const [bobLink] = second.outbox({ to: 'bob@restart.test' })
      const bob = await authenticateMagicLink(ctx2, { magic_links_token: bobLink!.token! })
      expect(bob.member.email_address).toBe('bob@restart.test')
      const reused = await authenticateMagicLink(ctx2, { magic_links_token: bobLink!.token! }).catch((e: unknown) => e)
      expect(reused).toMatchObject({ status: 404 })
      // Only the failed slug is absent: one organization with that slug.
      expect(Object.values(second.snapshot().organizations).filter((o) => o.organization_slug === 'restart-co')).toHaveLength(1)
    } finally {
      await second.close()
    }
    expect(readdirSync(dir)).toEqual(['state.json'])
  })
})
