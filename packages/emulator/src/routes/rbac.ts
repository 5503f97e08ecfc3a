import type { Connection, CustomRole, GetRbacOrganizationPolicyResponse, GetRbacPolicyResponse, Organization, SamlConnection, SetRbacOrganizationPolicyResponse } from 'stytch-b2b'
import { optObject } from '../body.js'
import { type Answer, type Emulator, type Route, iso } from '../core.js'
import { badRequest } from '../errors.js'
import { getOrg, membersOf, roleIds } from '../model.js'
import { copy } from '../tracking.js'

const ORG_POLICY = '/v1/b2b/rbac/organizations/{organization_id}'

/**
 * The custom roles of a `SetOrgPolicy` body, validated against the project policy: each role has
 * a unique non-empty `role_id` that no project role uses, a string `description` (default empty)
 * and permissions on resources of the project policy with actions of that resource (or `*`).
 * A problem is a 400 naming the field, e.g. `org_policy.roles[1].permissions[0].actions`.
 */
function customRoles(em: Emulator, raw: unknown): CustomRole[] {
  if (!Array.isArray(raw)) return badRequest('org_policy.roles', 'an array of roles is required')
  const seen = new Set<string>()
  return raw.map((role: unknown, i): CustomRole => {
    const at = `org_policy.roles[${i}]`
    if (typeof role !== 'object' || role === null || Array.isArray(role)) return badRequest(at, 'must be an object { role_id, description, permissions }')
    const { role_id, description = '', permissions } = role as Record<string, unknown>
    if (typeof role_id !== 'string' || role_id === '') return badRequest(`${at}.role_id`, 'a non-empty string is required')
    if (seen.has(role_id)) badRequest(`${at}.role_id`, `${JSON.stringify(role_id)} appears more than once`)
    if (em.state.policy.roles.some((r) => r.role_id === role_id)) badRequest(`${at}.role_id`, `${JSON.stringify(role_id)} is a role of the project's RBAC policy`)
    seen.add(role_id)
    if (typeof description !== 'string') return badRequest(`${at}.description`, 'must be a string')
    if (!Array.isArray(permissions)) return badRequest(`${at}.permissions`, 'an array of { resource_id, actions } is required')
    return {
      role_id,
      description,
      permissions: permissions.map((permission: unknown, j) => {
        const pat = `${at}.permissions[${j}]`
        const { resource_id, actions } = (typeof permission === 'object' && permission !== null ? permission : {}) as Record<string, unknown>
        const resource = em.state.policy.resources.find((r) => r.resource_id === resource_id)
        if (typeof resource_id !== 'string' || !resource) return badRequest(`${pat}.resource_id`, `${JSON.stringify(resource_id)} is not a resource of the project's RBAC policy`)
        if (!Array.isArray(actions) || actions.some((a) => typeof a !== 'string')) return badRequest(`${pat}.actions`, 'an array of strings is required')
        for (const action of actions as string[]) {
          if (action !== '*' && !resource.actions.includes(action)) badRequest(`${pat}.actions`, `${JSON.stringify(action)} is not an action of resource ${JSON.stringify(resource_id)} (nor "*")`)
        }
        return { resource_id, actions: [...new Set(actions as string[])] }
      }),
    }
  })
}

/**
 * Takes custom roles that a new organization policy no longer defines away from wherever the
 * organization assigns them (members, email-domain, SSO and SCIM assignments), so that no member
 * holds an undefined role; live sessions get the members' new roles.
 */
function unassignRoles(em: Emulator, org: Organization, removed: ReadonlySet<string>): void {
  if (removed.size === 0) return
  const keep = <T extends { role_id: string }>(list: readonly T[] | undefined): T[] => (list ?? []).filter((a) => !removed.has(a.role_id))
  org.rbac_email_implicit_role_assignments = keep(org.rbac_email_implicit_role_assignments)
  for (const sso of Object.values(em.state.sso_connections)) {
    if (sso.organization_id !== org.organization_id || sso.type === 'oidc') continue
    const c = sso.connection as Partial<SamlConnection & Connection>
    if (c.saml_connection_implicit_role_assignments) c.saml_connection_implicit_role_assignments = keep(c.saml_connection_implicit_role_assignments)
    if (c.saml_group_implicit_role_assignments) c.saml_group_implicit_role_assignments = keep(c.saml_group_implicit_role_assignments)
    if (c.external_connection_implicit_role_assignments) c.external_connection_implicit_role_assignments = keep(c.external_connection_implicit_role_assignments)
    if (c.external_group_implicit_role_assignments) c.external_group_implicit_role_assignments = keep(c.external_group_implicit_role_assignments)
  }
  for (const scim of Object.values(em.state.scim_connections)) {
    if (scim.organization_id === org.organization_id) scim.connection.scim_group_implicit_role_assignments = keep(scim.connection.scim_group_implicit_role_assignments)
  }
  for (const record of membersOf(em, org.organization_id)) {
    record.direct_roles = record.direct_roles.filter((r) => !removed.has(r))
    const roles = roleIds(em, record)
    for (const s of Object.values(em.state.sessions)) if (s.session.member_id === record.member.member_id) s.session.roles = [...roles]
  }
}

/** The `rbac` group: the project policy, and the custom roles of each organization. */
export const routes: Route[] = [
  /** `GET /v1/b2b/rbac/policy`: the policy loaded with `--policy` (or the default); a policy saved without scopes has none. */
  {
    method: 'GET',
    path: '/v1/b2b/rbac/policy',
    handler: ({ em }) => {
      const policy = copy(em.state.policy)
      return { policy: { ...policy, scopes: policy.scopes ?? [] } } satisfies Answer<GetRbacPolicyResponse>
    },
  },
  /** `GET /v1/b2b/rbac/organizations/{organization_id}`: the organization's custom roles. */
  {
    method: 'GET',
    path: ORG_POLICY,
    handler: ({ em, params }) => {
      const org = getOrg(em, params['organization_id'] ?? '')
      return { org_policy: { roles: copy(org.custom_roles ?? []) } } satisfies Answer<GetRbacOrganizationPolicyResponse>
    },
  },
  /**
   * `PUT /v1/b2b/rbac/organizations/{organization_id}`: replaces the organization's custom roles
   * (reported as the organization's `custom_roles`); roles it drops are unassigned.
   */
  {
    method: 'PUT',
    path: ORG_POLICY,
    handler: ({ em, params, body }) => {
      const org = getOrg(em, params['organization_id'] ?? '')
      const policy = optObject(body, 'org_policy') ?? badRequest('org_policy', 'an object { roles: [...] } is required')
      const roles = customRoles(em, policy['roles'])
      const kept = new Set(roles.map((r) => r.role_id))
      const removed = new Set((org.custom_roles ?? []).map((r) => r.role_id).filter((id) => !kept.has(id)))
      org.custom_roles = roles
      org.updated_at = iso(em)
      unassignRoles(em, org, removed)
      return { org_policy: { roles: copy(roles) } } satisfies Answer<SetRbacOrganizationPolicyResponse>
    },
  },
]
