import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  authorize,
  checkAuthorization,
  compilePolicy,
  isAuthorized,
  isStytchError,
  StytchAuthorizationError,
  type AuthorizationCheck,
  type AuthorizationResult,
  type AuthorizationSubject,
  type RbacPolicy,
} from '../../src/index.js'
import { authorizationCheckArbitrary, policyArbitrary, subjectArbitrary } from '../../src/testing/arbitraries.js'

const RUNS = 10_000
const ALLOW: AuthorizationResult = { allowed: true }
const TENANCY: AuthorizationResult = { allowed: false, code: 'session_authorization_tenancy_error' }
const DENY: AuthorizationResult = { allowed: false, code: 'session_authorization_error' }

/** The rules, read literally: a linear scan with no index. */
function model(policy: RbacPolicy, subject: AuthorizationSubject, check: AuthorizationCheck): AuthorizationResult {
  if (subject.organization_id !== check.organization_id) return TENANCY
  for (const role of policy.roles) {
    if (!subject.roles.includes(role.role_id)) continue
    for (const permission of role.permissions) {
      if (permission.resource_id === check.resource_id && (permission.actions.includes(check.action) || permission.actions.includes('*'))) {
        return ALLOW
      }
    }
  }
  return DENY
}

const scenario = policyArbitrary().chain((policy) =>
  fc.tuple(fc.constant(policy), subjectArbitrary(policy), authorizationCheckArbitrary(policy)),
)

