#!/usr/bin/env node
// Package hygiene, as a user meets the package: npm pack → install the tarball (and the emulator
// package's) into a fresh project → import every subpath as ESM, through require() on this Node,
// and from TypeScript (moduleResolution bundler and node16); bundled by esbuild for Node (as a
// Lambda deploy does), one endpoint carries only its own route; then publint and are-the-types-wrong
// for both. Prints one line per check and `N passed, N failed`. A second project without
// fast-check (an optional peer) checks that only stytch-b2b/testing/arbitraries needs it.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { routesIn } from './measure-bundle.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json').map((k) => (k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`))
const tsc = join(root, 'node_modules/typescript/bin/tsc')
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

const work = mkdtempSync(join(tmpdir(), 'stytch-b2b-pack-'))
let passed = 0
let failed = 0
async function check(name, body) {
  try {
    await body()
    passed++
    console.log(`PASS ${name}`)
  } catch (error) {
    failed++
    console.log(`FAIL ${name}: ${String(error.stderr || error.stdout || error.message).trim().split('\n').slice(-6).join(' | ')}`)
  }
}

try {
  const tarball = join(work, sh('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').at(-1))
  const emulatorTarball = join(work, sh('npm', ['pack', '--silent', '--pack-destination', work], join(root, 'packages/emulator')).trim().split('\n').at(-1))
  const app = join(work, 'app')
  sh('mkdir', ['-p', app])
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }))
  sh('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball, emulatorTarball, 'fast-check@4', 'valibot@1', '@types/node@20'], app)

  await check(`tarball holds dist only (${subpaths.length} subpaths)`, () => {
    const files = sh('tar', ['-tzf', tarball]).trim().split('\n')
    const outside = files.filter((f) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE)/.test(f))
    if (outside.length) throw new Error(`unexpected files: ${outside.slice(0, 5).join(', ')}`)
  })
  await check('every subpath imports as ESM', () => {
    const script = subpaths.map((s) => `await import(${JSON.stringify(s)})`).join(';')
    sh(process.execPath, ['--input-type=module', '-e', script], app)
  })
  await check(`every subpath loads through require() on Node ${process.versions.node}`, () => {
    const script = subpaths.map((s) => `require(${JSON.stringify(s)})`).join(';') + ';require("stytch-b2b").createContext({projectId:"p",secret:"s"})'
    sh(process.execPath, ['--input-type=commonjs', '-e', script], app)
  })
  const source = `
import { createContext, getOrganization, type Context, type GetOrganizationResponse } from 'stytch-b2b'
import { authenticateSessionJwtLocal, type JwtMemberSession } from 'stytch-b2b/jwt'
import { isAuthorized, type RbacPolicy } from 'stytch-b2b/rbac'
import { createTestJwks } from 'stytch-b2b/testing'
import { policyArbitrary } from 'stytch-b2b/testing/arbitraries'
import { endpoints, type EndpointEntry } from 'stytch-b2b/manifest'
import { authenticateRequest, errorResponse, type AuthenticatedRequest } from 'stytch-b2b/edge'
const ctx: Context = createContext({ projectId: 'project-test-1', secret: 's' })
export const calls: [Promise<GetOrganizationResponse>, Promise<JwtMemberSession>] = [getOrganization(ctx, { organization_id: 'o' }), authenticateSessionJwtLocal(ctx, 'jwt')]
const policy: RbacPolicy = { roles: [] }
export const allowed: boolean = isAuthorized(policy, { organization_id: 'o', roles: [] }, { organization_id: 'o', resource_id: 'r', action: 'a' })
export const entries: readonly EndpointEntry[] = endpoints
export const helpers = [createTestJwks, policyArbitrary]
export const edge: [Promise<AuthenticatedRequest>, Response] = [authenticateRequest(ctx, new Request('https://app.example/')), errorResponse(new Error('x'))]
// @ts-expect-error authorization is not accepted by getOrganization
getOrganization(ctx, { organization_id: 'o' }, { authorization: { session_jwt: 'x' } })
`
  writeFileSync(join(app, 'index.ts'), source)
  for (const [resolution, module] of [['bundler', 'esnext'], ['node16', 'node16']]) {
    await check(`TypeScript (moduleResolution ${resolution}) type-checks a consumer`, () => {
      const config = { compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, types: [] }, files: ['index.ts'] }
      writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify(config))
      sh(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], app)
    })
  }
  await check('the emulator tarball holds dist only and names the library as a peer, not a path', () => {
    const files = sh('tar', ['-tzf', emulatorTarball]).trim().split('\n')
    const outside = files.filter((f) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE)/.test(f))
    if (outside.length) throw new Error(`unexpected files: ${outside.slice(0, 5).join(', ')}`)
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/stytch-b2b-emulator/package.json'), 'utf8'))
    if (manifest.peerDependencies?.[pkg.name] !== `^${pkg.version}` || manifest.dependencies?.[pkg.name]) throw new Error(`emulator depends on ${JSON.stringify(manifest.dependencies)} / peers ${JSON.stringify(manifest.peerDependencies)}`)
  })
  await check('the emulator package (stytch-b2b-emulator) type-checks for a Node consumer, and its CLI runs', () => {
    const node = `import { startEmulator, readOutbox, totpCode, DEFAULT_POLICY, type RunningEmulator, type OutboxMessage } from 'stytch-b2b-emulator'
export const run: Promise<RunningEmulator> = startEmulator({ port: 0, policy: DEFAULT_POLICY })
export const mail: Promise<OutboxMessage[]> = readOutbox('http://127.0.0.1:8787')
export const code: string = totpCode('JBSWY3DPEHPK3PXP')
`
    writeFileSync(join(app, 'node.ts'), node)
    const config = { compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022'], skipLibCheck: false, types: ['node'] }, files: ['node.ts'] }
    writeFileSync(join(app, 'tsconfig.node.json'), JSON.stringify(config))
    sh(process.execPath, [tsc, '-p', 'tsconfig.node.json'], app)
    const help = sh(join(app, 'node_modules/.bin/stytch-b2b-emulator'), ['--help'], app)
    if (!/--data <file>/.test(help)) throw new Error(`unexpected --help output: ${help}`)
  })
  // A user who tests JWT handlers offline and never installed fast-check (an optional peer, so
  // npm leaves it out): only stytch-b2b/testing/arbitraries may need it.
  const bare = join(work, 'bare')
  sh('mkdir', ['-p', bare])
  writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }))
  sh('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball], bare)
  const needsFastCheck = `${pkg.name}/testing/arbitraries`
  // Node's own message (`Cannot find package …`) rather than the tail of its stack trace.
  const node = (args) => {
    try {
      return sh(process.execPath, args, bare)
    } catch (error) {
      throw new Error(String(error.stderr).split('\n').find((line) => /Error/.test(line)) ?? error.message)
    }
  }
  await check('without fast-check installed, every subpath but testing/arbitraries imports', () => {
    const probe = `
import { createRequire } from 'node:module'
const missing = (error) => error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND'
for (const from of [import.meta.url, import.meta.resolve('stytch-b2b/testing')]) {
  try { createRequire(from).resolve('fast-check') } catch (error) { if (missing(error)) continue; throw error }
  throw new Error('fast-check resolves from ' + from)
}
await import('fast-check').then(() => { throw new Error('fast-check imports') }, (error) => { if (!missing(error)) throw error })
for (const s of ${JSON.stringify(subpaths.filter((s) => s !== needsFastCheck))}) await import(s)
await import(${JSON.stringify(needsFastCheck)}).then(() => { throw new Error('${needsFastCheck} imports without fast-check') }, (error) => { if (!missing(error) || !/fast-check/.test(error.message)) throw error })
`
    node(['--input-type=module', '-e', probe])
  })
  const jwtSource = `
import { createContext } from 'stytch-b2b'
import { authenticateSessionJwtLocal, type JwtMemberSession } from 'stytch-b2b/jwt'
import { createTestContext, createTestJwks, mintSessionJwt, TEST_PROJECT_ID, type TestJwks } from 'stytch-b2b/testing'
const { jwks, signer }: TestJwks = await createTestJwks()
const ctx = createContext({ projectId: TEST_PROJECT_ID, secret: 'secret-test-1', jwks })
const jwt: string = await mintSessionJwt(signer, { member_id: 'member-test-1', organization_id: 'organization-test-1', roles: ['editor'] })
const session: JwtMemberSession = await authenticateSessionJwtLocal(ctx, jwt)
if (session.member_id !== 'member-test-1' || !session.roles.includes('editor')) throw new Error('unexpected session ' + JSON.stringify(session))
const other = await createTestJwks()
const rejected = await authenticateSessionJwtLocal(createTestContext({ jwks: other.jwks }), jwt).then(() => false, () => true)
if (!rejected) throw new Error('a token signed with another key verified')
console.log('verified ' + session.member_id)
`
  writeFileSync(join(bare, 'jwt.ts'), jwtSource)
  const bareConfig = { compilerOptions: { strict: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, types: [], outDir: 'out' }, files: ['jwt.ts'] }
  writeFileSync(join(bare, 'tsconfig.json'), JSON.stringify(bareConfig))
  await check('without fast-check installed, the JWT test kit type-checks (strict, node16)', () => {
    sh(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit'], bare)
  })
  await check('without fast-check installed, a JWT minted by stytch-b2b/testing verifies with stytch-b2b/jwt', () => {
    // Emit without checking, so that this check stands apart from the type-check above.
    sh(process.execPath, [tsc, '-p', 'tsconfig.json', '--noCheck'], bare)
    const out = node([join(bare, 'out/jwt.js')])
    if (out.trim() !== 'verified member-test-1') throw new Error(`unexpected output: ${out}`)
  })
  // Lambda and server deploys bundle with esbuild's node platform (scripts/size.mjs measures the
  // edge settings): the installed package must tree-shake there too, down to one route.
  await check('bundled by esbuild for Node (platform node), one endpoint per group carries only its own route', async () => {
    const { endpoints } = await import(join(app, 'node_modules/stytch-b2b/dist/manifest.js'))
    const firsts = [...new Map(endpoints.map((e) => [e.group, e])).values()]
    const bled = []
    for (const entry of firsts) {
      const result = await build({ stdin: { contents: `export { createContext, ${entry.name} } from 'stytch-b2b'`, resolveDir: app, loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' })
      const code = result.outputFiles[0].text
      const routes = routesIn(code)
      if (routes.length !== 1 || routes[0] !== entry.path || /"valibot"|JOSEError/.test(code)) bled.push(`${entry.name}: ${routes.join(', ')}`)
    }
    if (bled.length) throw new Error(`bundles that hold more than their route: ${bled.join('; ')}`)
  })
  await check('publint', () => {
    const out = sh(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict', root], root)
    if (!/All good/.test(out)) throw new Error(out)
  })
  await check('are-the-types-wrong (ESM-only profile)', () => {
    sh(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only'], root)
  })
  await check('publint and are-the-types-wrong for the emulator package', () => {
    const out = sh(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict', join(root, 'packages/emulator')], root)
    if (!/All good/.test(out)) throw new Error(out)
    sh(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), emulatorTarball, '--profile', 'esm-only'], root)
  })
} finally {
  rmSync(work, { recursive: true, force: true })
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
