// RBAC check cost per call shape, at 1000 roles: ns per check for `isAuthorized` next to a
// hand-written Map index (the floor: resource → action → Set of ids, no validation, no memo).
// Every (implementation, shape, case) runs in a fresh process, repeated; the table gives medians
// (min–max) and the median of the ratios to the floor paired within a repetition, then for each
// shape the worse of allow and deny. Run: npm run bench:rbac
//   node bench/rbac.mjs [--reps N] [--shapes REGEX] [dist dir or module ...]
// compares several builds side by side (default: this package's dist/).
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROLES = 1000
const ORG = 'organization-test-1'
const ITERATIONS = 200_000
const SAMPLES = 9

/** 1000 roles of 5 permissions over 50 resources; only the last grants `update` on `resource-last`. */
function makePolicy() {
  const roles = Array.from({ length: ROLES }, (_, i) => ({
    role_id: `role-${i}`,
    description: '',
    permissions: Array.from({ length: 5 }, (_, j) => ({ resource_id: `resource-${(i + j) % 50}`, actions: ['read', 'update', `action-${j}`] })),
  }))
  roles[ROLES - 1].permissions.push({ resource_id: 'resource-last', actions: ['update'] })
  // `archive` on resource-last is held by roles 100–199, which no subject below holds.
  for (let i = 100; i < 200; i++) roles[i].permissions.push({ resource_id: 'resource-last', actions: ['archive'] })
  const scopes = Array.from({ length: 100 }, (_, i) => ({
    scope: `scope:${i}`,
    description: '',
    permissions: [{ resource_id: `resource-${i % 50}`, actions: ['read'] }, ...(i === 99 ? [{ resource_id: 'resource-last', actions: ['update'] }] : [])],
  }))
  return { roles, scopes, resources: [] }
}
const makeOrgPolicy = () => ({
  roles: Array.from({ length: 20 }, (_, i) => ({ role_id: `custom-${i}`, description: '', permissions: [{ resource_id: 'resource-org', actions: [`approve-${i}`] }] })),
})

function mapIndex(entries, key) {
  const index = new Map()
  for (const entry of entries ?? []) {
    for (const { resource_id, actions } of entry.permissions) {
      const byAction = index.get(resource_id) ?? new Map()
      index.set(resource_id, byAction)
      for (const action of actions) byAction.set(action, (byAction.get(action) ?? new Set()).add(entry[key]))
    }
  }
  return index
}
/** The floor, built once outside the timing; the policy argument is ignored. */
function floorFor(policy, orgPolicy) {
  const roles = mapIndex(policy.roles, 'role_id')
  const scopes = mapIndex(policy.scopes, 'scope')
  const org = orgPolicy && mapIndex(orgPolicy.roles, 'role_id')
  const grants = (index, ids, check) => {
    const byAction = index.get(check.resource_id)
    if (!byAction) return false
    const named = byAction.get(check.action)
    const any = byAction.get('*')
    for (let i = 0; i < ids.length; i++) if (named?.has(ids[i]) || any?.has(ids[i])) return true
    return false
  }
  return (_policy, subject, check) => {
    if (subject.organization_id !== check.organization_id) return false
    if (subject.scopes) return grants(scopes, subject.scopes, check)
    return grants(roles, subject.roles, check) || (org !== undefined && grants(org, subject.roles, check))
  }
}

// The granting role (or scope) is the subject's last, so that a check walks all of its roles.
const roles = (count, last = `role-${ROLES - 1}`) => [...Array.from({ length: count - 1 }, (_, i) => `role-${i}`), last]
const SHAPES = {
  'raw policy, 3 roles': { roles: roles(3) },
  'compiled policy, 3 roles': { roles: roles(3), compiled: true },
  'fresh subject and check, 3 roles': { roles: roles(3), fresh: true },
  'raw policy, 1 role': { roles: roles(1) },
  'raw policy, 20 roles': { roles: roles(20) },
  'fresh subject and check, 20 roles': { roles: roles(20), fresh: true },
  'organization policy, 3 roles': { roles: roles(3, 'custom-19'), org: true },
  'organization policy, 20 roles': { roles: roles(20, 'custom-19'), org: true },
  'token, 3 scopes': { scopes: ['openid', 'scope:0', 'scope:99'] },
  'token, fresh subject and check': { scopes: ['openid', 'scope:0', 'scope:99'], fresh: true },
}
// What is asked: allowed, and three denials: an action no one holds, one only others hold, a resource the policy lacks.
const CASES = {
  allow: null,
  'deny, no one has the action': ['resource-last', 'delete'],
  'deny, others have it': ['resource-last', 'archive'],
  'deny, no such resource': ['resource-none', 'update'],
}

/** A built dist/ directory, or a module file exporting isAuthorized and compilePolicy. */
const load = (impl) => import(pathToFileURL(/\.m?js$/.test(impl) ? impl : `${impl}/rbac/index.js`).href)
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]

