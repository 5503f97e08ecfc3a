import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkAuthorization, compilePolicy, isAuthorized, type AuthorizationCheck, type MemberSubject, type RbacPolicy } from '../../src/index.js'
import { authorizationCheckArbitrary, policyArbitrary, subjectArbitrary } from '../../src/testing/arbitraries.js'

describe('stytch-b2b/testing/arbitraries', () => {
  it('generate valid, compilable inputs', () => {
    fc.assert(
      fc.property(policyArbitrary().chain((p) => fc.tuple(fc.constant(p), subjectArbitrary(p), authorizationCheckArbitrary(p))), ([policy, subject, check]) => {
        expect(() => compilePolicy(policy)).not.toThrow()
        expect(new Set(policy.roles.map((r) => r.role_id)).size).toBe(policy.roles.length)
        expect(() => checkAuthorization(policy, subject, check)).not.toThrow()
      }),
      { numRuns: 1000 },
    )
  })

  it('mix realistic and adversarial ids, and produce every outcome', () => {
    const samples = fc.sample(policyArbitrary().chain((p) => fc.tuple(fc.constant(p), subjectArbitrary(p), authorizationCheckArbitrary(p))), 3000)
    const ids = new Set(samples.flatMap(([p, s, c]) => [...p.roles.map((r) => r.role_id), ...s.roles, c.resource_id, c.action, c.organization_id]))
    for (const id of ['stytch_admin', 'documents', '__proto__', 'constructor', '*', 'Admin', 'admin ']) expect(ids.has(id)).toBe(true)
    const outcomes = new Set(samples.map(([p, s, c]) => JSON.stringify(checkAuthorization(p, s, c))))
    expect(outcomes.size).toBe(3)
  })
})

// The README's example: property-testing your own guard against the library's decision.
function canEditDocument(policy: RbacPolicy, session: MemberSubject, check: AuthorizationCheck): boolean {
  // A user's own guard, written with a plain loop.
  if (session.organization_id !== check.organization_id) return false
  return policy.roles.some(
    (role) =>
      session.roles.includes(role.role_id) &&
      role.permissions.some((p) => p.resource_id === check.resource_id && (p.actions.includes(check.action) || p.actions.includes('*'))),
  )
}

describe('README example', () => {
  it('my guard agrees with isAuthorized', () => {
    fc.assert(
      fc.property(
        policyArbitrary().chain((policy) => fc.tuple(fc.constant(policy), subjectArbitrary(policy), authorizationCheckArbitrary(policy))),
        ([policy, subject, check]) => canEditDocument(policy, subject, check) === isAuthorized(policy, subject, check),
      ),
    )
  })
})
