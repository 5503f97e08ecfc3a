// Library build: ESM, one file per subpath plus ONE shared chunk, declarations from tsc (one per
// source file). Dependencies stay external so that the user's bundler dedupes and tree-shakes them.
//
// Why chunks and not one file per source module: Node without a bundler (a Lambda, a server) pays
// for every file it loads; importing one function from the root used to load ~160 files.
// Now `stytch-b2b` loads two files (index.js and _chunks/shared.js), and so does each of
// `stytch-b2b/jwt`, `/rbac`, `/edge`, `/hono`. Every subpath imports the same shared chunk, so
// error classes, context checks and caches exist once per process whatever subpaths an app uses.
//
// What bundlers need instead: with several modules in one file, `sideEffects: false` can no longer
// drop an unused module whole, so every top-level statement in the output must be provably free
// of side effects (pure annotations where a bundler cannot tell). tests/package.test.ts holds
// that line for every built file with rollup and esbuild, and scripts/size.mjs and
// scripts/check-package.mjs check that one endpoint still bundles alone.
import typescript from '@rollup/plugin-typescript'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]
const src = fileURLToPath(new URL('./src/', import.meta.url))

const input = {
  index: 'src/index.ts',
  'jwt/index': 'src/jwt/index.ts',
  'rbac/index': 'src/rbac/index.ts',
  'testing/index': 'src/testing/index.ts',
  'testing/arbitraries': 'src/testing/arbitraries.ts',
  'edge/index': 'src/edge/index.ts',
  'hono/index': 'src/hono/index.ts',
  'schemas/index': 'src/schemas/index.ts',
  manifest: 'src/manifest.ts',
  'ky/index': 'src/ky/index.ts',
}

/**
 * Subpaths whose whole module graph is the shared chunk: the code that more than one subpath runs
 * (core, JWT, RBAC, edge glue, and the two routes the JWT and edge code fall back to). What only
 * one entry uses stays in that entry's file: the endpoints in index.js, valibot's schemas in
 * schemas/index.js, the JWT test kit in testing/index.js. (A lazy `import()` would be followed too,
 * so that its target lands in the chunk of its importer, where rollup turns it into a reference.)
 */
const SHARED_FROM = ['jwt/index', 'rbac/index', 'edge/index', 'hono/index'].map((name) => `${src}${name}.ts`)

/** `manualChunks`: the modules reachable from {@link SHARED_FROM}, minus those entries themselves. */
function sharedChunk() {
  let shared
  return (id, { getModuleInfo }) => {
    if (!shared) {
      shared = new Set()
      const todo = [...SHARED_FROM]
      while (todo.length) {
        const info = getModuleInfo(todo.pop())
        if (!info || info.isExternal || shared.has(info.id)) continue
        shared.add(info.id)
        todo.push(...info.importedIds, ...info.dynamicallyImportedIds)
      }
      for (const entry of SHARED_FROM) shared.delete(entry)
    }
    return shared.has(id) ? 'shared' : undefined
  }
}

const library = {
  input: {
    ...input,
    // The two targets of the `#rs256` import (package.json `imports`): node:crypto under `node` and `bun`, Web Crypto elsewhere.
    'jwt/rs256': 'src/jwt/rs256.ts',
    // And of `#deadline`: attempts sharing deadline signals under `node` and `bun`, one each elsewhere.
    'core/deadline': 'src/core/deadline.ts',
    'core/deadline.node': 'src/core/deadline.node.ts',
    'jwt/rs256.node': 'src/jwt/rs256.node.ts',
  },
  // `#…` imports stay as written, for the importer's runtime or bundler to resolve by condition.
  external: (id) => id.startsWith('#') || id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '_chunks/[name].js',
    manualChunks: sharedChunk(),
    // No `import '#rs256'` copied into every entry from the shared chunk: Node gains nothing from the
    // hint, and the Web Crypto target (which imports two helpers from the shared chunk) would import itself.
    hoistTransitiveImports: false,
    // Readable names across files (`export { createContext }`, not `export { a as createContext }`).
    minifyInternalExports: false,
  },
  treeshake: { moduleSideEffects: false },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      outDir: 'dist',
      declaration: true,
      declarationDir: 'dist',
    }),
  ],
}

export default library
