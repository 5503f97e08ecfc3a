import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('../src', import.meta.url))
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))

/** Runtime imports of a file (type-only imports are erased and do not count), as src-relative paths or package names. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8')
  const specifiers = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!)
  return specifiers.map((s) => (s.startsWith('.') ? relative(src, resolve(dirname(join(src, file)), s)).replace(/\.js$/, '.ts') : s))
}

const rules: Array<[RegExp, (target: string, file: string) => boolean, string]> = [
  [/^core\//, (t, f) => t.startsWith('core/') || t === 'valibot' || (f === 'core/transport.ts' && t === '#deadline'), 'core imports only core and valibot (the transport also #deadline)'],
  [/^endpoints\//, (t) => t.startsWith('core/') || t.startsWith('endpoints/') || t === 'valibot', 'endpoints import only core, endpoints and valibot'],
  [
    /^rbac\//,
    (t, f) => t.startsWith('rbac/') || t === 'core/errors.ts' || t === 'core/own.ts' || t === 'core/scope.ts' || t === 'core/settings.ts' || t === 'core/cache.ts',
    'rbac imports only rbac, core/errors, core/own, the cache scopes and settings, and the shared cache (the one-attempt GET and the cache store, never the pipeline)',
  ],
  [/^testing\/arbitraries\.ts$/, (t) => t === 'fast-check', 'the arbitraries import only fast-check'],
  [
    /^testing\//,
    (t) => t.startsWith('jose/') || t === 'core/context.ts' || (t.startsWith('testing/') && t !== 'testing/arbitraries.ts'),
    'the JWT test kit imports jose and createContext, never fast-check or the arbitraries',
  ],
  [
    /^jwt\//,
    (t, f) =>
      t.startsWith('jwt/') || t.startsWith('jose/') || t === '#rs256' || (f === 'jwt/rs256.node.ts' && t.startsWith('node:')) ||
      ['core/errors.ts', 'core/context.ts', 'core/claims.ts', 'core/issues.ts', 'core/own.ts', 'core/body.ts', 'core/cache.ts', 'core/get.ts', 'core/scope.ts', 'core/settings.ts', 'core/store.ts', 'rbac/checkAuthorization.ts', 'rbac/getProjectPolicy.ts', 'rbac/getOrganizationPolicy.ts'].includes(t) ||
      (f === 'jwt/authenticateSessionJwt.ts' && t === 'endpoints/sessions/authenticateSession.ts') ||
      (f === 'jwt/introspectIdpToken.ts' && t === 'endpoints/idp/introspectIdpTokenNetwork.ts'),
    'jwt imports core errors/context/claims/own/body/cache/get/scope/settings/store, the rbac check and #rs256 (node:crypto only in its Node target); only the fallback helpers reach the HTTP pipeline',
  ],
  [
    /^edge\//,
    (t, f) =>
      t.startsWith('edge/') || ['core/errors.ts', 'core/own.ts', 'jwt/authenticateSessionJwt.ts'].includes(t) ||
      (f === 'edge/authenticateRequest.ts' && t === 'endpoints/sessions/authenticateSession.ts'),
    'edge imports core errors/own and the JWT fallback helper; only authenticateRequest reaches the session route',
  ],
  [
    /^hono\//,
    (t) => t.startsWith('edge/') || ['core/errors.ts', 'core/own.ts', 'rbac/checkAuthorization.ts', 'rbac/getProjectPolicy.ts', 'rbac/getOrganizationPolicy.ts'].includes(t),
    'the Hono middleware imports the edge glue, core errors and the local RBAC check (hono itself as types only)',
  ],
  [/^manifest\.ts$/, () => false, 'the manifest is data only'],
  [/^ky\//, () => false, 'the ky adapter imports nothing at runtime: ky comes as the caller’s instance, and only as types'],
]

describe('dependency direction', () => {
  it.each(files)('%s', (file) => {
    for (const target of runtimeImports(file)) {
      // The one exception: RS256 by node:crypto, for runtimes that pick the `node` or `bun` condition of `#rs256`.
      const nodeOnly = file === 'jwt/rs256.node.ts' && ['node:buffer', 'node:crypto', 'node:os'].includes(target)
      expect(target.startsWith('node:') && !nodeOnly, `${file} imports a Node built-in (${target})`).toBe(false)
      const rule = rules.find(([pattern]) => pattern.test(file))
      if (rule) expect(rule[1](target, file), `${file} → ${target}: ${rule[2]}`).toBe(true)
    }
  })

  it('the Node-only RS256 module is reached through the `node` (or `bun`) condition of `#rs256` alone', () => {
    const pkg = JSON.parse(readFileSync(join(src, '../package.json'), 'utf8')) as { imports: Record<string, unknown> }
    expect(pkg.imports).toEqual({
      '#deadline': { bun: './dist/core/deadline.node.js', node: './dist/core/deadline.node.js', default: './dist/core/deadline.js' },
      '#rs256': { bun: './dist/jwt/rs256.node.js', node: './dist/jwt/rs256.node.js', default: './dist/jwt/rs256.js' },
    })
    expect(files.filter((f) => runtimeImports(f).includes('jwt/rs256.node.ts'))).toEqual([])
    expect(files.filter((f) => runtimeImports(f).includes('#rs256')).sort()).toEqual(['jwt/keys.ts', 'jwt/verify.ts'])
  })

  it('the shared deadlines (Node and Bun) are reached through `#deadline` alone, and import nothing', () => {
    expect(files.filter((f) => runtimeImports(f).some((t) => t.startsWith('core/deadline')))).toEqual([])
    expect(files.filter((f) => runtimeImports(f).includes('#deadline'))).toEqual(['core/transport.ts'])
    expect([...runtimeImports('core/deadline.ts'), ...runtimeImports('core/deadline.node.ts')]).toEqual([])
  })

  it('nothing in src imports the manifest or the testing helpers', () => {
    for (const file of files) {
      for (const target of runtimeImports(file)) {
        expect(target === 'manifest.ts' || (target.startsWith('testing/') && !file.startsWith('testing/'))).toBe(false)
      }
    }
  })

  it('only testing/arbitraries.ts names fast-check and nothing names it, even as types, so stytch-b2b/testing works without fast-check', () => {
    const naming = files.filter((f) => /['"]fast-check['"]|arbitraries\.js['"]/.test(readFileSync(join(src, f), 'utf8')))
    expect(naming).toEqual(['testing/arbitraries.ts'])
  })

  it('only hono/ names hono, and as types only, so that nothing else needs the optional peer', () => {
    const naming = files.filter((f) => /from\s+'hono(\/[^']*)?'/.test(readFileSync(join(src, f), 'utf8')))
    expect(naming).toEqual(['hono/index.ts'])
    expect(runtimeImports('hono/index.ts').filter((t) => t === 'hono' || t.startsWith('hono/'))).toEqual([])
  })

  it('no library file names the (Node-only) emulator package', () => {
    for (const file of files) expect(/stytch-b2b-emulator|emulator\//.test(readFileSync(join(src, file), 'utf8')), file).toBe(false)
  })

  // Only the remote fallbacks reach the HTTP pipeline, and statically: a dynamic import() makes
  // esbuild wrap every module it reaches in lazy initialisers, which every bundle sharing them pays.
  it('only the remote fallbacks reach the HTTP pipeline, and no module imports dynamically', () => {
    const reaching = files.filter((f) => !f.startsWith('endpoints/') && !f.startsWith('core/') && runtimeImports(f).some((t) => t.startsWith('endpoints/')))
    expect(reaching.sort()).toEqual(['edge/authenticateRequest.ts', 'jwt/authenticateSessionJwt.ts', 'jwt/introspectIdpToken.ts', 'index.ts'].sort())
    const dynamic = files.filter((f) => /(?<!typeof )\bimport\(/.test(readFileSync(join(src, f), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')))
    // The one exception: node:crypto is loaded with the first key, since loading it costs ~18 ms at import.
    expect(dynamic).toEqual(['jwt/rs256.node.ts'])
    expect(readFileSync(join(src, 'jwt/rs256.node.ts'), 'utf8').match(/(?<!typeof )\bimport\('([^']+)'\)/g)).toEqual(["import('node:crypto')", "import('node:os')", "import('node:buffer')"])
  })
})
