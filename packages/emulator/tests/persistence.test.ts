// With a data file, an emulator restart keeps every acknowledged change: organizations,
// members, sessions (and their signing keys), unused magic-link tokens and the outbox.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import fc from 'fast-check'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../src/index.js'
import { journalPath, loadState } from '../src/store.js'
import {
  authenticateMagicLink,
  authenticateSession,
  authenticateSessionJwtLocal,
  createContext,
  createMember,
  createOrganization,
  deleteMember,
  getMember,
  getOrganization,
  loginOrSignupMagicLinkEmail,
  StytchApiError,
  updateOrganization,
  type Context,
} from 'stytch-b2b'

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

  it('after any sequence of calls, succeeded or refused, the saved state (snapshot and journal) equals the live state, and a restart restores it exactly', async () => {
    type Op =
      | { kind: 'org'; slug: string }
      | { kind: 'member'; org: number; email: string }
      | { kind: 'rename'; org: number; name: string }
      | { kind: 'delete'; member: number }
      | { kind: 'login'; member: number }
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('org' as const), slug: fc.constantFrom('alpha', 'beta', 'gamma', 'x') }),
      fc.record({ kind: fc.constant('member' as const), org: fc.nat(4), email: fc.constantFrom('a@p.test', 'b@p.test', 'not-an-email') }),
      fc.record({ kind: fc.constant('rename' as const), org: fc.nat(4), name: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant('delete' as const), member: fc.nat(4) }),
      fc.record({ kind: fc.constant('login' as const), member: fc.nat(4) }),
    )
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const path = join(dir, `property-${run++}.json`)
        const emulator = await startEmulator({ dataPath: path })
        const ctx = contextFor(emulator)
        const orgs: string[] = []
        const members: { org: string; id: string; email: string }[] = []
        const pick = <T,>(list: T[], i: number): T | undefined => list[i % Math.max(list.length, 1)]
        try {
          for (const o of ops) {
            const attempt = async (): Promise<unknown> => {
              if (o.kind === 'org') return orgs.push((await createOrganization(ctx, { organization_name: o.slug, organization_slug: o.slug })).organization.organization_id)
              const org = pick(orgs, 'org' in o ? o.org : 0)
              const member = pick(members, 'member' in o ? o.member : 0)
              if (o.kind === 'member' && org) {
                const { member: m } = await createMember(ctx, { organization_id: org, email_address: o.email })
                return members.push({ org, id: m.member_id, email: m.email_address })
              }
              if (o.kind === 'rename' && org) return updateOrganization(ctx, { organization_id: org, organization_name: o.name })
              if (o.kind === 'delete' && member) return deleteMember(ctx, { organization_id: member.org, member_id: member.id })
              if (o.kind === 'login' && member) return loginOrSignupMagicLinkEmail(ctx, { organization_id: member.org, email_address: member.email })
              return undefined
            }
            await attempt().catch((e: unknown) => {
              if (!(e instanceof StytchApiError) || e.status >= 500) throw e
            })
            expect(loadState(path)).toEqual(emulator.snapshot())
          }
        } finally {
          await emulator.close()
        }
        // Closing folds the journal into the data file.
        expect(existsSync(journalPath(path))).toBe(false)
        const before = loadState(path)
        const restarted = await startEmulator({ dataPath: path })
        try {
          expect(restarted.snapshot()).toEqual(before)
        } finally {
          await restarted.close()
        }
      }),
      { numRuns: 12 },
    )
  })

  it.each([
    ['invalid JSON', '{"version":1,'],
    ['an empty file', ''],
    ['not an object', '[1, 2]'],
    ['another version', '{"version":3}'],
    ['only a version', '{"version":1}'],
    ['a collection of the wrong type', JSON.stringify({ version: 1, organizations: [], members: {}, sessions: {}, intermediate_sessions: {}, tokens: {}, otps: {}, sso_connections: {}, scim_connections: {}, keys: [], policy: { roles: [], resources: [] }, outbox: [] })],
    ['nesting 10,000 deep', `{"version":1,"organizations":${'{"a":'.repeat(10_000)}{}${'}'.repeat(10_000)}}`],
  ])('refuses a data file holding %s with an error that names the file, and leaves the file alone', async (_, content) => {
    const path = join(dir, 'broken.json')
    writeFileSync(path, content)
    const error = await startEmulator({ dataPath: path }).then(
      async (emulator) => (await emulator.close(), undefined),
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toContain(path)
    expect(readFileSync(path, 'utf8')).toBe(content)
  })

  it('loads a file saved before a collection was added, with that collection empty', async () => {
    const path = join(dir, 'older.json')
    const first = await startEmulator({ dataPath: path })
    const { organization } = await createOrganization(contextFor(first), { organization_name: 'Older Co' })
    await first.close()
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
    delete saved['trusted_token_profiles']
    writeFileSync(path, JSON.stringify(saved))
    const second = await startEmulator({ dataPath: path })
    try {
      expect(second.snapshot().trusted_token_profiles).toEqual({})
      expect(second.snapshot().organizations[organization.organization_id]?.organization_name).toBe('Older Co')
    } finally {
      await second.close()
    }
  })

  it('loads back a state holding metadata as deep as a request may send', async () => {
    const path = join(dir, 'deep.json')
    // 63 levels under the body object, the most a request body may nest.
    const deep = JSON.parse('{"a":'.repeat(62) + '{}' + '}'.repeat(62)) as Record<string, unknown>
    const first = await startEmulator({ dataPath: path })
    const ctx = contextFor(first)
    const { organization } = await createOrganization(ctx, { organization_name: 'Deep Co', trusted_metadata: deep })
    await createMember(ctx, { organization_id: organization.organization_id, email_address: 'deep@deep.test', trusted_metadata: deep, untrusted_metadata: deep })
    const saved = first.snapshot()
    await first.close()
    const second = await startEmulator({ dataPath: path })
    try {
      expect(second.snapshot()).toEqual(saved)
    } finally {
      await second.close()
    }
  })

  it('removes at start the temporary files of writers that are gone, and nothing else', async () => {
    const own = mkdtempSync(join(dir, 'stray-'))
    const path = join(own, 'state.json')
    const first = await startEmulator({ dataPath: path })
    const saved = first.snapshot()
    await first.close()
    // A process that has exited (and been reaped) stands for a killed emulator; a sleeping one
    // for another emulator that might be writing right now.
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' })
    try {
      const stray = [`state.json.${dead}.tmp`, `state.json.${process.pid}.tmp`]
      const kept = [`state.json.${live.pid}.tmp`, 'state.json.bak', `other.json.${dead}.tmp`, 'state.json.x.tmp']
      for (const name of [...stray, ...kept]) writeFileSync(join(own, name), '{"version":1,"organiz')
      const second = await startEmulator({ dataPath: path })
      try {
        expect(readdirSync(own).sort()).toEqual([...kept, 'state.json'].sort())
        expect(second.snapshot()).toEqual(saved)
      } finally {
        await second.close()
      }
    } finally {
      live.kill()
    }
  })

  it('removes a stray temporary file even when the data file itself was never written', async () => {
    const own = mkdtempSync(join(dir, 'stray-'))
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    writeFileSync(join(own, `state.json.${dead}.tmp`), '{')
    const emulator = await startEmulator({ dataPath: join(own, 'state.json') })
    await emulator.close()
    expect(readdirSync(own)).toEqual(['state.json'])
  })
})
