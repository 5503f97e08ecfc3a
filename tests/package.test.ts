import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { rollup } from 'rollup'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
  exports: Record<string, unknown>
  bin?: Record<string, string>
  sideEffects: boolean
  type: string
}

/** Every built JS file, relative to dist/. */
const builtFiles = (): string[] => readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).sort()
/** The JS files package.json maps to, by `exports` and by `imports` (every condition), relative to dist/. */
const exportedFiles = (): string[] => {
  const targets = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(targets) : []
  const mapped = targets([pkg.exports, (pkg as unknown as { imports?: unknown }).imports])
  return [...new Set(mapped.filter((t) => t.endsWith('.js')).map((t) => t.replace(/^\.\/dist\//, '')))].sort()
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
    const files = builtFiles()
    expect(files.length).toBeGreaterThanOrEqual(Object.keys(pkg.exports).length)
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

// The layout (rollup.config.mjs): one file per subpath and one chunk they all share. Node without
// a bundler pays per file it loads; bundlers, which can no longer drop an unused module whole
// when modules share a file, need every top-level statement to be provably free of side effects.
describe('built layout', () => {
  // The targets of package.json `imports` (#rs256: node:crypto or Web Crypto; #deadline: shared or
  // per-attempt deadline signals) are files of their own.
  const importTargets = (): string[] => Object.values((pkg as unknown as { imports: Record<string, Record<string, string>> }).imports).flatMap((t) => Object.values(t)).map((f) => f.replace(/^\.\/dist\//, ''))

  it('holds the exported files, the #rs256 and #deadline targets and one shared chunk, nothing else', () => {
    const chunks = builtFiles().filter((f) => !exportedFiles().includes(f) && !importTargets().includes(f))
    expect(chunks).toEqual(['_chunks/shared.js'])
    expect([...new Set(importTargets())].sort()).toEqual(['core/deadline.js', 'core/deadline.node.js', 'jwt/rs256.js', 'jwt/rs256.node.js'])
  })

  const work = mkdtempSync(join(tmpdir(), 'stytch-b2b-layout-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('loads four files of the package per runtime subpath in Node, all subpaths sharing one chunk', () => {
    // A load hook (its own thread) appends every file URL it loads to a list.
    const list = join(work, 'loaded.txt')
    writeFileSync(join(work, 'hooks.mjs'), `import { appendFileSync } from 'node:fs'\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(list)}, url + '\\n')\n  return next(url, context)\n}\n`)
    writeFileSync(join(work, 'register.mjs'), `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(join(work, 'hooks.mjs')).href)})\n`)
    const dist = pathToFileURL(join(root, 'dist')).href + '/'
    const loaded = (specifier: string): string[] => {
      writeFileSync(list, '')
      execFileSync(process.execPath, ['--import', pathToFileURL(join(work, 'register.mjs')).href, '--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`], { cwd: root })
      return [...new Set(readFileSync(list, 'utf8').split('\n'))].filter((url) => url.startsWith(dist)).map((url) => url.slice(dist.length)).sort()
    }
    // Beside the subpath's file and the shared chunk: the modules that `#deadline` and `#rs256`
    // (package.json `imports`) resolve to under the `node` condition.
    const targets = ['core/deadline.node.js', 'jwt/rs256.node.js']
    expect(loaded('stytch-b2b')).toEqual(['_chunks/shared.js', 'index.js', ...targets].sort())
    for (const subpath of ['jwt', 'rbac', 'edge', 'hono', 'testing']) expect(loaded(`stytch-b2b/${subpath}`)).toEqual(['_chunks/shared.js', `${subpath}/index.js`, ...targets].sort())
    // And one instance of everything: a function reached through two subpaths is the same function.
    const script = [
      "const [root, jwt, rbac, edge] = await Promise.all(['stytch-b2b', 'stytch-b2b/jwt', 'stytch-b2b/rbac', 'stytch-b2b/edge'].map((s) => import(s)))",
      'process.stdout.write(String(root.isAuthorized === rbac.isAuthorized && root.authenticateSessionJwt === jwt.authenticateSessionJwt && typeof edge.authenticateRequest === "function"))',
    ].join('\n')
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })).toBe('true')
  })

  // Built files that do work at import, and why: building the valibot schemas is what that opt-in
  // subpath is for, and so is building fast-check arbitraries.
  const WORK_AT_IMPORT = ['schemas/index.js', 'testing/arbitraries.js']

  /** What a bundler keeps of `import "<file>"` when it must prove every statement pure (the package's `sideEffects: false` ignored). */
  async function keptByEsbuild(file: string, platform: 'neutral' | 'node'): Promise<string> {
    const result = await build({
      stdin: { contents: `import ${JSON.stringify(join(root, 'dist', file))}`, resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform,
      logLevel: 'silent',
      plugins: [
        {
          name: 'prove-every-statement',
          setup(b) {
            // Resolved here, our files carry no sideEffects hint; dependencies stay out.
            b.onResolve({ filter: /^[./]/ }, (args) => ({ path: args.path.startsWith('/') ? args.path : resolve(dirname(args.importer), args.path), sideEffects: true }))
            b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }))
          },
        },
      ],
    })
    // What stays is our code; imports of dependencies are theirs.
    return result.outputFiles[0]!.text.replace(/^import\s[^;]*;$/gm, '').replace(/^\/\/ .*$/gm, '').trim()
  }
  async function keptByRollup(file: string): Promise<string> {
    const bundle = await rollup({
      input: 'entry',
      treeshake: { moduleSideEffects: (_id, external) => !external },
      external: (id) => !id.startsWith('.') && !id.startsWith('/') && id !== 'entry',
      plugins: [{ name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? `import ${JSON.stringify(join(root, 'dist', file))}` : null) }],
      onwarn: () => {},
    })
    const { output } = await bundle.generate({ format: 'es' })
    await bundle.close()
    return output[0].code.trim()
  }

  it('has no top-level side effects in any built file but the opt-in ones, for esbuild (neutral and node) and rollup', async () => {
    const files = builtFiles().filter((f) => !WORK_AT_IMPORT.includes(f))
    expect(files).toContain('_chunks/shared.js')
    for (const file of files) {
      expect(await keptByEsbuild(file, 'neutral'), `esbuild (neutral) keeps code of ${file}`).toBe('')
      expect(await keptByEsbuild(file, 'node'), `esbuild (node) keeps code of ${file}`).toBe('')
      expect(await keptByRollup(file), `rollup keeps code of ${file}`).toBe('')
    }
    // The check sees side effects at all: the opt-in files keep their work.
    for (const file of WORK_AT_IMPORT) expect(await keptByEsbuild(file, 'neutral'), `${file} does no work at import any more: drop it from WORK_AT_IMPORT`).not.toBe('')
  })
})
