/**
 * fast-check arbitraries of RBAC policies (project and organization), subjects (members and
 * tokens) and checks, for property tests of your own
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
import type { AuthorizationCheck, MemberSubject, RbacOrgPolicy, RbacPermission, RbacPolicy, RbacRole, RbacScope, TokenSubject } from '../rbac/types.js'

/** Ids that break naive code: prototype keys, look-alikes, whitespace and the wildcard itself. */
const ADVERSARIAL = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  '', ' ', '*', '**', 'admin ', ' admin', 'Admin', 'ADMIN', 'admin\u200b', 'adm\u0131n',
  'caf\u00e9', 'cafe\u0301', '\ufb01le', 'file', 'a.b', '../x', 'role*', 'null', 'undefined', '0',
]
const ROLES = ['stytch_admin', 'stytch_member', 'editor', 'viewer', 'billing_admin', 'auditor']
const RESOURCES = ['documents', 'images', 'billing', 'stytch.member', 'stytch.organization', 'reports']
const SCOPES = ['read:documents', 'write:documents', 'openid', 'profile', 'admin:billing', 'reports']
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
  /** Most permissions per role or scope (default 4). */
  readonly maxPermissions?: number
  /** Most scopes in a policy (default 4). */
  readonly maxScopes?: number
}

const permissionArbitrary: fc.Arbitrary<RbacPermission> = fc.record({
  resource_id: idArbitrary(RESOURCES),
  actions: fc.array(fc.oneof({ weight: 5, arbitrary: idArbitrary(ACTIONS) }, { weight: 1, arbitrary: fc.constant('*') }), { maxLength: 4 }),
})

const roleArbitrary = (ids: fc.Arbitrary<string>, maxPermissions: number): fc.Arbitrary<RbacRole> =>
  fc.record({ role_id: ids, description: fc.constant('generated role'), permissions: fc.array(permissionArbitrary, { maxLength: maxPermissions }) })

/** Generates project policies: unique role ids, scopes, permissions over shared resources, `*` sometimes. */
export function policyArbitrary(options: PolicyArbitraryOptions = {}): fc.Arbitrary<RbacPolicy> {
  const { maxRoles = 8, maxPermissions = 4, maxScopes = 4 } = options
  const scope: fc.Arbitrary<RbacScope> = fc.record({
    scope: idArbitrary(SCOPES),
    description: fc.constant('generated scope'),
    permissions: fc.array(permissionArbitrary, { maxLength: maxPermissions }),
  })
  const roles = fc.uniqueArray(roleArbitrary(idArbitrary(ROLES), maxPermissions), { maxLength: maxRoles, selector: (r) => r.role_id })
  const scopes = fc.uniqueArray(scope, { maxLength: maxScopes, selector: (s) => s.scope })
  return fc.tuple(roles, scopes).chain(([roles, scopes]) => {
    const resourceIds = [...new Set(roles.flatMap((r) => r.permissions.map((p) => p.resource_id)))]
    return fc.constant({
      roles,
      scopes,
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

/**
 * Generates organization policies (custom roles): ids of their own, and sometimes a project
 * role's id with other permissions (the grants of both then apply).
 */
export function orgPolicyArbitrary(policy?: RbacPolicy, options: PolicyArbitraryOptions = {}): fc.Arbitrary<RbacOrgPolicy> {
  const { maxRoles = 4, maxPermissions = 4 } = options
  const ids = pick(policy?.roles.map((r) => r.role_id) ?? [], idArbitrary(['custom_editor', 'custom_viewer', 'org_admin', ...ROLES]))
  return fc.record({ roles: fc.uniqueArray(roleArbitrary(ids, maxPermissions), { maxLength: maxRoles, selector: (r) => r.role_id }) })
}

/**
 * Generates member subjects (organization and roles); with policies, roles are mostly the
 * project's or the organization policy's own.
 */
export function subjectArbitrary(policy?: RbacPolicy, orgPolicy?: RbacOrgPolicy): fc.Arbitrary<MemberSubject> {
  const roleIds = [...(policy?.roles ?? []), ...(orgPolicy?.roles ?? [])].map((r) => r.role_id)
  return fc.record({
    organization_id: organizationIdArbitrary(),
    roles: fc.array(pick(roleIds, idArbitrary(ROLES)), { maxLength: 4 }),
  })
}

/** Generates token subjects (organization and scopes); with a policy, scopes are mostly its own. */
export function tokenSubjectArbitrary(policy?: RbacPolicy): fc.Arbitrary<TokenSubject> {
  const names = policy?.scopes?.map((s) => s.scope) ?? []
  return fc.record({
    organization_id: organizationIdArbitrary(),
    scopes: fc.array(pick(names, idArbitrary(SCOPES)), { maxLength: 4 }),
  })
}

/**
 * Generates checks; with policies, most ask for a resource and action that one of their
 * permissions (roles, scopes, custom roles) names, the rest mix their ids with others.
 */
export function authorizationCheckArbitrary(policy?: RbacPolicy, orgPolicy?: RbacOrgPolicy): fc.Arbitrary<AuthorizationCheck> {
  const permissions = [...(policy?.roles ?? []), ...(policy?.scopes ?? []), ...(orgPolicy?.roles ?? [])].flatMap((r) => r.permissions)
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