describe('properties', () => {
  it('the compiled check equals the naive model', () => {
    fc.assert(
      fc.property(scenario, ([policy, subject, check]) => {
        expect(checkAuthorization(policy, subject, check)).toEqual(model(policy, subject, check))
        expect(isAuthorized(compilePolicy(policy), subject, check)).toBe(model(policy, subject, check).allowed)
      }),
      { numRuns: RUNS },
    )
  })

  it('adding a role or a permission never turns allow into deny', () => {
    const extra = fc.record({
      role_id: fc.string({ maxLength: 8 }),
      permissions: fc.array(fc.record({ resource_id: fc.string({ maxLength: 8 }), actions: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }) }), { maxLength: 3 }),
    })
    fc.assert(
      fc.property(scenario, extra, fc.nat(), fc.string({ maxLength: 8 }), ([policy, subject, check], role, at, newRole) => {
        const before = isAuthorized(policy, subject, check)
        const withRole = { roles: [...policy.roles, role] }
        const target = policy.roles[at % Math.max(policy.roles.length, 1)]
        const withPermission = {
          roles: policy.roles.map((r) => (r === target ? { ...r, permissions: [...r.permissions, ...role.permissions] } : r)),
        }
        const subjectWithRole = { ...subject, roles: [...subject.roles, newRole] }
        if (before) {
          expect(isAuthorized(withRole, subject, check)).toBe(true)
          expect(isAuthorized(withPermission, subject, check)).toBe(true)
          expect(isAuthorized(policy, subjectWithRole, check)).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('the order and repetition of roles do not matter', () => {
    fc.assert(
      fc.property(scenario, fc.func(fc.integer()), ([policy, subject, check], key) => {
        const expected = checkAuthorization(policy, subject, check)
        const shuffled = [...subject.roles, ...subject.roles].sort((a, b) => key(a) - key(b))
        expect(checkAuthorization(policy, { ...subject, roles: shuffled }, check)).toEqual(expected)
        const reversedPolicy = { roles: [...policy.roles].reverse() }
        expect(checkAuthorization(reversedPolicy, subject, check)).toEqual(expected)
      }),
      { numRuns: RUNS },
    )
  })

  it('"*" grants every action on its resource and nothing else', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), fc.string(), (roleId, resource, action, otherResource, org) => {
        const policy = { roles: [{ role_id: roleId, permissions: [{ resource_id: resource, actions: ['*'] }] }] }
        const subject = { organization_id: org, roles: [roleId] }
        expect(isAuthorized(policy, subject, { organization_id: org, resource_id: resource, action })).toBe(true)
        if (otherResource !== resource) {
          expect(checkAuthorization(policy, subject, { organization_id: org, resource_id: otherResource, action })).toEqual(DENY)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('an organization mismatch always gives the tenancy code', () => {
    fc.assert(
      fc.property(scenario, fc.string(), ([policy, subject, check], other) => {
        fc.pre(other !== subject.organization_id)
        expect(checkAuthorization(policy, subject, { ...check, organization_id: other })).toEqual(TENANCY)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('rules, by example', () => {
  const org = 'organization-test-1'
  const policy: RbacPolicy = {
    roles: [
      { role_id: 'editor', permissions: [{ resource_id: 'documents', actions: ['read', 'write'] }] },
      { role_id: 'admin', permissions: [{ resource_id: 'documents', actions: ['*'] }] },
      { role_id: '__proto__', permissions: [{ resource_id: 'constructor', actions: ['toString'] }] },
    ],
    resources: [{ resource_id: 'billing', actions: ['*'] }],
  }
  const editor = { organization_id: org, roles: ['editor'] }
  const check = (resource_id: string, action: string, organization_id = org) => ({ organization_id, resource_id, action })

  it('allows an action a role grants', () => {
    expect(checkAuthorization(policy, editor, check('documents', 'write'))).toEqual(ALLOW)
  })

  it('checks the organization first: tenancy even when the permission is missing too', () => {
    expect(checkAuthorization(policy, editor, check('billing', 'pay', 'organization-test-2'))).toEqual(TENANCY)
  })

  it('denies what no role of the subject grants', () => {
    expect(checkAuthorization(policy, editor, check('documents', 'delete'))).toEqual(DENY)
    expect(checkAuthorization(policy, { organization_id: org, roles: [] }, check('documents', 'read'))).toEqual(DENY)
    expect(checkAuthorization(policy, { organization_id: org, roles: ['nobody'] }, check('documents', 'read'))).toEqual(DENY)
  })

  it('matches exactly: case, whitespace, Unicode form and globs all count', () => {
    for (const [resource, action] of [
      ['Documents', 'read'],
      ['documents', 'READ'],
      ['documents ', 'read'],
      ['documents', ' read'],
      ['documents', 'rea*'],
      ['doc*', 'read'],
      ['documents', 're\u0061d\u0301'],
    ] as const) {
      expect(isAuthorized(policy, editor, check(resource, action))).toBe(false)
    }
    expect(isAuthorized(policy, { organization_id: org, roles: ['Editor'] }, check('documents', 'read'))).toBe(false)
    const nfc = { roles: [{ role_id: 'r', permissions: [{ resource_id: 'caf\u00e9', actions: ['read'] }] }] }
    expect(isAuthorized(nfc, { organization_id: org, roles: ['r'] }, check('cafe\u0301', 'read'))).toBe(false)
  })

  it('treats "*" as special only in a permission’s actions', () => {
    expect(isAuthorized(policy, { organization_id: org, roles: ['admin'] }, check('documents', 'anything'))).toBe(true)
    expect(isAuthorized(policy, editor, check('documents', '*'))).toBe(false)
    expect(isAuthorized(policy, { organization_id: org, roles: ['admin'] }, check('documents', '*'))).toBe(true)
    expect(isAuthorized(policy, { organization_id: org, roles: ['*'] }, check('documents', 'read'))).toBe(false)
    expect(isAuthorized(policy, { organization_id: org, roles: ['admin'] }, check('*', 'read'))).toBe(false)
  })

  it('does not consult policy.resources', () => {
    expect(isAuthorized(policy, { organization_id: org, roles: ['admin'] }, check('billing', 'read'))).toBe(false)
  })

  it('treats prototype names as ordinary ids', () => {
    const proto = { organization_id: org, roles: ['__proto__'] }
    expect(isAuthorized(policy, proto, check('constructor', 'toString'))).toBe(true)
    expect(isAuthorized(policy, proto, check('constructor', 'valueOf'))).toBe(false)
    expect(isAuthorized(policy, { organization_id: org, roles: ['constructor', 'toString'] }, check('documents', 'read'))).toBe(false)
    expect(isAuthorized(policy, editor, check('__proto__', 'read'))).toBe(false)
  })

  it('merges repeated role ids', () => {
    const split = { roles: [{ role_id: 'r', permissions: [{ resource_id: 'a', actions: ['x'] }] }, { role_id: 'r', permissions: [{ resource_id: 'a', actions: ['y'] }] }] }
    const subject = { organization_id: org, roles: ['r'] }
    expect(isAuthorized(split, subject, check('a', 'x')) && isAuthorized(split, subject, check('a', 'y'))).toBe(true)
  })

  it('compiles a policy object once and returns a frozen index', () => {
    const compiled = compilePolicy(policy)
    expect(compilePolicy(policy)).toBe(compiled)
    expect(compilePolicy(compiled)).toBe(compiled)
    expect(Object.isFrozen(compiled)).toBe(true)
    expect(compilePolicy({ roles: [...policy.roles] })).not.toBe(compiled)
  })

  it('authorize throws StytchAuthorizationError with status 403 and the code', () => {
    expect(() => authorize(policy, editor, check('documents', 'read'))).not.toThrow()
    for (const [c, code] of [
      [check('documents', 'delete'), 'session_authorization_error'],
      [check('documents', 'read', 'organization-test-2'), 'session_authorization_tenancy_error'],
    ] as const) {
      try {
        authorize(policy, editor, c)
        throw new Error('expected a denial')
      } catch (error) {
        expect(error).toBeInstanceOf(StytchAuthorizationError)
        expect(error).toMatchObject({ status: 403, code })
      }
    }
  })

  it.each([
    [() => compilePolicy(null as never), 'policy is not an RbacPolicy'],
    [() => compilePolicy({ roles: 'admin' } as never), 'policy is not an RbacPolicy'],
    [() => compilePolicy({ roles: [{ role_id: 'a', permissions: [{ resource_id: 1, actions: [] }] }] } as never), 'policy.roles[0] is not an RbacRole'],
    [() => compilePolicy({ roles: [{ role_id: 'a', permissions: [] }, { role_id: 'b' }] } as never), 'policy.roles[1] is not an RbacRole'],
    [() => isAuthorized(policy, { organization_id: org, roles: 'editor' } as never, check('documents', 'read')), 'subject is not an AuthorizationSubject'],
    [() => isAuthorized(policy, undefined as never, check('documents', 'read')), 'subject is not an AuthorizationSubject'],
    [() => isAuthorized(policy, editor, { organization_id: org, resource_id: 'documents' } as never), 'check is not an AuthorizationCheck'],
  ])('rejects malformed input with a typed error (%#)', (run, message) => {
    try {
      run()
      throw new Error('expected an error')
    } catch (error) {
      expect(isStytchError(error)).toBe(true)
      expect(error).toMatchObject({ code: 'invalid_params', message })
    }
  })
})
