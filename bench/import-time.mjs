#!/usr/bin/env node
// Cold import cost of the unbundled package in Node, as a Lambda or a server without a bundler
// pays it. Every sample is a fresh `node` process that imports one function; per repetition a
// fresh `node -e 0` runs too, and the case's wall time (spawn to exit) minus that baseline's is
// the Δ the performance issue budgets (paired within the repetition). Beside it: how long the
// import itself took inside the process (performance.now() around it; on a loaded machine far
// steadier than wall time, which also carries process start and exit), and how many module files
// the import loads. Medians with min and max. No network.
//
//   node bench/import-time.mjs [--reps N] [--json] [label=packageDir ...]
//
// Without package dirs it measures this repository (the built dist/, through the package's own
// name). Several `label=dir` arguments compare builds side by side in one run: each dir holds a
// package.json named `stytch-b2b` with its dist/ and a node_modules that resolves its dependencies.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const args = process.argv.slice(2)
const take = (name) => {
  const i = args.indexOf(name)
  return i === -1 ? undefined : args.splice(i, name === '--json' ? 1 : 2).at(-1)
}
const REPS = Number(take('--reps') ?? process.env.IMPORT_REPS ?? 25)
const asJson = take('--json') !== undefined
if (!Number.isInteger(REPS) || REPS < 1) throw new Error('--reps must be a positive integer')
const packages = args.length
  ? args.map((a) => (a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, a]))
  : [['dist', fileURLToPath(new URL('..', import.meta.url))]]

/** Import lines as a user writes them; each child runs `node --input-type=module -e` in the package dir. */
const CASES = [
  // The ES module loader with nothing to load: the part of every Δ below that is not ours.
  ['(floor: nothing imported)', null, null],
  ['root: getOrganization', 'stytch-b2b', 'getOrganization'],
  ['jwt: authenticateSessionJwtLocal', 'stytch-b2b/jwt', 'authenticateSessionJwtLocal'],
  ['rbac: isAuthorized', 'stytch-b2b/rbac', 'isAuthorized'],
  ['edge: authenticateRequest', 'stytch-b2b/edge', 'authenticateRequest'],
]
// A dynamic import loads, links and evaluates the same module graph as a static one, and lets the
// child time it.
const childCode = (specifier, name) =>
  specifier === null
    ? 'process.stdout.write("0")'
    : `const t = performance.now(); const { ${name} } = await import(${JSON.stringify(specifier)}); const ms = performance.now() - t;` +
      ` if (typeof ${name} !== 'function') throw new Error('no ${name}'); process.stdout.write(String(ms))`

/** Runs `node <argv>` in `cwd`; resolves with its wall time (spawn to exit, ms) and what it printed. */
function run(argv, cwd) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code !== 0) return reject(new Error(`node ${argv.join(' ')} (in ${cwd}) exited ${code}: ${err.trim()}`))
      resolve({ wall: Number(process.hrtime.bigint() - started) / 1e6, out })
    })
  })
}

// Module files loaded: a load hook (on its own thread in Node 20) appends each file URL to a list;
// counted once per case, outside the timed runs.
const scratch = mkdtempSync(join(tmpdir(), 'import-time-'))
const hooks = join(scratch, 'hooks.mjs')
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.IMPORT_TIME_LIST, url + '\\n')
  return next(url, context)
}
`,
)
const register = join(scratch, 'register.mjs')
writeFileSync(register, `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`)
function filesLoaded(code, cwd) {
  const list = join(scratch, 'list.txt')
  writeFileSync(list, '')
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, '--input-type=module', '-e', code], { cwd, env: { ...process.env, IMPORT_TIME_LIST: list }, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(r.stderr)
  const urls = [...new Set(readFileSync(list, 'utf8').split('\n').filter(Boolean))]
  const deps = urls.filter((u) => u.includes('/node_modules/')).length
  return { total: urls.length, ours: urls.length - deps, deps }
}

try {
  const runs = packages.flatMap(([label, dir]) =>
    CASES.map(([name, specifier, fn]) => {
      const code = childCode(specifier, fn)
      return { label, dir, name, code, wall: [], inProcess: [], files: filesLoaded(code, dir) }
    }),
  )
  const baseline = []
  // Warm the file system cache once, so that the first repetition is no outlier.
  for (const r of runs) await run(['--input-type=module', '-e', r.code], r.dir)
  for (let rep = 0; rep < REPS; rep++) {
    if (!asJson) process.stderr.write(`[import-time] repetition ${rep + 1}/${REPS}\n`)
    const base = (await run(['-e', '0'], packages[0][1])).wall
    baseline.push(base)
    // Rotated order, so that no case always runs right after the baseline.
    for (let i = 0; i < runs.length; i++) {
      const r = runs[(i + rep) % runs.length]
      const { wall, out } = await run(['--input-type=module', '-e', r.code], r.dir)
      r.wall.push(wall - base)
      r.inProcess.push(Number(out))
    }
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]
  const stats = (v) => ({ median: median(v), min: Math.min(...v), max: Math.max(...v) })
  const results = runs.map(({ label, name, wall, inProcess, files }) => ({ label, name, deltaWallMs: stats(wall), importMs: stats(inProcess), files }))
  if (asJson) {
    console.log(JSON.stringify({ node: process.version, reps: REPS, baselineWallMs: stats(baseline), results }))
  } else {
    const f = (n) => n.toFixed(1)
    const cell = (s, sign = '') => `${sign && s.median >= 0 ? sign : ''}${f(s.median)} ms (${f(s.min)} to ${f(s.max)})`
    const b = stats(baseline)
    console.log(`node ${process.version}, ${REPS} paired repetitions; \`node -e 0\` itself: ${cell(b)} wall`)
    console.log('\n| build | import | Δ wall over `node -e 0`, median (min to max) | the import, in process | files loaded (ours + deps) |\n|---|---|---:|---:|---:|')
    for (const r of results) console.log(`| ${r.label} | ${r.name} | ${cell(r.deltaWallMs, '+')} | ${cell(r.importMs)} | ${r.files.total} (${r.files.ours} + ${r.files.deps}) |`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
