import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  authorize,
  checkAuthorization,
  compilePolicy,
  isAuthorized,
  isStytchError,
  StytchError,
  StytchAuthorizationError,
  type AuthorizationCheck,
  type AuthorizationResult,
  type AuthorizationSubject,
  type RbacOrgPolicy,
  type RbacPolicy,
} from '../../src/index.js'
import {
  authorizationCheckArbitrary,
  orgPolicyArbitrary,
  policyArbitrary,
  subjectArbitrary,
  tokenSubjectArbitrary,
} from '../../src/testing/arbitraries.js'

const RUNS = 10_000
// The model test's run count: RBAC_MODEL_RUNS=100000 for a longer search.
const MODEL_RUNS = Number(process.env['RBAC_MODEL_RUNS']) || 5000
const ALLOW: AuthorizationResult = { allowed: true }
const TENANCY: AuthorizationResult = { allowed: false, code: 'session_authorization_tenancy_error' }
const DENY: AuthorizationResult = { allowed: false, code: 'session_authorization_error' }

/**
 * The rules, read literally: a linear scan with no index. Members: project roles, then the
 * organization's custom roles; tokens: project scopes only; tenancy first.
 */
function model(policy: RbacPolicy, subject: AuthorizationSubject, check: AuthorizationCheck, orgPolicy?: RbacOrgPolicy): AuthorizationResult {
  if (subject.organization_id !== check.organization_id) return TENANCY
  const grantees: Array<{ id: string; permissions: RbacPolicy['roles'][number]['permissions'] }> = subject.scopes
    ? (policy.scopes ?? []).filter((s) => subject.scopes.includes(s.scope)).map((s) => ({ id: s.scope, permissions: s.permissions }))
    : [...policy.roles, ...(orgPolicy?.roles ?? [])].filter((r) => subject.roles!.includes(r.role_id)).map((r) => ({ id: r.role_id, permissions: r.permissions }))
  for (const { permissions } of grantees) {
    for (const permission of permissions) {
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

/** A project policy, an organization policy (or none), a member or a token, and a check. */
const fullScenario = policyArbitrary().chain((policy) =>
  fc.option(orgPolicyArbitrary(policy), { nil: undefined }).chain((orgPolicy) =>
    fc.tuple(
      fc.constant(policy),
      fc.constant(orgPolicy),
      fc.oneof(subjectArbitrary(policy, orgPolicy), tokenSubjectArbitrary(policy)) as fc.Arbitrary<AuthorizationSubject>,
      authorizationCheckArbitrary(policy, orgPolicy),
    ),
  ),
)

describe('properties', () => {
  it(`with organization roles and scopes, the check equals the naive model (${MODEL_RUNS} runs)`, () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(fullScenario, ([policy, orgPolicy, subject, check]) => {
        const expected = model(policy, subject, check, orgPolicy)
        expect(checkAuthorization(policy, subject, check, orgPolicy)).toEqual(expected)
        expect(isAuthorized(compilePolicy(policy), subject, check, orgPolicy && compilePolicy(orgPolicy))).toBe(expected.allowed)
        seen.add(`${subject.scopes ? 'token' : 'member'} ${JSON.stringify(expected)}`)
      }),
      { numRuns: MODEL_RUNS },
    )
    // Every kind of subject reached every outcome.
    expect(seen.size).toBe(6)
  })

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

describe('malformed input', () => {
  // Junk carries a marker, so that a message quoting the value is caught.
  const LEAK = '§leak§'
  const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.object({ maxDepth: 1 }), fc.array(fc.string().map((t) => LEAK + t), { maxLength: 2 }))
  const notArray = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.object({ maxDepth: 1 }), fc.string().map((t) => LEAK + t))
  type Corruption = readonly [path: string, junk: fc.Arbitrary<unknown>, apply: (s: { policy: any; subject: any; check: any }, junk: unknown) => void]
  const CORRUPTIONS: readonly Corruption[] = [
    ['subject.organization_id', notString, (s, j) => (s.subject.organization_id = j)],
    ['subject.roles', fc.oneof(notArray, fc.constant(undefined)), (s, j) => (s.subject.roles = j)],
    ['check.organization_id', notString, (s, j) => (s.check.organization_id = j)],
    ['check.resource_id', notString, (s, j) => (s.check.resource_id = j)],
    ['check.action', notString, (s, j) => (s.check.action = j)],
    ['policy.roles', fc.oneof(notArray, fc.constant(undefined)), (s, j) => (s.policy.roles = j)],
    ['policy.scopes', notArray, (s, j) => (s.policy.scopes = j)],
    ['policy.roles[0].role_id', notString, (s, j) => (s.policy.roles[0].role_id = j)],
    ['policy.roles[0].permissions', fc.oneof(notArray, fc.constant(undefined)), (s, j) => (s.policy.roles[0].permissions = j)],
    ['policy.roles[0].permissions[0].resource_id', notString, (s, j) => (s.policy.roles[0].permissions[0].resource_id = j)],
    ['policy.roles[0].permissions[0].actions', fc.oneof(notArray, fc.constant(undefined)), (s, j) => (s.policy.roles[0].permissions[0].actions = j)],
  ]
  const corruption = fc.constantFrom(...CORRUPTIONS).chain(([path, junk, apply]) => fc.tuple(fc.constant(path), junk, fc.constant(apply)))

  it('any malformed field gets a typed error naming it, never quoting a value, whatever the organizations', () => {
    fc.assert(
      fc.property(scenario, corruption, fc.boolean(), ([policy, subject, check], [path, junk, apply], sameOrganization) => {
        // A fresh copy with at least one role and permission, so that every path exists.
        const s: { policy: any; subject: any; check: any } = {
          policy: { roles: [{ role_id: 'r', permissions: [{ resource_id: 'x', actions: ['read'] }] }, ...policy.roles], scopes: policy.scopes },
          subject: { ...subject },
          check: { ...check, organization_id: sameOrganization ? subject.organization_id : `${subject.organization_id}-other` },
        }
        apply(s, junk)
        for (const run of [() => isAuthorized(s.policy, s.subject, s.check), () => checkAuthorization(s.policy, s.subject, s.check), () => authorize(s.policy, s.subject, s.check)]) {
          let thrown: unknown
          try {
            run()
          } catch (error) {
            thrown = error
          }
          expect(thrown).toBeInstanceOf(StytchError)
          expect(thrown).toMatchObject({ code: 'invalid_params', message: expect.stringMatching(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: must be an? (string|array)$`)) })
          expect((thrown as Error).message).not.toContain(LEAK)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('what a polluted Object.prototype lends counts as absent', () => {
    const proto = Object.prototype as Record<string, unknown>
    const policy = { roles: [{ role_id: 'admin', permissions: [{ resource_id: 'documents', actions: ['*'] }] }] }
    const org = 'organization-test-1'
    const cases: Array<[key: string, value: unknown, run: () => unknown, message: string]> = [
      ['action', 'read', () => isAuthorized(policy, { organization_id: org, roles: ['admin'] }, { organization_id: org, resource_id: 'documents' } as never), 'check.action: must be a string'],
      ['resource_id', 'documents', () => isAuthorized(policy, { organization_id: org, roles: ['admin'] }, { organization_id: org, action: 'read' } as never), 'check.resource_id: must be a string'],
      ['organization_id', org, () => isAuthorized(policy, { roles: ['admin'] } as never, { resource_id: 'documents', action: 'read' } as never), 'subject.organization_id: must be a string'],
      ['organization_id', 'organization-test-2', () => isAuthorized(policy, { organization_id: org, roles: ['admin'] }, { resource_id: 'documents', action: 'read' } as never), 'check.organization_id: must be a string'],
      ['roles', ['admin'], () => isAuthorized(policy, { organization_id: org } as never, { organization_id: org, resource_id: 'documents', action: 'read' }), 'subject.roles: must be an array'],
      ['role_id', 'admin', () => compilePolicy({ roles: [{ permissions: [{ resource_id: 'documents', actions: ['*'] }] }] } as never), 'policy.roles[0].role_id: must be a string'],
      ['permissions', [{ resource_id: 'documents', actions: ['*'] }], () => compilePolicy({ roles: [{ role_id: 'admin' }] } as never), 'policy.roles[0].permissions: must be an array'],
      ['actions', ['*'], () => compilePolicy({ roles: [{ role_id: 'admin', permissions: [{ resource_id: 'documents' }] }] } as never), 'policy.roles[0].permissions[0].actions: must be an array'],
    ]
    for (const [key, value, run, message] of cases) {
      try {
        proto[key] = value
        expect(run).toThrow(message)
      } finally {
        delete proto[key]
      }
    }
  })
})

describe('the last policies checked', () => {
  const org = 'organization-test-1'
  const grant = (role: string, resource: string) => ({ roles: [{ role_id: role, permissions: [{ resource_id: resource, actions: ['read'] }] }] })
  const read = (resource_id: string) => ({ organization_id: org, resource_id, action: 'read' })
  const member = (role: string) => ({ organization_id: org, roles: [role] })

  it('answer for the policy passed, however policies alternate', () => {
    const a = grant('r', 'a')
    const b = grant('r', 'b')
    for (const policy of [a, b, a, compilePolicy(b), a, b, compilePolicy(a)]) {
      const isA = policy === a || policy === compilePolicy(a)
      expect(isAuthorized(policy, member('r'), read('a'))).toBe(isA)
      expect(isAuthorized(policy, member('r'), read('b'))).toBe(!isA)
    }
  })

  it('apply an organization policy only while it is passed', () => {
    const project = grant('r', 'a')
    const custom = grant('custom', 'c')
    const other = grant('custom', 'd')
    expect(isAuthorized(project, member('custom'), read('c'), custom)).toBe(true)
    expect(isAuthorized(project, member('custom'), read('c'))).toBe(false)
    expect(isAuthorized(project, member('custom'), read('c'), other)).toBe(false)
    expect(isAuthorized(project, member('custom'), read('d'), other)).toBe(true)
    expect(isAuthorized(project, member('custom'), read('c'), custom)).toBe(true)
  })

  it('never stand in for a malformed policy', () => {
    const good = grant('r', 'a')
    const bad = { roles: [{ role_id: 'r' }] }
    expect(isAuthorized(good, member('r'), read('a'))).toBe(true)
    for (let i = 0; i < 2; i++) expect(() => isAuthorized(bad as never, member('r'), read('a'))).toThrow('policy.roles[0].permissions: must be an array')
    for (let i = 0; i < 2; i++) expect(() => isAuthorized(good, member('r'), read('a'), bad as never)).toThrow('orgPolicy.roles[0].permissions: must be an array')
    expect(isAuthorized(good, member('r'), read('a'))).toBe(true)
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

  it('adds the organization’s custom roles to the project roles, for members only', () => {
    const orgPolicy = {
      roles: [
        { role_id: 'reviewer', permissions: [{ resource_id: 'documents', actions: ['comment'] }] },
        { role_id: 'editor', permissions: [{ resource_id: 'reports', actions: ['*'] }] },
      ],
    }
    const reviewer = { organization_id: org, roles: ['reviewer'] }
    expect(isAuthorized(policy, reviewer, check('documents', 'comment'))).toBe(false)
    expect(isAuthorized(policy, reviewer, check('documents', 'comment'), orgPolicy)).toBe(true)
    // A custom role with a project role's id adds its grants to the project role's.
    expect(isAuthorized(policy, editor, check('reports', 'export'), orgPolicy)).toBe(true)
    expect(isAuthorized(policy, editor, check('documents', 'write'), orgPolicy)).toBe(true)
    expect(checkAuthorization(policy, reviewer, check('documents', 'comment', 'organization-test-2'), orgPolicy)).toEqual(TENANCY)
    expect(isAuthorized(policy, { organization_id: org, scopes: ['reviewer'] }, check('documents', 'comment'), orgPolicy)).toBe(false)
  })

  it('authorizes tokens by the project scopes, never by roles', () => {
    const scoped: RbacPolicy = { ...policy, scopes: [{ scope: 'read:documents', permissions: [{ resource_id: 'documents', actions: ['read'] }] }] }
    const token = { organization_id: org, scopes: ['read:documents', 'openid'] }
    expect(checkAuthorization(scoped, token, check('documents', 'read'))).toEqual(ALLOW)
    expect(checkAuthorization(scoped, token, check('documents', 'write'))).toEqual(DENY)
    expect(checkAuthorization(scoped, token, check('documents', 'read', 'organization-test-2'))).toEqual(TENANCY)
    // A scope named like a role is not that role, and a role named like a scope is not that scope.
    expect(isAuthorized(scoped, { organization_id: org, scopes: ['admin'] }, check('documents', 'read'))).toBe(false)
    expect(isAuthorized(scoped, { organization_id: org, roles: ['read:documents'] }, check('documents', 'read'))).toBe(false)
    // A policy without scopes has none.
    expect(isAuthorized(policy, token, check('documents', 'read'))).toBe(false)
  })

  it('ignores roles and scopes inherited from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>
    const scoped = { roles: [], scopes: [{ scope: 's', permissions: [{ resource_id: 'documents', actions: ['read'] }] }] }
    try {
      proto['scopes'] = ['s']
      expect(isAuthorized(scoped, { organization_id: org, roles: [] }, check('documents', 'read'))).toBe(false)
      expect(isAuthorized({ roles: [] }, { organization_id: org, roles: [] }, check('documents', 'read'))).toBe(false)
      delete proto['scopes']
      proto['roles'] = ['admin']
      expect(isAuthorized(policy, { organization_id: org, scopes: [] }, check('documents', 'read'))).toBe(false)
    } finally {
      delete proto['scopes']
      delete proto['roles']
    }
  })

  it('compiles a policy object once, and takes a compiled policy as it is', () => {
    const compiled = compilePolicy(policy)
    expect(compilePolicy(policy)).toBe(compiled)
    expect(compilePolicy(compiled)).toBe(compiled)
    expect(compilePolicy({ roles: [...policy.roles] })).not.toBe(compiled)
    expect(isAuthorized(compiled, editor, check('documents', 'write'))).toBe(true)
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
    [() => compilePolicy(null as never), 'policy.roles: must be an array'],
    [() => compilePolicy({ roles: 'admin' } as never), 'policy.roles: must be an array'],
    [() => compilePolicy({ roles: [{ role_id: 'a', permissions: [{ resource_id: 1, actions: [] }] }] } as never), 'policy.roles[0].permissions[0].resource_id: must be a string'],
    [() => compilePolicy({ roles: [{ role_id: 'a', permissions: [{ resource_id: 'r', actions: 'read' }] }] } as never), 'policy.roles[0].permissions[0].actions: must be an array'],
    [() => compilePolicy({ roles: [{ role_id: 'a', permissions: [] }, { role_id: 'b' }] } as never), 'policy.roles[1].permissions: must be an array'],
    [() => compilePolicy({ roles: [{ permissions: [] }] } as never), 'policy.roles[0].role_id: must be a string'],
    [() => compilePolicy({ roles: [null] } as never), 'policy.roles[0].role_id: must be a string'],
    [() => compilePolicy({ roles: [], scopes: [{ scope: 1, permissions: [] }] } as never), 'policy.scopes[0].scope: must be a string'],
    [() => compilePolicy({ roles: [], scopes: {} } as never), 'policy.scopes: must be an array'],
    [() => isAuthorized(policy, { organization_id: org, roles: 'editor' } as never, check('documents', 'read')), 'subject.roles: must be an array'],
    [() => isAuthorized(policy, undefined as never, check('documents', 'read')), 'subject.roles: must be an array'],
    [() => isAuthorized(policy, { organization_id: org, roles: [], scopes: [] } as never, check('documents', 'read')), 'subject.roles: must be absent with scopes'],
    [() => isAuthorized(policy, { organization_id: org } as never, check('documents', 'read')), 'subject.roles: must be an array'],
    [() => isAuthorized(policy, { organization_id: org, scopes: 'openid' } as never, check('documents', 'read')), 'subject.scopes: must be an array'],
    [() => isAuthorized(policy, { roles: [] } as never, check('documents', 'read')), 'subject.organization_id: must be a string'],
    [() => isAuthorized(policy, { organization_id: 7, roles: [] } as never, check('documents', 'read')), 'subject.organization_id: must be a string'],
    [() => isAuthorized(policy, editor, check('documents', 'read'), { roles: {} } as never), 'orgPolicy.roles: must be an array'],
    [() => isAuthorized(policy, editor, { organization_id: org, resource_id: 'documents' } as never), 'check.action: must be a string'],
    [() => isAuthorized(policy, editor, { organization_id: org, action: 'read' } as never), 'check.resource_id: must be a string'],
    [() => isAuthorized(policy, editor, { resource_id: 'documents', action: 'read' } as never), 'check.organization_id: must be a string'],
    [() => isAuthorized(policy, editor, null as never), 'check.organization_id: must be a string'],
    // A malformed check is refused even when the organizations differ.
    [() => checkAuthorization(policy, editor, { organization_id: 'organization-test-2', resource_id: 'documents' } as never), 'check.action: must be a string'],
    [() => isAuthorized({} as never, editor, check('documents', 'read')), 'policy.roles: must be an array'],
  ])('rejects malformed input with a typed error (%#)', (run, message) => {
    try {
      run()
      throw new Error('expected an error')
    } catch (error) {
      expect(isStytchError(error)).toBe(true)
      expect(error).toBeInstanceOf(StytchError)
      expect(error).toMatchObject({ code: 'invalid_params', message })
    }
  })
})
