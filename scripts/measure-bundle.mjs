// Bundles one entry module the way a user's edge bundler would (rollup + node-resolve with
// worker/browser conditions + terser) and reports minified and gzip bytes.
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
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, compress: { passes: 2 } })] })
  await bundle.close()
  // Code loaded with the entry (it and its static imports) vs chunks only loaded on demand.
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]))
  const eager = new Set()
  const visit = (name) => {
    if (eager.has(name)) return
    eager.add(name)
    for (const dep of chunks.get(name)?.imports ?? []) visit(dep)
  }
  visit(output[0].fileName)
  const join = (names) => names.map((n) => chunks.get(n).code).join('\n')
  const text = join([...eager])
  const all = join([...chunks.keys()])
  return {
    code: text,
    min: Buffer.byteLength(text),
    gzip: gzipSync(text, { level: 9 }).length,
    lazyGzip: gzipSync(all, { level: 9 }).length - gzipSync(text, { level: 9 }).length,
    lazyCode: join([...chunks.keys()].filter((n) => !eager.has(n))),
  }
}
