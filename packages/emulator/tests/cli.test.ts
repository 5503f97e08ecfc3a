// The stytch-b2b-emulator CLI as a user runs it: built file, separate process, signals.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createContext, createOrganization, getOrganization, getRbacPolicy, updateOrganization } from 'stytch-b2b'

// Runs against dist/, so `npm test` builds first.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'emulator-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Starts the CLI and resolves once it printed its URL. */
function run(args: string[]): Promise<{ url: string; pid: number; stop(signal?: NodeJS.Signals): Promise<number | null> }> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000)
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /emulator on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1]
      if (url) {
        clearTimeout(timer)
        resolve({ url, pid: child.pid!, stop: (signal = 'SIGTERM') => new Promise((done) => (child.once('exit', (code) => done(code)), child.kill(signal))) })
      }
    })
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)))
  })
}

describe('stytch-b2b-emulator CLI', () => {
  it('serves with the given credentials, policy and data file, keeps state across a restart and stops cleanly on SIGTERM', async () => {
    const policyFile = join(dir, 'policy.json')
    writeFileSync(policyFile, JSON.stringify({ roles: [{ role_id: 'auditor', permissions: [{ resource_id: 'reports', actions: ['read'] }] }], resources: [] }))
    const dataFile = join(dir, 'state.json')
    const args = ['--project-id', 'project-test-cli', '--secret', 'secret-test-cli-000', '--policy', policyFile, '--data', dataFile]
    const first = await run(args)
    const ctx = createContext({ projectId: 'project-test-cli', secret: 'secret-test-cli-000', baseUrl: first.url, retry: { limit: 0 } })
    const { policy } = await getRbacPolicy(ctx, {})
    expect(policy!.roles.map((r) => r.role_id)).toEqual(['auditor'])
    const { organization } = await createOrganization(ctx, { organization_name: 'CLI Co' })
    expect(await first.stop()).toBe(0)

    // A restart keeps the data; an edited policy file replaces the saved policy.
    writeFileSync(policyFile, JSON.stringify({ policy: { roles: [{ role_id: 'auditor', permissions: [] }, { role_id: 'editor', permissions: [] }], resources: [] } }))
    const second = await run(args)
    const again = createContext({ projectId: 'project-test-cli', secret: 'secret-test-cli-000', baseUrl: second.url, retry: { limit: 0 } })
    expect((await getOrganization(again, { organization_id: organization.organization_id })).organization.organization_name).toBe('CLI Co')
    expect((await getRbacPolicy(again, {})).policy!.roles.map((r) => r.role_id)).toEqual(['auditor', 'editor'])
    expect(await second.stop()).toBe(0)
  })

  it('loses no acknowledged change across five SIGKILLs in a row on one data file, with writes in flight each time', async () => {
    const dataFile = join(dir, 'killed.json')
    const credentials = { projectId: 'project-test-00000000-0000-4000-8000-000000000000', secret: 'secret-test-emulator-0000000000000000', retry: { limit: 0 } as const }
    // Organization id → the names it may have after a restart: the last one acknowledged, and
    // that of a rename in flight at the kill (which may or may not have reached the disk).
    const names = new Map<string, Set<string>>()
    for (let round = 0; round <= 5; round++) {
      const emulator = await run(['--data', dataFile])
      const ctx = createContext({ ...credentials, baseUrl: emulator.url })
      for (const [id, allowed] of names) {
        const { organization } = await getOrganization(ctx, { organization_id: id })
        expect([...allowed], `round ${round}, ${id}`).toContain(organization.organization_name)
        names.set(id, new Set([organization.organization_name]))
      }
      if (round === 5) {
        expect(await emulator.stop()).toBe(0)
        break
      }
      // 30 creates and, between them, renames of up to 20 earlier organizations, all in flight
      // at once; the kill comes as soon as the fifth create is answered.
      const earlier = [...names.keys()].slice(-20)
      const creates: ReturnType<typeof createOrganization>[] = []
      const renames: ReturnType<typeof updateOrganization>[] = []
      for (let i = 0; i < 30; i++) {
        const id = earlier[i]
        if (id !== undefined) {
          const name = `Renamed ${round}.${i}`
          names.get(id)!.add(name)
          renames.push(updateOrganization(ctx, { organization_id: id, organization_name: name }))
        }
        creates.push(createOrganization(ctx, { organization_name: `Kill ${round}.${i}` }))
      }
      const outcomes = Promise.allSettled([...creates, ...renames]) // handles the rejections the kill causes
      await creates[4]
      await emulator.stop('SIGKILL')
      let answered = 0
      for (const r of await outcomes) {
        if (r.status !== 'fulfilled') continue
        answered++
        names.set(r.value.organization.organization_id, new Set([r.value.organization.organization_name]))
      }
      expect(answered).toBeGreaterThanOrEqual(5)
    }
    expect(names.size).toBeGreaterThanOrEqual(25)
  })

  it('folds the journal into the data file once it outgrows 1 MiB, and a restart after a SIGKILL then loads every change', async () => {
    const dataFile = join(dir, 'compacted.json')
    const credentials = { projectId: 'project-test-00000000-0000-4000-8000-000000000000', secret: 'secret-test-emulator-0000000000000000', retry: { limit: 0 } as const }
    const sequence = (): number => (JSON.parse(readFileSync(dataFile, 'utf8')) as { sequence: number }).sequence
    const first = await run(['--data', dataFile])
    const ctx = createContext({ ...credentials, baseUrl: first.url })
    const { organization } = await createOrganization(ctx, { organization_name: 'Big Co' })
    const id = organization.organization_id
    const padding = 'x'.repeat(32 << 10)
    expect(sequence()).toBe(0)
    // Each rename journals about 32 KiB, so the journal passes 1 MiB after some 33 of them.
    let writes = 0
    while (sequence() === 0 && writes < 100) await updateOrganization(ctx, { organization_id: id, organization_name: `Big ${++writes}`, trusted_metadata: { n: writes, padding } })
    expect(writes).toBeLessThan(100)
    // The new snapshot can be seen a moment before the old journal is deleted; the next write waits
    // for the compaction to end, and goes to a new journal.
    await updateOrganization(ctx, { organization_id: id, organization_name: `Big ${++writes}`, trusted_metadata: { n: writes, padding } })
    expect(statSync(`${dataFile}.journal`, { throwIfNoEntry: false })?.size ?? 0).toBeLessThan(256 << 10) // one change, not the 1 MiB before
    for (let i = 0; i < 2; i++) await updateOrganization(ctx, { organization_id: id, organization_name: `Big ${++writes}`, trusted_metadata: { n: writes, padding } })
    expect(existsSync(`${dataFile}.journal`)).toBe(true)
    await first.stop('SIGKILL')

    const second = await run(['--data', dataFile])
    try {
      const again = createContext({ ...credentials, baseUrl: second.url })
      const { organization: loaded } = await getOrganization(again, { organization_id: id })
      expect([loaded.organization_name, loaded.trusted_metadata?.['n']]).toEqual([`Big ${writes}`, writes])
      expect(sequence()).toBe(writes + 1) // the restart folded the journal in: one create, the renames
    } finally {
      await second.stop()
    }
  })

  it('refuses a non-loopback host and bad options with a message and exit code 1', async () => {
    for (const args of [['--host', '0.0.0.0'], ['--port', '70000'], ['--nope']]) {
      const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      let err = ''
      child.stderr.on('data', (c: Buffer) => (err += c.toString()))
      const code = await new Promise((done) => child.once('exit', done))
      expect(code, args.join(' ')).toBe(1)
      expect(err).toMatch(/^stytch-b2b-emulator: /)
    }
  })

  it('refuses a broken data file with a message naming it and exit code 1', async () => {
    const dataFile = join(dir, 'broken.json')
    writeFileSync(dataFile, '{"version":1,"organizations":')
    const child = spawn(process.execPath, [cli, '--port', '0', '--quiet', '--data', dataFile], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    const code = await new Promise((done) => child.once('exit', done))
    expect(code).toBe(1)
    expect(err).toMatch(/^stytch-b2b-emulator: /)
    expect(err).toContain(dataFile)
  })

  it('after a SIGKILL, removes the temporary file the killed process left beside its data file', async () => {
    const dataFile = join(dir, 'stray.json')
    const credentials = { projectId: 'project-test-00000000-0000-4000-8000-000000000000', secret: 'secret-test-emulator-0000000000000000', retry: { limit: 0 } as const }
    const first = await run(['--data', dataFile])
    const { organization } = await createOrganization(createContext({ ...credentials, baseUrl: first.url }), { organization_name: 'Stray Co' })
    await first.stop('SIGKILL')
    // What a kill between writing the temporary file and renaming it leaves behind.
    const stray = `${dataFile}.${first.pid}.tmp`
    writeFileSync(stray, '{"version":1,"organizations":{"org')
    const second = await run(['--data', dataFile])
    try {
      expect(existsSync(stray)).toBe(false)
      const again = createContext({ ...credentials, baseUrl: second.url })
      expect((await getOrganization(again, { organization_id: organization.organization_id })).organization.organization_name).toBe('Stray Co')
    } finally {
      await second.stop()
    }
  })
})
