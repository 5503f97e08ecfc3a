// A second opinion on local RBAC: stytch-node 14.2's own local check (a dependency of bench/ only)
// against ours on random policies, organization policies, members and tokens from the package's
// fast-check arbitraries. Run by `npm run test:parity`; RBAC_PARITY_RUNS sets the count (default 2000).
import fc from 'fast-check'
import { createRequire } from 'node:module'
import { checkAuthorization } from 'stytch-b2b'
import { authorizationCheckArbitrary, orgPolicyArbitrary, policyArbitrary, subjectArbitrary, tokenSubjectArbitrary } from 'stytch-b2b/testing/arbitraries'

const require = createRequire(import.meta.url)
// Not an exported subpath: loaded by file path from bench's own node_modules.
const node = require(new URL('./node_modules/stytch/dist/b2b/rbac_local.js', import.meta.url).pathname)
const RUNS = Number(process.env.RBAC_PARITY_RUNS) || 2000

/** stytch-node's verdict in our codes (its `tenancy_mismatch` and `invalid_permissions`). */
function stytchNode(policy, orgPolicy, subject, check) {
  try {
    if (subject.scopes) {
      node.performScopeAuthorizationCheck({ policy, tokenScopes: subject.scopes, subjectOrgID: subject.organization_id, authorizationCheck: check })
    } else {
      // As its authenticateJwtLocal does: project roles followed by the organization's custom roles.
      const policyRoles = Array.isArray(orgPolicy?.roles) ? policy.roles.concat(orgPolicy.roles) : policy.roles
      node.performAuthorizationCheck({ policyRoles, subjectRoles: subject.roles, subjectOrgID: subject.organization_id, authorizationCheck: check })
    }
    return 'allowed'
  } catch (error) {
    const code = error?.error_type ?? error?.code
    return code === 'tenancy_mismatch' ? 'session_authorization_tenancy_error' : code === 'invalid_permissions' ? 'session_authorization_error' : `threw ${String(error)}`
  }
}

const cases = policyArbitrary().chain((policy) =>
  fc.option(orgPolicyArbitrary(policy), { nil: undefined }).chain((orgPolicy) =>
    fc.tuple(fc.constant(policy), fc.constant(orgPolicy), fc.oneof(subjectArbitrary(policy, orgPolicy), tokenSubjectArbitrary(policy)), authorizationCheckArbitrary(policy, orgPolicy)),
  ),
)
const outcomes = new Map()
let disagreements = 0
let first
for (const [policy, orgPolicy, subject, check] of fc.sample(cases, RUNS)) {
  const result = checkAuthorization(policy, subject, check, orgPolicy)
  const ours = result.allowed ? 'allowed' : result.code
  const theirs = stytchNode(policy, orgPolicy, subject, check)
  outcomes.set(theirs, (outcomes.get(theirs) ?? 0) + 1)
  if (ours !== theirs) {
    disagreements++
    first ??= { subject, check, ours, theirs }
  }
}
console.log(`RBAC cases: ${RUNS}; stytch-node's outcomes: ${[...outcomes].map(([k, n]) => `${k} ×${n}`).join(', ')}`)
if (first) console.log(`first disagreement: ${JSON.stringify(first)}`)
// Every outcome must occur, or the comparison proves little.
const missing = ['allowed', 'session_authorization_tenancy_error', 'session_authorization_error'].filter((k) => !outcomes.has(k))
if (missing.length) console.log(`outcomes never reached: ${missing.join(', ')}`)
const failed = disagreements + missing.length
console.log(`${RUNS - disagreements} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
