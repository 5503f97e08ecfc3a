// RBAC check cost in a fresh process: ns per check, allow and deny, at 10/100/1000 roles, for
// ours, the official SDK's check, and a hand-written Map index.
import { createRequire } from 'node:module'
import { compilePolicy, isAuthorized } from 'stytch-b2b/rbac'

const require = createRequire(import.meta.url)
// Not exported by the package: loaded by file path, the check its clients run.
const { performAuthorizationCheck } = require(new URL('../node_modules/stytch/dist/b2b/rbac_local.js', import.meta.url).pathname)
const ITER = 100_000

function makePolicy(n) {
  const roles = Array.from({ length: n }, (_, i) => ({
    role_id: `role-${i}`,
    description: '',
    permissions: Array.from({ length: 5 }, (_, j) => ({ resource_id: `resource-${(i + j) % 50}`, actions: ['read', 'update', `action-${j}`] })),
  }))
  roles[n - 1].permissions.push({ resource_id: 'resource-last', actions: ['update'] })
  return { roles, resources: [] }
}
function mapIndex(policy) {
  const index = new Map()
  for (const r of policy.roles) for (const p of r.permissions) {
    const byAction = index.get(p.resource_id) ?? new Map()
    index.set(p.resource_id, byAction)
    for (const a of p.actions) byAction.set(a, (byAction.get(a) ?? new Set()).add(r.role_id))
  }
  return (subject, check) => {
    if (subject.organization_id !== check.organization_id) return false
    const byAction = index.get(check.resource_id)
    if (!byAction) return false
    const roles = byAction.get(check.action)
    const any = byAction.get('*')
    return subject.roles.some((r) => roles?.has(r) || any?.has(r))
  }
}
function time(fn) {
  for (let i = 0; i < ITER / 10; i++) fn()
  const start = process.hrtime.bigint()
  for (let i = 0; i < ITER; i++) fn()
  return Number(process.hrtime.bigint() - start) / ITER
}
const out = {}
for (const n of [10, 100, 1000]) {
  const policy = makePolicy(n)
  compilePolicy(policy)
  const map = mapIndex(policy)
  const subject = { organization_id: 'org-1', roles: ['role-0', 'role-1', `role-${n - 1}`] }
  for (const [kind, check] of [['allow', { organization_id: 'org-1', resource_id: 'resource-last', action: 'update' }], ['deny', { organization_id: 'org-1', resource_id: 'resource-last', action: 'delete' }]]) {
    const official = () => {
      try {
        performAuthorizationCheck({ policyRoles: policy.roles, subjectRoles: subject.roles, subjectOrgID: subject.organization_id, authorizationCheck: check })
        return true
      } catch {
        return false
      }
    }
    out[`${n} ${kind}`] = { ours: time(() => isAuthorized(policy, subject, check)), official: time(official), map: time(() => map(subject, check)) }
  }
}
console.log(JSON.stringify(out))
