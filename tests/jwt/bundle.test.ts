// What bundlers make of `#rs256` (package.json `imports`), on the built package: edge and browser
// conditions get the Web Crypto module and no Node built-in, the `node` condition gets node:crypto.
import nodeResolve from '@rollup/plugin-node-resolve'
import { fileURLToPath } from 'node:url'
import { rollup } from 'rollup'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

async function bundle(code: string, conditions: string[], browser: boolean): Promise<string> {
  const built = await rollup({
    input: 'entry',
    external: (id) => id.startsWith('node:'),
    onwarn: () => {},
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? code : null) },
      nodeResolve({ exportConditions: conditions, browser, rootDir: root }),
    ],
  })
  const { output } = await built.generate({ format: 'es', inlineDynamicImports: true })
  await built.close()
  return output[0].code
}

const ENTRIES = {
  session: 'export { createContext } from "stytch-b2b"; export { authenticateSessionJwtLocal } from "stytch-b2b/jwt"',
  'access token': 'export { createContext } from "stytch-b2b"; export { introspectIdpTokenLocal } from "stytch-b2b/jwt"',
  m2m: 'export { createContext } from "stytch-b2b"; export { authenticateM2mToken } from "stytch-b2b/jwt"',
  edge: 'export { createContext } from "stytch-b2b"; export { authenticateRequest } from "stytch-b2b/edge"',
}

describe('#rs256 in bundles of dist/', () => {
  for (const [name, code] of Object.entries(ENTRIES)) {
    it(`${name}: Web Crypto for workers and browsers, node:crypto for Node`, async () => {
      for (const conditions of [['workerd', 'worker', 'browser'], ['edge-light', 'worker', 'browser'], ['browser']]) {
        const edge = await bundle(code, [...conditions, 'import', 'default'], true)
        expect(edge).not.toMatch(/from ['"]node:|require\(['"]node:|import\(['"]node:/)
        expect(edge).toContain('crypto.subtle.verify(')
      }
      const node = await bundle(code, ['node', 'import', 'default'], false)
      expect(node).toMatch(/import\(['"]node:crypto['"]\)/)
      expect(node).not.toContain('crypto.subtle.verify(')
    }, 60_000)
  }
})
