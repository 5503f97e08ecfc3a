#!/usr/bin/env node
// Rebuilds every generated file from spec/b2b-api.json: endpoint modules and their barrel,
// models and nested param schemas, the manifest, the test cases and the README's route table.
//
//   npm run generate            write them
//   npm run generate -- --check exit 1, naming each file, if any differs from what the spec gives
//
// Each emitter under scripts/generate/ returns [path, text] pairs and writes nothing itself.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { emitCases } from './generate/cases.mjs'
import { emitEndpoints } from './generate/endpoints.mjs'
import { emitManifest } from './generate/manifest.mjs'
import { emitModels } from './generate/models.mjs'
import { emitReadme } from './generate/readme.mjs'
import { BANNER, root } from './generate/spec.mjs'

const check = process.argv.includes('--check')
const files = new Map([...emitEndpoints(), ...emitModels(), ...emitManifest(), ...emitCases(), ...emitReadme()])

// Generated endpoint modules the spec no longer has.
const dir = join(root, 'src/endpoints')
const stale = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .map((f) => `src/endpoints/${f}`)
  .filter((f) => f.endsWith('.ts') && !files.has(f) && readFileSync(join(root, f), 'utf8').startsWith(BANNER))

const differs = [...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text).map(([path]) => path)
if (check) {
  for (const path of [...differs, ...stale]) console.error(`out of date: ${path}`)
  if (differs.length || stale.length) {
    console.error('generated files differ from spec/b2b-api.json: run `npm run generate` and commit the result')
    process.exit(1)
  }
  console.log(`generated files match spec/b2b-api.json (${files.size} files)`)
} else {
  for (const path of differs) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), files.get(path))
  }
  for (const path of stale) rmSync(join(root, path))
  console.log(`${files.size} generated files: ${differs.length} written, ${stale.length} removed`)
}
