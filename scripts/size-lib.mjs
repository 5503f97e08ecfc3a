import nodeResolve from '@rollup/plugin-node-resolve'; import terser from '@rollup/plugin-terser'; import { gzipSync } from 'node:zlib'; import { rollup } from 'rollup'; const dist = process.cwd() + '/dist/index.js';
export async function measure(code) {
  const bundle = await rollup({
    input: 'entry',
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : id === 'stytch-b2b' ? dist : null),
        load: (id) => (id === 'entry' ? code : null),
      },
      nodeResolve({ exportConditions: ['worker', 'browser', 'import', 'default'], browser: true }),
    ],
  })
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, compress: { passes: 2 } })] })
  await bundle.close()
  const text = output[0].code
  return { code: text, min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length }
}
