// What a user's bundle pays for one entry module, measured the two ways edge code is deployed:
// rollup + node-resolve + terser, and esbuild (what wrangler and Vercel run). Both produce ONE
// file with every lazy chunk inlined (edge bundlers without code splitting inline dynamic
// imports), resolve with the worker/browser conditions, minify, and count gzip -9 bytes. Budgets
// and goals are judged on the larger of the two. Also the entries the performance goals name,
// shared by scripts/size.mjs and bench/run.mjs.
import nodeResolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { rollup } from 'rollup'

const root = fileURLToPath(new URL('../', import.meta.url))
const CONDITIONS = ['worker', 'browser']

/** Minified and gzip -9 bytes of one output file. */
function sized(text) {
  return { code: text, min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length }
}

/**
 * rollup + node-resolve (worker/browser conditions) + terser. `code` may import `stytch-b2b` and
 * its subpaths (they resolve to this package's dist/) or any absolute path.
 */
export async function measureRollup(code) {
  const bundle = await rollup({
    input: 'entry',
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? code : null),
      },
      nodeResolve({ exportConditions: [...CONDITIONS, 'import', 'default'], browser: true, rootDir: root }),
    ],
  })
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser({ module: true, compress: { passes: 2 } })] })
    const chunks = output.filter((o) => o.type === 'chunk')
    if (chunks.length !== 1) throw new Error(`rollup: expected one output file, got ${chunks.length}`)
    return sized(chunks[0].code)
  } finally {
    await bundle.close()
  }
}

/**
 * esbuild: bundle, minify, ESM, platform neutral, worker/browser conditions, no splitting (so one
 * file). Bare imports resolve from `resolveDir` (default: this package's root); `external` lists
 * what stays out (nothing by default: a Node built-in reached from an edge entry is an error).
 */
export async function measureEsbuild(code, { resolveDir = root, external = [] } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: CONDITIONS,
    external,
    logLevel: 'silent',
  })
  if (result.outputFiles.length !== 1) throw new Error(`esbuild: expected one output file, got ${result.outputFiles.length}`)
  return sized(result.outputFiles[0].text)
}

/**
 * The route templates a bundle holds: generated paths are arrays of literal text and param names
 * in turn (`["/v1/b2b/organizations/","organization_id"]`), written back as `{name}` templates.
 */
export const routesIn = (code) =>
  [...new Set((code.match(/\["\/v1\/[^\]]*\]/g) ?? []).map((parts) => JSON.parse(parts).map((part, i) => (i % 2 ? `{${part}}` : part)).join('')))]

/** Both measurers; `larger` is the one a budget or goal is judged on. */
export async function measureBoth(code) {
  const [rollupResult, esbuildResult] = [await measureRollup(code), await measureEsbuild(code)]
  return { rollup: rollupResult, esbuild: esbuildResult, larger: Math.max(rollupResult.gzip, esbuildResult.gzip) }
}

/**
 * The bundles the performance goals name, each with its goal in gzip bytes (KB = 1000 bytes).
 * `key` is how bench/run.mjs refers to them.
 */
export const GOAL_ENTRIES = [
  { key: 'one', name: 'one endpoint (authenticateMagicLink)', code: 'export { createContext, authenticateMagicLink } from "stytch-b2b"', goal: 5000 },
  {
    key: 'five',
    name: 'five endpoints (five groups)',
    code: 'export { createContext, authenticateMagicLink, getOrganization, createMember, authenticateSession, getRbacPolicy } from "stytch-b2b"',
    goal: 6000,
  },
  { key: 'rbac', name: 'RBAC only (isAuthorized)', code: 'export { isAuthorized } from "stytch-b2b/rbac"', goal: 600 },
  {
    key: 'worker',
    name: 'a typical Worker (two endpoints, local JWT with authorizationCheck, RBAC)',
    code: 'import { createContext, getOrganization, createMember, isAuthorized } from "stytch-b2b"; import { authenticateSessionJwtLocal } from "stytch-b2b/jwt"; export const run = (config, jwt, check) => authenticateSessionJwtLocal(createContext(config), jwt, { authorizationCheck: check }); export { getOrganization, createMember, isAuthorized }',
    goal: 10000,
  },
]
