#!/usr/bin/env node
// Runs the end-to-end tests (the library against the emulator over HTTP) and counts the API
// routes that answered at least one request with 2xx, from the route hits each test file's
// emulator recorded. Fails unless all routes of the manifest did.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { endpoints } from '../dist/manifest.js'

const dir = mkdtempSync(join(tmpdir(), 'stytch-e2e-'))
try {
  execFileSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/emulator/'], { stdio: 'inherit', env: { ...process.env, STYTCH_E2E_REPORT_DIR: dir } })
  const ok = new Set()
  const failed = new Set()
  for (const file of readdirSync(dir)) {
    const hits = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    hits.ok.forEach((k) => ok.add(k))
    hits.failed.forEach((k) => failed.add(k))
  }
  const key = (e) => `${e.method} ${e.path}`
  const answered = endpoints.filter((e) => ok.has(key(e)))
  const errorsSeen = endpoints.filter((e) => failed.has(key(e)))
  console.log(`\nend-to-end routes answered 2xx: ${answered.length}/${endpoints.length}; routes also exercised with an error answer: ${errorsSeen.length}/${endpoints.length}`)
  const missing = endpoints.filter((e) => !ok.has(key(e))).map((e) => e.id)
  if (missing.length) {
    console.log(`missing: ${missing.join(', ')}`)
    process.exitCode = 1
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
