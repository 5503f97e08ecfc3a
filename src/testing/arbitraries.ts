/**
 * fast-check arbitraries of RBAC policies, subjects and checks, for property tests of your own
 * authorization code: realistic ids mixed with adversarial ones (prototype keys, case and Unicode
 * look-alikes, whitespace, `*`). The one subpath that needs `fast-check` (3 or 4) installed.
 *
 * @example
 * ```ts
 * import fc from 'fast-check'
 * import { isAuthorized } from 'stytch-b2b/rbac'
 * import { policyArbitrary, subjectArbitrary, authorizationCheckArbitrary } from 'stytch-b2b/testing/arbitraries'
 *
 * fc.assert(fc.property(
 *   policyArbitrary().chain((policy) => fc.tuple(fc.constant(policy), subjectArbitrary(policy), authorizationCheckArbitrary(policy))),
 *   ([policy, subject, check]) => myGuard(policy, subject, check) === isAuthorized(policy, subject, check),
 * ))
 * ```
 * @module
 */
import fc from 'fast-check'
import type { AuthorizationCheck, AuthorizationSubject, RbacPolicy, RbacRole } from '../rbac/types.js'

/** Ids that break naive code: prototype keys, look-alikes, whitespace and the wildcard itself. */
const ADVERSARIAL = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  '', ' ', '*', '**', 'admin ', ' admin', 'Admin', 'ADMIN', 'admin\u200b', 'adm\u0131n',
  'caf\u00e9', 'cafe\u0301', '\ufb01le', 'file', 'a.b', '../x', 'role*', 'null', 'undefined', '0',
]
const ROLES = ['stytch_admin', 'stytch_member', 'editor', 'viewer', 'billing_admin', 'auditor']
const RESOURCES = ['documents', 'images', 'billing', 'stytch.member', 'stytch.organization', 'reports']
const ACTIONS = ['read', 'create', 'update', 'delete', 'export', 'invite', 'update.info.name']
const ORGANIZATIONS = [
  'organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931',
  'organization-test-a1b2c3d4-0000-4000-8000-000000000002',
  'organization-live-a1b2c3d4-0000-4000-8000-000000000002',
]

/** An id drawn mostly from realistic names, sometimes adversarial, sometimes random. */
function idArbitrary(realistic: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...realistic) },
    { weight: 2, arbitrary: fc.constantFrom(...ADVERSARIAL) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  )
}

/** Options of {@link policyArbitrary}. */
export interface PolicyArbitraryOptions {
  /** Most roles in a policy (default 8). */
  readonly maxRoles?: number
  /** Most permissions per role (default 4). */
  readonly maxPermissions?: number
}

/** Generates project policies: unique role ids, permissions over shared resources, `*` sometimes. */
export function policyArbitrary(options: PolicyArbitraryOptions = {}): fc.Arbitrary<RbacPolicy> {
  const { maxRoles = 8, maxPermissions = 4 } = options
  const permission = fc.record({
    resource_id: idArbitrary(RESOURCES),
    actions: fc.array(fc.oneof({ weight: 5, arbitrary: idArbitrary(ACTIONS) }, { weight: 1, arbitrary: fc.constant('*') }), { maxLength: 4 }),
  })
  const role: fc.Arbitrary<RbacRole> = fc.record({
    role_id: idArbitrary(ROLES),
    description: fc.constant('generated role'),
    permissions: fc.array(permission, { maxLength: maxPermissions }),
  })
  return fc.uniqueArray(role, { maxLength: maxRoles, selector: (r) => r.role_id }).chain((roles) => {
    const resourceIds = [...new Set(roles.flatMap((r) => r.permissions.map((p) => p.resource_id)))]
    return fc.constant({
      roles,
      resources: resourceIds.map((resource_id) => ({
        resource_id,
        description: 'generated resource',
        actions: [...new Set(roles.flatMap((r) => r.permissions.filter((p) => p.resource_id === resource_id).flatMap((p) => p.actions)))],
      })),
    })
  })
}

const pick = <T>(values: readonly T[], other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  values.length === 0 ? other : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: other })

/** An organization id: mostly one id, so that subject and check usually match, sometimes others. */
export function organizationIdArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant(ORGANIZATIONS[0] as string) },
    { weight: 2, arbitrary: fc.constantFrom(...ORGANIZATIONS.slice(1)) },
    { weight: 1, arbitrary: fc.constantFrom(...ADVERSARIAL) },
  )
}

/** Generates subjects (organization and roles); with a policy, roles are mostly the policy's own. */
export function subjectArbitrary(policy?: RbacPolicy): fc.Arbitrary<AuthorizationSubject> {
  const roleIds = policy?.roles.map((r) => r.role_id) ?? []
  return fc.record({
    organization_id: organizationIdArbitrary(),
    roles: fc.array(pick(roleIds, idArbitrary(ROLES)), { maxLength: 4 }),
  })
}

/**
 * Generates checks; with a policy, most ask for a resource and action that one of its
 * permissions names, the rest mix its ids with others.
 */
export function authorizationCheckArbitrary(policy?: RbacPolicy): fc.Arbitrary<AuthorizationCheck> {
  const permissions = policy?.roles.flatMap((r) => r.permissions) ?? []
  const mixed = fc.record({
    organization_id: organizationIdArbitrary(),
    resource_id: pick([...new Set(permissions.map((p) => p.resource_id))], idArbitrary(RESOURCES)),
    action: pick([...new Set(permissions.flatMap((p) => p.actions))], idArbitrary(ACTIONS)),
  })
  const granted = permissions.flatMap((p) => p.actions.map((action) => [p.resource_id, action] as const))
  if (granted.length === 0) return mixed
  const named = fc.record({
    organization_id: organizationIdArbitrary(),
    pair: fc.constantFrom(...granted),
  }).map(({ organization_id, pair: [resource_id, action] }) => ({ organization_id, resource_id, action }))
  return fc.oneof({ weight: 1, arbitrary: mixed }, { weight: 1, arbitrary: named })
}