async function child(impl, shapeName, caseName) {
  const shape = SHAPES[shapeName]
  const policy = makePolicy()
  const orgPolicy = shape.org ? makeOrgPolicy() : undefined
  let fn = floorFor(policy, orgPolicy)
  let p = policy
  if (impl !== 'floor') {
    const { isAuthorized, compilePolicy } = await load(impl)
    if (shape.compiled) p = compilePolicy(policy)
    const org = shape.compiled && orgPolicy ? compilePolicy(orgPolicy) : orgPolicy
    fn = org ? (a, s, c) => isAuthorized(a, s, c, org) : isAuthorized
  }
  const [resource, action] = CASES[caseName] ?? (shape.org ? ['resource-org', 'approve-19'] : ['resource-last', 'update'])
  const expected = CASES[caseName] === null
  const ids = shape.roles ?? shape.scopes
  const subject = shape.roles ? { organization_id: ORG, roles: ids } : { organization_id: ORG, scopes: ids }
  const check = { organization_id: ORG, resource_id: resource, action }
  if (fn(p, subject, check) !== expected) throw new Error(`wrong answer: ${impl}, ${shapeName}, ${caseName}`)
  // One loop per form of call, so that each call site sees one shape of objects.
  const run = !shape.fresh
    ? () => {
        let hits = 0
        for (let i = 0; i < ITERATIONS; i++) if (fn(p, subject, check)) hits++
        return hits
      }
    : shape.roles
      ? () => {
          let hits = 0
          for (let i = 0; i < ITERATIONS; i++) if (fn(p, { organization_id: ORG, roles: ids }, { organization_id: ORG, resource_id: resource, action })) hits++
          return hits
        }
      : () => {
          let hits = 0
          for (let i = 0; i < ITERATIONS; i++) if (fn(p, { organization_id: ORG, scopes: ids }, { organization_id: ORG, resource_id: resource, action })) hits++
          return hits
        }
  run()
  run()
  const ns = []
  for (let s = 0; s < SAMPLES; s++) {
    const start = process.hrtime.bigint()
    const hits = run()
    ns.push(Number(process.hrtime.bigint() - start) / ITERATIONS)
    if (hits !== (expected ? ITERATIONS : 0)) throw new Error('wrong answer while timing')
  }
  console.log(median(ns))
}

if (process.argv[2] === 'child') {
  await child(process.argv[3], process.argv[4], process.argv[5])
} else {
  const args = process.argv.slice(2)
  const option = (name, fallback) => {
    const at = args.indexOf(name)
    return at < 0 ? fallback : args.splice(at, 2)[1]
  }
  const reps = Number(option('--reps', 5))
  const only = new RegExp(option('--shapes', '.'))
  const impls = args.length ? args : [fileURLToPath(new URL('../dist', import.meta.url))]
  const format = (v) => `${median(v).toFixed(1)} (${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)})`
  const ratio = (v, floor) => median(v.map((x, i) => x / floor[i]))
  console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, ${new Date().toISOString().slice(0, 10)}; ${ROLES} roles`)
  console.log(`${reps} fresh processes per cell, each the median of ${SAMPLES} runs of ${ITERATIONS} checks; ns per check, median (min–max); ÷ floor: median of paired ratios`)
  if (impls.length > 1) impls.forEach((impl, i) => console.log(`impl ${i + 1}: ${impl}`))
  console.log('')
  console.log(`| shape | case | floor | ${impls.map((_, i) => (impls.length > 1 ? `impl ${i + 1} | ÷ floor` : 'isAuthorized | ÷ floor')).join(' | ')} |`)
  console.log(`|---|---|---:|${impls.map(() => '---:|---:').join('|')}|`)
  const worst = []
  for (const shapeName of Object.keys(SHAPES).filter((name) => only.test(name))) {
    const byCase = {}
    for (const caseName of Object.keys(CASES)) {
      const cells = { floor: [], ...Object.fromEntries(impls.map((impl) => [impl, []])) }
      // Interleaved, so that a noisy moment hits every implementation of a repetition alike.
      for (let r = 0; r < reps; r++) {
        for (const impl of ['floor', ...impls]) {
          const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'child', impl, shapeName, caseName], { encoding: 'utf8' })
          if (result.status !== 0) throw new Error(result.stderr)
          cells[impl].push(Number(result.stdout.trim()))
        }
      }
      byCase[caseName] = cells
      console.log(`| ${shapeName} | ${caseName} | ${format(cells.floor)} | ${impls.map((impl) => `${format(cells[impl])} | ${ratio(cells[impl], cells.floor).toFixed(2)}×`).join(' | ')} |`)
    }
    worst.push([shapeName, byCase])
  }
  // Per shape, the worse of allow and each denial: repetition by repetition, the larger of the two.
  console.log('')
  console.log(`| shape: worse of allow and deny | floor | ${impls.map((_, i) => (impls.length > 1 ? `impl ${i + 1} | ÷ floor` : 'isAuthorized | ÷ floor')).join(' | ')} |`)
  console.log(`|---|---:|${impls.map(() => '---:|---:').join('|')}|`)
  for (const [shapeName, byCase] of worst) {
    for (const caseName of Object.keys(CASES).filter((name) => name !== 'allow')) {
      const worse = (impl) => byCase.allow[impl].map((x, i) => Math.max(x, byCase[caseName][impl][i]))
      const floor = worse('floor')
      console.log(`| ${shapeName}, ${caseName.replace('deny, ', '')} | ${format(floor)} | ${impls.map((impl) => `${format(worse(impl))} | ${ratio(worse(impl), floor).toFixed(2)}×`).join(' | ')} |`)
    }
  }
}
