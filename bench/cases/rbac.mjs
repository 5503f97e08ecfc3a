// RBAC check cost in a fresh process: ns per check, allow and deny, at 10 / 100 / 1,000 roles, for
// ours (`isAuthorized`), the official SDK's check and a Map index (the floor). argv: repetition
// number, which rotates the contenders' order. Prints {"<roles> <allow|deny>": {ours, official, map}}.
//
// Written the way an outside harness would call a check: the raw policy object (as fetched) on
// every call, never a compiled one; a fresh subject and check object per call; a subject with
// three roles of which only the last grants the permission, so a scan must reach the end.
import { createRequire } from 'node:module'
import { isAuthorized } from 'stytch-b2b/rbac'
import { mapIndex } from '../floor.mjs'
import { rotate, timeSync } from '../lib.mjs'

const require = createRequire(import.meta.url)
// Not an exported subpath of `stytch`: loaded by file path, the function its client runs.
const { performAuthorizationCheck } = require(new URL('../node_modules/stytch/dist/b2b/rbac_local.js', import.meta.url).pathname)
const rep = Number(process.argv[2] ?? 0)

/** `n` roles of five permissions each over 50 resources; only the last role may `update` `resource-last`. */
function makePolicy(n) {
  const roles = Array.from({ length: n }, (_, i) => ({
    role_id: `role-${i}`,
    description: `Role ${i}`,
    permissions: Array.from({ length: 5 }, (_, j) => ({ resource_id: `resource-${(i + j) % 50}`, actions: ['read', 'update', `action-${j}`] })),
  }))
  roles[n - 1].permissions.push({ resource_id: 'resource-last', actions: ['update'] })
  const resources = Array.from({ length: 51 }, (_, i) => ({ resource_id: i === 50 ? 'resource-last' : `resource-${i}`, actions: ['read', 'update'], description: '' }))
  return { roles, resources, scopes: [] }
}

const ORG = 'organization-test-1'
const RESOURCE = 'resource-last'
const out = {}
for (const n of [10, 100, 1000]) {
  const policy = makePolicy(n)
  const [a, b, c] = ['role-0', 'role-1', `role-${n - 1}`]
  const map = mapIndex(policy)
  for (const [kind, action, expected] of [['allow', 'update', true], ['deny', 'delete', false]]) {
    const contenders = {
      ours: () => isAuthorized(policy, { organization_id: ORG, roles: [a, b, c] }, { organization_id: ORG, resource_id: RESOURCE, action }),
      official: () => {
        try {
          performAuthorizationCheck({
            policyRoles: policy.roles,
            subjectRoles: [a, b, c],
            subjectOrgID: ORG,
            authorizationCheck: { organization_id: ORG, resource_id: RESOURCE, action },
          })
          return true
        } catch {
          return false
        }
      },
      map: () => map({ organization_id: ORG, roles: [a, b, c] }, { organization_id: ORG, resource_id: RESOURCE, action }),
    }
    const figures = {}
    for (const who of rotate(Object.keys(contenders), rep)) {
      // A wrong verdict would make the figure meaningless.
      if (contenders[who]() !== expected) throw new Error(`${who} at ${n} roles: expected ${kind}`)
      figures[who] = timeSync(contenders[who])
    }
    out[`${n} ${kind}`] = figures
  }
}
console.log(JSON.stringify(out))
