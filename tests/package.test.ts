import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
  exports: Record<string, unknown>
  bin?: Record<string, string>
  sideEffects: boolean
  type: string
}

// These run against dist/, so `npm test` builds first.
describe('built package', () => {
  it('loads through require() from CommonJS on this Node', () => {
    const script = [
      "const sdk = require('stytch-b2b')",
      "const ctx = sdk.createContext({ projectId: 'project-test-1', secret: 's' })",
      "if (typeof sdk.authenticateMagicLink !== 'function') throw new Error('missing export')",
      'process.stdout.write(ctx.baseUrl)',
    ].join('\n')
    const out = execFileSync(process.execPath, ['--input-type=commonjs', '-e', script], { cwd: root, encoding: 'utf8' })
    expect(out).toBe('https://test.stytch.com')
  })

  it('loads as ESM and does no work at import', () => {
    // Importing must not call fetch, start timers or touch the network.
    const script = [
      'globalThis.fetch = () => { throw new Error("fetch at import") }',
      'const realSetTimeout = setTimeout; globalThis.setTimeout = () => { throw new Error("timer at import") }',
      "const sdk = await import('stytch-b2b')",
      'globalThis.setTimeout = realSetTimeout',
      'process.stdout.write(String(Object.keys(sdk).length > 10))',
    ].join('\n')
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })
    expect(out).toBe('true')
  })
})

describe('package.json', () => {
  it('is ESM, side-effect free and has an explicit exports map', () => {
    expect(pkg.type).toBe('module')
    expect(pkg.sideEffects).toBe(false)
    expect(Object.keys(pkg.exports)).not.toContain('./*')
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' })
    expect(pkg.exports['./manifest']).toEqual({ types: './dist/manifest.d.ts', default: './dist/manifest.js' })
    expect(pkg.exports['./jwt']).toEqual({ types: './dist/jwt/index.d.ts', default: './dist/jwt/index.js' })
    expect(pkg.exports['./rbac']).toEqual({ types: './dist/rbac/index.d.ts', default: './dist/rbac/index.js' })
    expect(pkg.exports['./testing']).toEqual({ types: './dist/testing/index.d.ts', default: './dist/testing/index.js' })
    expect(pkg.exports['./testing/arbitraries']).toEqual({ types: './dist/testing/arbitraries.d.ts', default: './dist/testing/arbitraries.js' })
    expect(pkg.exports['./emulator']).toBeUndefined()
    expect(pkg.bin).toBeUndefined()
  })
})

describe('built testing helpers', () => {
  it('only stytch-b2b/testing/arbitraries imports fast-check, in JS or declarations', () => {
    const files = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:js|d\.ts)$/.test(f))
    const importers = files.filter((f) => /['"]fast-check['"]/.test(readFileSync(join(root, 'dist', f), 'utf8')))
    expect(importers.sort()).toEqual(['testing/arbitraries.d.ts', 'testing/arbitraries.js'])
  })
})

describe('built Hono middleware', () => {
  it('only stytch-b2b/hono names hono, as types only; hono is an optional peer', () => {
    const files = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:js|d\.ts)$/.test(f))
    const naming = files.filter((f) => /['"]hono(?:\/[^'"]*)?['"]/.test(readFileSync(join(root, 'dist', f), 'utf8')))
    expect(naming.sort()).toEqual(['hono/index.d.ts'])
    const meta = pkg as unknown as { peerDependencies: Record<string, string>; peerDependenciesMeta: Record<string, { optional?: boolean }> }
    expect(meta.peerDependencies['hono']).toMatch(/^\^4\./)
    expect(meta.peerDependenciesMeta['hono']).toEqual({ optional: true })
    expect(pkg.exports['./hono']).toEqual({ types: './dist/hono/index.d.ts', default: './dist/hono/index.js' })
    expect(pkg.exports['./edge']).toEqual({ types: './dist/edge/index.d.ts', default: './dist/edge/index.js' })
  })

  it('loads without hono installed being needed at run time', () => {
    const script = "const m = await import('stytch-b2b/hono'); process.stdout.write([typeof m.requireSession, typeof m.requirePermission].join(','))"
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })).toBe('function,function')
  })
})

describe('built library: edge-only', () => {
  it('no built file imports a Node built-in or the emulator package (but the node:crypto target of #rs256)', () => {
    const files = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))
    expect(files.length).toBeGreaterThan(80)
    const offenders = files.filter((f) => /stytch-b2b-emulator|emulator\//.test(readFileSync(join(root, 'dist', f), 'utf8')) || /from 'node:/.test(readFileSync(join(root, 'dist', f), 'utf8')))
    expect(offenders.filter((f) => f !== 'jwt/rs256.node.js')).toEqual([])
    // That one is named by no file: only runtimes that pick the `node` or `bun` condition load it.
    expect(files.filter((f) => /rs256\.node/.test(readFileSync(join(root, 'dist', f), 'utf8')))).toEqual([])
  })
})

describe('built emulator package (Node-only)', () => {
  const emulatorRoot = join(root, 'packages/emulator')
  const emulatorPkg = JSON.parse(readFileSync(join(emulatorRoot, 'package.json'), 'utf8')) as Record<string, any>

  it('is its own package that uses the library as a peer, so it speaks the API version the app has', () => {
    expect(emulatorPkg.name).toBe('stytch-b2b-emulator')
    expect(emulatorPkg.bin).toEqual({ 'stytch-b2b-emulator': './dist/cli.js' })
    expect(emulatorPkg.peerDependencies).toEqual({ 'stytch-b2b': `^${pkg.version}` })
    expect(emulatorPkg.dependencies['stytch-b2b']).toBeUndefined()
  })

  it('does no work at import and ships its CLI with a shebang', () => {
    const script = [
      'const realSetTimeout = setTimeout; globalThis.setTimeout = () => { throw new Error("timer at import") }',
      "const em = await import('stytch-b2b-emulator')",
      'globalThis.setTimeout = realSetTimeout',
      "process.stdout.write([typeof em.startEmulator, typeof em.readOutbox, typeof em.totpCode, typeof em.DEFAULT_POLICY].join(','))",
    ].join('\n')
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })).toBe('function,function,function,object')
    expect(readFileSync(join(emulatorRoot, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})
