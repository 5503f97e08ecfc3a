// The emulator answers every route of the manifest, and every route belongs to an end-to-end
// test file that fails unless each of its routes answered a request with 2xx (see harness.ts).
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { emulatorRoutes } from '../src/index.js'
import { endpoints } from 'stytch-b2b/manifest'
import { E2E_GROUPS, emulated, type E2eGroup } from './harness.js'

const key = (r: { method: string; path: string }): string => `${r.method} ${r.path}`

describe('emulator route coverage', () => {
  it('answers every route of the manifest, and no API route the manifest lacks', () => {
    const served = new Set(emulatorRoutes.map(key))
    const missing = endpoints.filter((e) => !served.has(key(e))).map((e) => e.id)
    expect(missing).toEqual([])
    const api = emulatorRoutes.filter((r) => r.path.startsWith('/v1/')).map(key)
    expect(new Set(api).size).toBe(api.length)
    expect(api.sort()).toEqual(emulated.map(key).sort())
    expect(endpoints).toHaveLength(123)
    expect(emulated).toHaveLength(123)
  })

  it('declares the permissions of exactly the routes that accept member-session headers', () => {
    const declared = new Set(emulatorRoutes.filter((r) => r.sessionHeaders).map(key))
    expect(emulated.filter((e) => e.auth && !declared.has(key(e))).map((e) => e.id)).toEqual([])
    expect(emulated.filter((e) => !e.auth && declared.has(key(e))).map((e) => e.id)).toEqual([])
    expect([...declared].filter((k) => !emulated.some((e) => key(e) === k))).toEqual([])
  })

  it('puts every emulated route in exactly one end-to-end group', () => {
    const groups = Object.keys(E2E_GROUPS) as E2eGroup[]
    for (const entry of emulated) {
      expect(groups.filter((g) => E2E_GROUPS[g](entry.id)), entry.id).toHaveLength(1)
    }
  })

  it.each(Object.keys(E2E_GROUPS))('group %s has its end-to-end file, which checks its routes', (group) => {
    const file = new URL(`./${group}.e2e.test.ts`, import.meta.url)
    expect(existsSync(file), `packages/emulator/tests/${group}.e2e.test.ts`).toBe(true)
    expect(readFileSync(file, 'utf8')).toContain(`useEmulator('${group}'`)
  })

  it('lists every emulator-only route in the package README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const unlisted = emulatorRoutes.filter((r) => r.path.startsWith('/emulator/') && !readme.includes(`\`${r.method} ${r.path}`)).map(key)
    expect(unlisted).toEqual([])
  })

  it('keeps the emulator-only routes under /emulator/', () => {
    // API routes are the manifest's (B2B routes and the consumer clients' such as /v1/email/risk).
    const other = emulatorRoutes.filter((r) => !r.path.startsWith('/emulator/') && !endpoints.some((e) => key(e) === key(r)))
    expect(other).toEqual([])
  })
})
