#!/usr/bin/env node
// What a user's bundle pays: bundles one-import entries from dist/ (imported through the package
// root, as users write it) with rollup + node-resolve (worker/browser conditions) + terser, and
// prints minified and gzip bytes. Exits non-zero when an entry is over its budget.
import nodeResolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { rollup } from 'rollup'

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url))
if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first')
  process.exit(1)
}

/** name, import line(s), gzip budget in bytes (or null). */
export const ENTRIES = [
  ['createContext alone', 'export { createContext } from "stytch-b2b"', null],
  ['one endpoint (authenticateMagicLink)', 'export { createContext, authenticateMagicLink } from "stytch-b2b"', 7000],
  [
    'five endpoints',
    'export { createContext, authenticateMagicLink, loginOrSignupMagicLinkEmail, getOrganization, updateOrganization, searchOrganizations } from "stytch-b2b"',
    9000,
  ],
]

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

const kb = (n) => `${(n / 1000).toFixed(2)} KB`
let failed = 0
const rows = []
for (const [name, code, budget] of ENTRIES) {
  const { min, gzip } = await measure(code)
  const over = budget !== null && gzip > budget
  if (over) failed++
  rows.push(`| ${name} | ${kb(min)} | ${kb(gzip)} | ${budget === null ? '–' : `${kb(budget)}${over ? ' **OVER**' : ' ok'}`} |`)
}
console.log('| entry | minified | gzip | budget (gzip) |\n|---|---:|---:|---|')
console.log(rows.join('\n'))
if (failed) {
  console.error(`${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget`)
  process.exit(1)
}
