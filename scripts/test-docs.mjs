#!/usr/bin/env node
// `npm run test:docs`: every ```ts block of README.md and packages/emulator/README.md is
// type-checked under `strict` and run against a fresh emulator. Needs `npm run build` first.
//
// The convention a block follows, so that it stays copy-pasteable:
// - It is a complete ES module: every import written out, top-level await allowed. Imports resolve
//   to the built packages (`stytch-b2b`, `stytch-b2b/*`, `stytch-b2b-emulator`) and to this
//   repository's node_modules (valibot, ky, fast-check, …).
// - Credentials come from the environment, as a user's script reads them:
//   `process.env.STYTCH_PROJECT_ID`, `process.env.STYTCH_SECRET` and `process.env.STYTCH_BASE_URL`
//   (unset for Stytch itself; here each block gets its own fresh emulator's URL). A block that
//   starts its own emulator (`startEmulator()`) needs none of them.
// - A block whose default export has a `fetch(request, env)` (a Worker, a Hono app) is also called
//   once: `GET https://app.example/?organization_id=<that organization>` with a session JWT of a fresh member (role `stytch_admin`,
//   organization `Acme`) as `Authorization: Bearer …` and as the `stytch_session_jwt` cookie, and
//   `env` holding the three variables above. An answer under 500 passes.
// - `<!-- test:docs no-run: why -->` on the line before a block type-checks it but does not run it;
//   `<!-- test:docs skip: why -->` does neither (for a block that cannot type-check, e.g. a diff).
// - A `test(…)`/`it(…)` block may use vitest's globals: it is type-checked with them declared, and
//   run under vitest.
// Prints one line per block (PASS, FAIL or SKIP with file:line) and exits 1 on any failure.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const SOURCES = ['README.md', 'packages/emulator/README.md']
const RUN_TIMEOUT_MS = 20_000
const PARALLEL = 4

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'packages/emulator/dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first')
  process.exit(1)
}

