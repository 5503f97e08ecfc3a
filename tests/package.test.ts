import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>
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
  })
})
