// RBAC check cost: ns per check, allow and deny, for policies of 10, 100 and 1000 roles; our
// compiled index against a linear scan of the raw policy (what the official SDKs do). Every
// figure is the median of interleaved samples from this one process; ratios are taken per
// sample pair. `isAuthorized(policy)` is the usual call (the raw policy, compiled once and
// memoized); `isAuthorized(compiled)` skips the memo lookup. Run: npm run bench:rbac
import { compilePolicy, isAuthorized } from 'stytch-b2b/rbac'

const SAMPLES = 15
const ITERATIONS = 200_000

function makePolicy(roleCount) {
  const roles = []
  for (let i = 0; i < roleCount; i++) {
    roles.push({
      role_id: `role-${i}`,
      description: '',
      permissions: Array.from({ length: 5 }, (_, j) => ({ resource_id: `resource-${(i + j) % 50}`, actions: ['read', 'update', `action-${j}`] })),
    })
  }
  // Only the last role grants `update` on `resource-last`: a scan must walk the whole policy.
  roles[roleCount - 1].permissions.push({ resource_id: 'resource-last', actions: ['update'] })
  return { roles, resources: [] }
}

function linearScan(policy, subject, check) {
  if (subject.organization_id !== check.organization_id) return false
  for (const role of policy.roles) {
    if (!subject.roles.includes(role.role_id)) continue
    for (const permission of role.permissions) {
      if (permission.resource_id === check.resource_id && (permission.actions.includes(check.action) || permission.actions.includes('*'))) return true
    }
  }
  return false
}

function time(fn, policy, subject, check) {
  let hits = 0
  const start = process.hrtime.bigint()
  for (let i = 0; i < ITERATIONS; i++) if (fn(policy, subject, check)) hits++
  const ns = Number(process.hrtime.bigint() - start) / ITERATIONS
  return { ns, hits }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const rows = []
for (const roleCount of [10, 100, 1000]) {
  const policy = makePolicy(roleCount)
  const compiled = compilePolicy(policy)
  const last = roleCount - 1
  // The subject holds three roles; the granting one is the last in the policy (worst case for a scan).
  const subject = { organization_id: 'org-1', roles: ['role-0', 'role-1', `role-${last}`] }
  const cases = {
    allow: { organization_id: 'org-1', resource_id: 'resource-last', action: 'update' },
    // Denied on a resource the policy knows, for an action no role of the subject has.
    deny: { organization_id: 'org-1', resource_id: 'resource-last', action: 'delete' },
  }
  for (const [kind, check] of Object.entries(cases)) {
    const expected = kind === 'allow'
    if (isAuthorized(compiled, subject, check) !== expected || linearScan(policy, subject, check) !== expected) {
      throw new Error(`bench setup is wrong for ${roleCount} ${kind}`)
    }
    // Warm-up, so that the first case measured does not pay for compilation by the JIT.
    time(isAuthorized, policy, subject, check)
    time(isAuthorized, compiled, subject, check)
    time(linearScan, policy, subject, check)
    const ours = []
    const precompiled = []
    const scan = []
    const ratios = []
    for (let s = 0; s < SAMPLES; s++) {
      const a = time(isAuthorized, policy, subject, check).ns
      const c = time(isAuthorized, compiled, subject, check).ns
      const b = time(linearScan, policy, subject, check).ns
      ours.push(a)
      precompiled.push(c)
      scan.push(b)
      ratios.push(b / a)
    }
    rows.push({
      roleCount,
      kind,
      ours: median(ours),
      oursMin: Math.min(...ours),
      oursMax: Math.max(...ours),
      precompiled: median(precompiled),
      scan: median(scan),
      ratio: median(ratios),
    })
  }
}

console.log(`Node ${process.version}, ${SAMPLES} interleaved samples × ${ITERATIONS} checks each; medians (min–max)`)
console.log('| roles | case | isAuthorized(policy) ns | isAuthorized(compiled) ns | linear scan ns | scan ÷ ours | goal ≤ 100 ns |')
console.log('|---:|---|---:|---:|---:|---:|---|')
for (const r of rows) {
  const goal = r.roleCount === 1000 ? (r.ours <= 100 ? 'met' : 'missed') : '–'
  console.log(
    `| ${r.roleCount} | ${r.kind} | ${r.ours.toFixed(1)} (${r.oursMin.toFixed(1)}–${r.oursMax.toFixed(1)}) | ${r.precompiled.toFixed(1)} | ${r.scan.toFixed(1)} | ${r.ratio.toFixed(1)}× | ${goal} |`,
  )
}