/** The ```ts blocks of a Markdown file, with the line of their fence and any test:docs mark. */
function extract(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)/.exec(lines[i])
    if (!open) continue
    const fence = lines[i].trim().match(/^`+/)[0]
    let end = i + 1
    while (end < lines.length && !lines[end].trim().startsWith(fence)) end++
    if (['ts', 'typescript', 'tsx'].includes(open[2])) {
      const mark = /<!--\s*test:docs\s+(no-run|skip)\s*:?\s*(.*?)\s*-->/.exec(lines[i - 1] ?? '')
      const code = lines.slice(i + 1, end).map((line) => line.slice(open[1].length)).join('\n')
      blocks.push({ file, line: i + 1, code, mode: mark?.[1] ?? 'run', reason: mark?.[2] ?? '' })
    }
    i = end
  }
  return blocks
}

const blocks = SOURCES.filter((f) => existsSync(join(root, f))).flatMap(extract)
const dir = mkdtempSync(join(tmpdir(), 'stytch-docs-'))
const results = new Map()
try {
  // A project of its own: node_modules links to this repository's packages, plus the package itself.
  const modules = join(dir, 'node_modules')
  mkdirSync(modules)
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== 'stytch-b2b' && !name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(modules, name))
  }
  symlinkSync(root, join(modules, 'stytch-b2b'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }))
  const vitestGlobals = "import type { test as T, it as I, expect as E, describe as D } from 'vitest'\ndeclare global { const test: typeof T, it: typeof I, expect: typeof E, describe: typeof D }\n"
  for (const [index, block] of blocks.entries()) {
    block.name = `block${index}`
    block.vitest = /^\s*(test|it|describe)\(/m.test(block.code)
    if (block.mode === 'skip') continue
    // `export {}` makes every block a module (top-level await), whatever it imports.
    writeFileSync(join(dir, `${block.name}${block.vitest ? '.test' : ''}.ts`), `${block.code}\nexport {}\n`)
    if (block.vitest) writeFileSync(join(dir, `${block.name}.globals.d.ts`), vitestGlobals)
  }
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: ['node'],
      skipLibCheck: true,
      outDir: 'out',
      rootDir: '.',
      noEmitOnError: false,
    },
    include: ['*.ts'],
  }))

  // One compiler run for every block; its diagnostics are mapped back to README lines.
  const tsc = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir, '--pretty', 'false'], { cwd: dir })
  const errors = new Map()
  for (const line of tsc.output.split('\n')) {
    const m = /^(block\d+)(?:\.test)?\.ts\((\d+),(\d+)\): (error .*)$/.exec(line)
    if (!m) continue
    const block = blocks.find((b) => b.name === m[1])
    const list = errors.get(block) ?? []
    list.push(`${block.file}:${block.line + Number(m[2])}: ${m[4]}`)
    errors.set(block, list)
  }
  if (tsc.code !== 0 && errors.size === 0) throw new Error(`tsc failed:\n${tsc.output}`)

  const { startEmulator } = await import('stytch-b2b-emulator')
  const { createContext, createOrganization, createMember, loginOrSignupOtpEmail, authenticateOtpEmail } = await import('stytch-b2b')
  const queue = blocks.filter((b) => b.mode === 'run' && !errors.has(b))
  const worker = async () => {
    for (let block = queue.shift(); block; block = queue.shift()) results.set(block, await runBlock(block))
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))

  let failed = 0
  for (const block of blocks) {
    const where = `${block.file}:${block.line}`
    const typeErrors = errors.get(block)
    if (block.mode === 'skip') console.log(`SKIP ${where} (${block.reason || 'no reason given'})`)
    else if (typeErrors) {
      failed++
      console.log(`FAIL ${where} type-check\n${typeErrors.map((e) => `     ${e}`).join('\n')}`)
    } else if (block.mode === 'no-run') console.log(`SKIP ${where} type-checked, not run (${block.reason || 'no reason given'})`)
    else {
      const result = results.get(block)
      if (!result.ok) failed++
      console.log(`${result.ok ? 'PASS' : 'FAIL'} ${where}${result.note ? ` ${result.note}` : ''}${result.ok ? '' : `\n${indent(result.output)}`}`)
    }
  }
  console.log(`${blocks.length} blocks: ${failed} failed`)
  process.exitCode = failed ? 1 : 0

  /** Runs one compiled block in a child process against an emulator of its own. */
  async function runBlock(block) {
    const emulator = await startEmulator()
    try {
      const env = { ...process.env, STYTCH_PROJECT_ID: emulator.projectId, STYTCH_SECRET: emulator.secret, STYTCH_BASE_URL: emulator.url }
      const file = join(dir, 'out', `${block.name}${block.vitest ? '.test' : ''}.js`)
      if (/export\s+default\b/.test(block.code)) Object.assign(env, await signIn(emulator))
      const args = block.vitest
        ? [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--globals', '--root', dir, '--dir', 'out', relative(dir, file)]
        : [join(root, 'scripts/test-docs-driver.mjs'), file]
      const { code, output, timedOut } = await run(process.execPath, args, { cwd: dir, env, timeoutMs: RUN_TIMEOUT_MS })
      const note = /^DRIVER (.*)$/m.exec(output)?.[1]
      return { ok: code === 0, output: timedOut ? `timed out after ${RUN_TIMEOUT_MS} ms\n${output}` : output, note }
    } finally {
      await emulator.close()
    }
  }

  /** A fresh member's session JWT on the emulator: organization, member, OTP login. */
  async function signIn(emulator) {
    const ctx = createContext({ projectId: emulator.projectId, secret: emulator.secret, baseUrl: emulator.url })
    const { organization } = await createOrganization(ctx, { organization_name: 'Acme' })
    const organization_id = organization.organization_id
    const email_address = 'ada@acme.example'
    await createMember(ctx, { organization_id, email_address, roles: ['stytch_admin'] })
    await loginOrSignupOtpEmail(ctx, { organization_id, email_address })
    const [mail] = emulator.outbox({ to: email_address, template: 'otp' })
    const { session_jwt } = await authenticateOtpEmail(ctx, { organization_id, email_address, code: mail?.code ?? '' })
    return { STYTCH_DOCS_SESSION_JWT: session_jwt, STYTCH_DOCS_ORGANIZATION_ID: organization_id }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

function indent(text) {
  return text.trim().split('\n').slice(-30).map((l) => `     ${l}`).join('\n')
}

/** Runs a command; resolves with its exit code and combined output, killing it after `timeoutMs`. */
function run(command, args, { cwd, env = process.env, timeoutMs = 120_000 }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let timedOut = false
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code: timedOut ? 1 : code, output, timedOut })
    })
  })
}
