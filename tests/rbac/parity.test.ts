// A second opinion: stytch-node's own local check (bench/node_modules/stytch), on random cases.
import fc from 'fast-check'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { checkAuthorization, type AuthorizationSubject } from '../../src/index.js'
import { authorizationCheckArbitrary, orgPolicyArbitrary, policyArbitrary, subjectArbitrary, tokenSubjectArbitrary } from '../../src/testing/arbitraries.js'

const require = createRequire(import.meta.url)
const node = require('../../bench/node_modules/stytch/dist/b2b/rbac_local.js') as {
  performAuthorizationCheck(args: object): void
  performScopeAuthorizationCheck(args: object): void
}
const RUNS = Number(process.env['RBAC_PARITY_RUNS']) || 500

/** stytch-node's verdict, in our codes: its `tenancy_mismatch` and `invalid_permissions`. */
function stytchNode(policy: any, orgPolicy: any, subject: AuthorizationSubject, check: object): string {
  try {
    if (subject.scopes) {
      node.performScopeAuthorizationCheck({ policy, tokenScopes: subject.scopes, subjectOrgID: subject.organization_id, authorizationCheck: check })
    } else {
      // As its authenticateJwtLocal does: project roles concatenated with the organization's.
      const policyRoles = Array.isArray(orgPolicy?.roles) ? policy.roles.concat(orgPolicy.roles) : policy.roles
      node.performAuthorizationCheck({ policyRoles, subjectRoles: subject.roles, subjectOrgID: subject.organization_id, authorizationCheck: check })
    }
    return 'allowed'
  } catch (error) {
    const code = (error as { error_type?: string; code?: string }).error_type ?? (error as { code?: string }).code
    return code === 'tenancy_mismatch' ? 'session_authorization_tenancy_error' : code === 'invalid_permissions' ? 'session_authorization_error' : `threw ${String(error)}`
  }
}

describe('parity with stytch-node’s local check', () => {
  it(`agrees on ${RUNS} random members and tokens`, () => {
    const cases = policyArbitrary().chain((policy) =>
      fc.option(orgPolicyArbitrary(policy), { nil: undefined }).chain((orgPolicy) =>
        fc.tuple(
          fc.constant(policy),
          fc.constant(orgPolicy),
          fc.oneof(subjectArbitrary(policy, orgPolicy), tokenSubjectArbitrary(policy)) as fc.Arbitrary<AuthorizationSubject>,
          authorizationCheckArbitrary(policy, orgPolicy),
        ),
      ),
    )
    const outcomes = new Set<string>()
    fc.assert(
      fc.property(cases, ([policy, orgPolicy, subject, check]) => {
        const ours = checkAuthorization(policy, subject, check, orgPolicy)
        const theirs = stytchNode(policy, orgPolicy, subject, check)
        outcomes.add(theirs)
        expect(ours.allowed ? 'allowed' : ours.code).toBe(theirs)
      }),
      { numRuns: RUNS },
    )
    expect(outcomes.size).toBe(3)
  })
})
