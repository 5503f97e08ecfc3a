// Sequential write throughput of the emulator with a data file (--data), with a small and a big
// state side by side: does a write cost more as the state grows?
//
//   node packages/emulator/bench/writes.mjs [--cli path/to/cli.js] [--runs 5] [--writes 200] [--seconds 5] [--big 20000]
//
// Each run copies a seeded data file (version 1, which every emulator version reads) into a temp
// dir, starts the CLI on loopback as a separate process, and times `createOrganization` calls and
// then `updateOrganization` calls made one after another over HTTP with the library; a series
// stops after --writes calls or --seconds, whichever comes first. The seeded records are half
// organizations, half members (one per organization). Runs alternate between the two sizes and
// the medians are reported. Build first (`npm run build`); --cli picks another build, e.g. an
// older checkout's, for a before/after comparison.
import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { createContext, createMember, createOrganization, updateOrganization } from 'stytch-b2b'
import { startEmulator } from '../dist/index.js'

const { values } = parseArgs({
  options: {
    cli: { type: 'string', default: fileURLToPath(new URL('../dist/cli.js', import.meta.url)) },
    runs: { type: 'string', default: '5' },
    writes: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '5' },
    small: { type: 'string', default: '100' },
    big: { type: 'string', default: '20000' },
  },
})
const runs = Number(values.runs)
const maxWrites = Number(values.writes)
const budgetMs = Number(values.seconds) * 1000
const sizes = { small: Number(values.small), big: Number(values.big) }
const credentials = { projectId: 'project-test-00000000-0000-4000-8000-000000000000', secret: 'secret-test-emulator-0000000000000000' }

const dir = mkdtempSync(join(tmpdir(), 'emulator-bench-'))
process.on('exit', () => rmSync(dir, { recursive: true, force: true }))

/** An organization record and a member record exactly as the emulator stores them, to copy. */
async function templates() {
  const emulator = await startEmulator()
  try {
    const ctx = createContext({ ...credentials, baseUrl: emulator.url })
    const { organization } = await createOrganization(ctx, { organization_name: 'Template', organization_slug: 'template' })
    await createMember(ctx, { organization_id: organization.organization_id, email_address: 'template@example.com', name: 'Template' })
    const state = emulator.snapshot()
    return { state, org: Object.values(state.organizations)[0], member: Object.values(state.members)[0] }
  } finally {
    await emulator.close()
  }
}

/** Writes a version 1 data file holding `records` records (half organizations, half members). */
function seed(path, { state, org, member }, records) {
  const organizations = {}
  const members = {}
  for (let i = 0; i < records / 2; i++) {
    const organization_id = `organization-test-seed-${i}`
    organizations[organization_id] = { ...structuredClone(org), organization_id, organization_name: `Seed ${i}`, organization_slug: `seed-${i}` }
    const member_id = `member-test-seed-${i}`
    const m = structuredClone(member)
    members[member_id] = { ...m, member: { ...m.member, member_id, organization_id, email_address: `seed-${i}@example.com` } }
  }
  writeFileSync(path, JSON.stringify({ ...state, version: 1, organizations, members, sessions: {}, intermediate_sessions: {}, tokens: {}, otps: {}, sso_connections: {}, scim_connections: {}, outbox: [] }))
}

/** Starts the CLI on `dataPath`; resolves once it printed its URL. */
function run(dataPath) {
  const child = spawn(process.execPath, [values.cli, '--port', '0', '--quiet', '--data', dataPath], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`no URL printed: ${out}`))), 60_000)
    child.stdout.on('data', (chunk) => {
      out += chunk
      const url = /emulator on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1]
      if (url) {
        clearTimeout(timer)
        resolve({ url, stop: () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM'))) })
      }
    })
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)))
  })
}

/** Calls `write(i)` one after another until maxWrites calls or the time budget; returns writes per second. */
async function series(write) {
  const start = performance.now()
  let n = 0
  while (n < maxWrites && performance.now() - start < budgetMs) await write(n++)
  return n / ((performance.now() - start) / 1000)
}

async function measure(seedPath, label, runIndex) {
  const dataPath = join(dir, `${label}-${runIndex}.json`)
  copyFileSync(seedPath, dataPath)
  const emulator = await run(dataPath)
  try {
    const ctx = createContext({ ...credentials, baseUrl: emulator.url, retry: { limit: 0 } })
    const created = []
    for (let i = 0; i < 5; i++) created.push((await createOrganization(ctx, { organization_name: `Warm ${i}`, organization_slug: `warm-${runIndex}-${i}` })).organization.organization_id)
    const creates = await series(async (i) => {
      const { organization } = await createOrganization(ctx, { organization_name: `Bench ${i}`, organization_slug: `bench-${runIndex}-${i}` })
      created.push(organization.organization_id)
    })
    const updates = await series((i) => updateOrganization(ctx, { organization_id: created[i % created.length], organization_name: `Renamed ${i}` }))
    return { creates, updates }
  } finally {
    await emulator.stop()
    rmSync(dataPath, { force: true })
    rmSync(`${dataPath}.journal`, { force: true })
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const t = await templates()
const seeds = {}
for (const [label, records] of Object.entries(sizes)) {
  seeds[label] = join(dir, `seed-${label}.json`)
  seed(seeds[label], t, records)
}
const results = { small: { creates: [], updates: [] }, big: { creates: [], updates: [] } }
for (let r = 0; r < runs; r++) {
  for (const label of ['small', 'big']) {
    const { creates, updates } = await measure(seeds[label], label, r)
    results[label].creates.push(creates)
    results[label].updates.push(updates)
    process.stderr.write(`run ${r + 1}/${runs} ${label}: ${creates.toFixed(0)} creates/s, ${updates.toFixed(0)} updates/s\n`)
  }
}

const fmt = (x) => x.toFixed(1).padStart(9)
console.log(`emulator CLI: ${values.cli}`)
console.log(`sequential writes over HTTP, median of ${runs} runs (each series: up to ${maxWrites} calls or ${budgetMs / 1000} s)`)
console.log(`${'state'.padEnd(7)}${'records'.padStart(9)}${'file MB'.padStart(9)}${'create/s'.padStart(10)}${'update/s'.padStart(10)}`)
const medians = {}
for (const label of ['small', 'big']) {
  medians[label] = { creates: median(results[label].creates), updates: median(results[label].updates) }
  const mb = statSync(seeds[label]).size / 1e6
  console.log(`${label.padEnd(7)}${String(sizes[label]).padStart(9)}${mb.toFixed(1).padStart(9)} ${fmt(medians[label].creates)} ${fmt(medians[label].updates)}`)
}
console.log(`${'big/small'.padEnd(25)} ${(medians.big.creates / medians.small.creates).toFixed(2).padStart(9)} ${(medians.big.updates / medians.small.updates).toFixed(2).padStart(9)}`)
