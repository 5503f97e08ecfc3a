// Bundles one entry module the way a user's edge bundler would (rollup + node-resolve with
// worker/browser conditions + terser) into ONE file, dynamic imports inlined as Workers and
// Vercel Edge bundlers do, and reports its minified and gzip bytes.
import nodeResolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { rollup } from 'rollup'

const root = fileURLToPath(new URL('../', import.meta.url))

/** `code` may import `stytch-b2b` and its subpaths; they resolve to this package's dist/. */
export async function measure(code) {
  const bundle = await rollup({
    input: 'entry',
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? code : null),
      },
      nodeResolve({ exportConditions: ['worker', 'browser', 'import', 'default'], browser: true, rootDir: root }),
    ],
  })
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser({ module: true, compress: { passes: 2 } })] })
  await bundle.close()
  const chunks = output.filter((o) => o.type === 'chunk')
  if (chunks.length !== 1) throw new Error(`expected one output file, got ${chunks.length}`)
  const text = chunks[0].code
  return { code: text, min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length }
}
