#!/usr/bin/env node
// Runs the end-to-end tests (the library against the emulator over HTTP) and counts the API
// routes that answered at least one request with 2xx, and the routes accepting member-session
// headers that were sent them and enforced them, from the hits each test file's emulator
// recorded. Fails unless every route did both that applies to it, and unless every route's latest
// 2xx body carries every field its spec response type marks required (scripts/response-fields.mjs).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { endpoints } from '../dist/manifest.js'
import { checkSamples } from './response-fields.mjs'

const dir = mkdtempSync(join(tmpdir(), 'stytch-e2e-'))
try {
  // A failing test still leaves the reports of its file, so the counts below are printed anyway.
  let testsFailed = false
  try {
    execFileSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'packages/emulator/tests/'], { stdio: 'inherit', env: { ...process.env, STYTCH_E2E_REPORT_DIR: dir } })
  } catch (error) {
    if (typeof error?.status !== 'number') throw error
    testsFailed = true
  }
  const ok = new Set()
  const failed = new Set()
  const authorized = new Set()
  /** `METHOD path-template` → the sampled 2xx bodies, one per test file that answered the route. */
  const samples = {}
  for (const file of readdirSync(dir)) {
    const hits = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    hits.ok.forEach((k) => ok.add(k))
    hits.failed.forEach((k) => failed.add(k))
    hits.authorized.forEach((k) => authorized.add(k))
    for (const [k, body] of Object.entries(hits.samples ?? {})) (samples[k] ??= []).push(body)
  }
  const key = (e) => `${e.method} ${e.path}`
  const spec = JSON.parse(readFileSync('spec/b2b-api.json', 'utf8'))
  const answered = endpoints.filter((e) => ok.has(key(e)))
  const errorsSeen = endpoints.filter((e) => failed.has(key(e)))
  // B2B routes are those of the spec's B2B methods; the rest belong to the consumer clients on the B2B client.
  const b2bIds = new Set(spec.methods.map((m) => m.id))
  const b2b = endpoints.filter((e) => b2bIds.has(e.id))
  const split = `B2B ${answered.filter((e) => b2bIds.has(e.id)).length}/${b2b.length}, consumer clients ${answered.filter((e) => !b2bIds.has(e.id)).length}/${endpoints.length - b2b.length}`
  console.log(`\nend-to-end routes answered 2xx: ${answered.length}/${endpoints.length} (${split}); routes also exercised with an error answer: ${errorsSeen.length}/${endpoints.length}`)
  // Routes that accept member-session headers, as the manifest says.
  const withHeaders = endpoints.filter((e) => e.auth)
  const enforced = withHeaders.filter((e) => authorized.has(key(e)))
  console.log(`member-session headers sent and enforced: ${enforced.length}/${withHeaders.length} of the routes that accept them`)
  const missing = endpoints.filter((e) => !ok.has(key(e))).map((e) => e.id)
  const unenforced = withHeaders.filter((e) => !authorized.has(key(e))).map((e) => e.id)
  const incomplete = checkSamples(spec, endpoints, samples)
  console.log(`responses with every required field of their spec type: ${Object.keys(samples).filter((k) => endpoints.some((e) => key(e) === k)).length - incomplete.length}/${answered.length} of the routes answered 2xx`)
  // Indices collapsed, so that a field missing from every member of a list is named once.
  for (const { id, problems } of incomplete) console.log(`  ${id}: ${[...new Set(problems.map((p) => p.replace(/\[\d+\]/g, "[*]")))].join("; ")}`)
  if (testsFailed) {
    console.log('the end-to-end tests failed (see above)')
    process.exitCode = 1
  }
  if (missing.length || unenforced.length || incomplete.length) {
    if (missing.length) console.log(`never answered 2xx: ${missing.join(', ')}`)
    if (unenforced.length) console.log(`headers never sent or not enforced: ${unenforced.join(', ')}`)
    process.exitCode = 1
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
