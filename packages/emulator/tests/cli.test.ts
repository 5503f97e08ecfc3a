// The stytch-b2b-emulator CLI as a user runs it: built file, separate process, signals.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createContext, createOrganization, getOrganization, getRbacPolicy } from 'stytch-b2b'

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

  it('loses no acknowledged change when the process is killed outright (SIGKILL) mid-stream', async () => {
    const dataFile = join(dir, 'killed.json')
    const credentials = { projectId: 'project-test-00000000-0000-4000-8000-000000000000', secret: 'secret-test-emulator-0000000000000000', retry: { limit: 0 } as const }
    const first = await run(['--data', dataFile])
    const ctx = createContext({ ...credentials, baseUrl: first.url })
    // 40 creates in flight at once; kill the process as soon as the fifth is answered.
    const calls = Array.from({ length: 40 }, (_, i) => createOrganization(ctx, { organization_name: `Kill ${i}` }))
    const outcomes = Promise.allSettled(calls) // handles the rejections the kill will cause
    await calls[4]
    await first.stop('SIGKILL')
    const settled = await outcomes
    const answered = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value.organization.organization_id] : []))
    expect(answered.length).toBeGreaterThanOrEqual(5)
    const second = await run(['--data', dataFile])
    const again = createContext({ ...credentials, baseUrl: second.url })
    for (const id of answered) expect((await getOrganization(again, { organization_id: id })).organization.organization_id).toBe(id)
    await second.stop()
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
