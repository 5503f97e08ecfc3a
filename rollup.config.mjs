// Library build: ESM, one output file per source file (preserveModules), declarations from tsc.
// Dependencies stay external so that the user's bundler dedupes and tree-shakes them.
import typescript from '@rollup/plugin-typescript'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]

const library = {
  input: {
    index: 'src/index.ts',
    'jwt/index': 'src/jwt/index.ts',
    'rbac/index': 'src/rbac/index.ts',
    'testing/index': 'src/testing/index.ts',
    'testing/arbitraries': 'src/testing/arbitraries.ts',
    'edge/index': 'src/edge/index.ts',
    'hono/index': 'src/hono/index.ts',
    manifest: 'src/manifest.ts',
    'ky/index': 'src/ky/index.ts',
    // The two targets of the `#rs256` import (package.json `imports`): node:crypto under `node` and `bun`, Web Crypto elsewhere.
    'jwt/rs256': 'src/jwt/rs256.ts',
    'jwt/rs256.node': 'src/jwt/rs256.node.ts',
  },
  // `#…` imports stay as written, for the importer's runtime or bundler to resolve by condition.
  external: (id) => id.startsWith('#') || id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
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
