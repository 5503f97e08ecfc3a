import type {
  CreateOrganizationResponse,
  DeleteOrganizationResponse,
  GetOrganizationMetricsResponse,
  GetOrganizationResponse,
  Organization,
  SearchOrganizationsResponse,
  UpdateOrganizationResponse,
} from 'stytch-b2b'
import { revokeMemberSessions } from '../auth.js'
import { type Body, optStr, optStrings } from '../body.js'
import { type Emulator, type Route, type Answer, inOrganization } from '../core.js'
import { badRequest } from '../errors.js'
import { applyOrganizationSettings, checkRoles, getOrg, membersOf, newOrganization, viewOrg } from '../model.js'
import { compileQuery, type Filters, fuzzyFilter, listFilter, paginate } from '../search.js'

const PATH = '/v1/b2b/organizations'

// Closed value sets of the organization settings; anything else is a 400 naming the field.
const SETTING_VALUES: Readonly<Record<string, readonly string[]>> = {
  sso_jit_provisioning: ['ALL_ALLOWED', 'RESTRICTED', 'NOT_ALLOWED'],
  email_jit_provisioning: ['RESTRICTED', 'NOT_ALLOWED'],
  email_invites: ['ALL_ALLOWED', 'RESTRICTED', 'NOT_ALLOWED'],
  auth_methods: ['ALL_ALLOWED', 'RESTRICTED'],
  mfa_policy: ['OPTIONAL', 'REQUIRED_FOR_ALL'],
  mfa_methods: ['ALL_ALLOWED', 'RESTRICTED'],
  oauth_tenant_jit_provisioning: ['RESTRICTED', 'NOT_ALLOWED'],
  first_party_connected_apps_allowed_type: ['ALL_ALLOWED', 'RESTRICTED', 'NOT_ALLOWED'],
  third_party_connected_apps_allowed_type: ['ALL_ALLOWED', 'RESTRICTED', 'NOT_ALLOWED'],
}
const AUTH_METHODS = ['sso', 'magic_link', 'email_otp', 'password', 'google_oauth', 'microsoft_oauth', 'slack_oauth', 'github_oauth', 'hubspot_oauth']
const MFA_METHODS = ['sms_otp', 'totp']

function checkOneOf(field: string, value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) badRequest(field, `must be one of ${allowed.join(', ')}`)
}

/** Validates the settings present in a create or update body before anything is stored. */
function checkSettings(em: Emulator, body: Body, organizationId?: string): void {
  for (const [field, allowed] of Object.entries(SETTING_VALUES)) checkOneOf(field, optStr(body, field), allowed)
  for (const method of optStrings(body, 'allowed_auth_methods') ?? []) checkOneOf('allowed_auth_methods', method, AUTH_METHODS)
  for (const method of optStrings(body, 'allowed_mfa_methods') ?? []) checkOneOf('allowed_mfa_methods', method, MFA_METHODS)
  for (const domain of optStrings(body, 'email_allowed_domains') ?? []) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(domain)) badRequest('email_allowed_domains', `${JSON.stringify(domain)} is not a domain name`)
  }
  const implicit = body['rbac_email_implicit_role_assignments']
  if (Array.isArray(implicit)) {
    const roles = implicit.map((a: unknown) => (a as { role_id?: unknown } | null)?.role_id).filter((r): r is string => typeof r === 'string')
    checkRoles(em, roles, 'rbac_email_implicit_role_assignments', organizationId)
  }
  const ownConnection = (id: string): boolean => em.state.sso_connections[id]?.organization_id === organizationId
  const defaultConnection = optStr(body, 'sso_default_connection_id')
  if (defaultConnection !== undefined && !ownConnection(defaultConnection)) {
    badRequest('sso_default_connection_id', `no SSO connection ${JSON.stringify(defaultConnection)} in this organization`)
  }
  for (const id of optStrings(body, 'sso_jit_provisioning_allowed_connections') ?? []) {
    if (!ownConnection(id)) badRequest('sso_jit_provisioning_allowed_connections', `no SSO connection ${JSON.stringify(id)} in this organization`)
  }
}

/** Removes an organization and everything that belongs to it. */
function deleteOrganizationCascade(em: Emulator, organizationId: string): void {
  const s = em.state
  for (const record of membersOf(em, organizationId)) {
    revokeMemberSessions(em, record.member.member_id)
    delete s.members[record.member.member_id]
  }
  for (const [id, session] of Object.entries(s.sessions)) if (session.session.organization_id === organizationId) delete s.sessions[id]
  for (const [token, ist] of Object.entries(s.intermediate_sessions)) if (ist.organization_id === organizationId) delete s.intermediate_sessions[token]
  for (const [token, record] of Object.entries(s.tokens)) if (record.organization_id === organizationId) delete s.tokens[token]
  for (const [id, otp] of Object.entries(s.otps)) if (otp.organization_id === organizationId) delete s.otps[id]
  for (const [id, sso] of Object.entries(s.sso_connections)) if (sso.organization_id === organizationId) delete s.sso_connections[id]
  for (const [id, scim] of Object.entries(s.scim_connections)) if (scim.organization_id === organizationId) delete s.scim_connections[id]
  delete s.organizations[organizationId]
}

/** Addresses of the organization's members that are not deleted (for the member filters). */
function memberEmails(em: Emulator, org: Organization): string[] {
  return membersOf(em, org.organization_id)
    .filter((r) => r.member.status !== 'deleted')
    .map((r) => r.member.email_address)
}

function organizationFilters(em: Emulator): Filters<Organization> {
  return {
    organization_ids: listFilter((o) => o.organization_id),
    organization_slugs: listFilter((o) => o.organization_slug, { caseless: true }),
    organization_name_fuzzy: fuzzyFilter((o) => o.organization_name),
    organization_slug_fuzzy: fuzzyFilter((o) => o.organization_slug),
    member_emails: listFilter((o) => memberEmails(em, o), { caseless: true }),
    member_email_fuzzy: fuzzyFilter((o) => memberEmails(em, o)),
    allowed_domains: listFilter((o) => o.email_allowed_domains, { caseless: true }),
    allowed_domain_fuzzy: fuzzyFilter((o) => o.email_allowed_domains),
    allowed_auth_methods: listFilter((o) => o.allowed_auth_methods, { allowed: AUTH_METHODS }),
    allowed_mfa_methods: listFilter((o) => o.allowed_mfa_methods, { allowed: MFA_METHODS }),
  }
}

/** The `organizations` route group: create, get, update, delete, search and metrics. */
export const routes: Route[] = [
  {
    method: 'POST',
    path: PATH,
    handler: ({ em, body }) => {
      checkSettings(em, body)
      const org = newOrganization(em, body)
      em.state.organizations[org.organization_id] = org
      return { organization: viewOrg(org) } satisfies Answer<CreateOrganizationResponse>
    },
  },
  {
    method: 'GET',
    path: `${PATH}/{organization_id}`,
    handler: ({ em, params }) => {
      const org = getOrg(em, params['organization_id'] ?? '')
      return { organization: viewOrg(org) } satisfies Answer<GetOrganizationResponse>
    },
  },
  {
    method: 'PUT',
    path: `${PATH}/{organization_id}`,
    authorize: inOrganization('stytch.organization', 'update'),
    handler: (rc) => {
      const { em, params, body } = rc
      const org = getOrg(em, params['organization_id'] ?? '')
      for (const field of ['organization_name', 'organization_slug']) if (body[field] === '') badRequest(field, 'cannot be empty')
      checkSettings(em, body, org.organization_id)
      applyOrganizationSettings(em, org, body)
      return { organization: viewOrg(org) } satisfies Answer<UpdateOrganizationResponse>
    },
  },
  {
    method: 'DELETE',
    path: `${PATH}/{organization_id}`,
    authorize: inOrganization('stytch.organization', 'delete'),
    handler: (rc) => {
      const org = getOrg(rc.em, rc.params['organization_id'] ?? '')
      deleteOrganizationCascade(rc.em, org.organization_id)
      return { organization_id: org.organization_id } satisfies Answer<DeleteOrganizationResponse>
    },
  },
  {
    method: 'POST',
    path: `${PATH}/search`,
    handler: ({ em, body }) => {
      const query = compileQuery(body['query'], organizationFilters(em))
      const matches = Object.values(em.state.organizations).filter((o) => query.matches(o))
      const { page, results_metadata } = paginate(matches, body)
      return { organizations: page.map(viewOrg), results_metadata } satisfies Answer<SearchOrganizationsResponse>
    },
  },
  {
    method: 'GET',
    path: `${PATH}/{organization_id}/metrics`,
    handler: ({ em, params }) => {
      const org = getOrg(em, params['organization_id'] ?? '')
      const member_count = membersOf(em, org.organization_id).filter((r) => r.member.status !== 'deleted').length
      return { member_count } satisfies Answer<GetOrganizationMetricsResponse>
    },
  },
]
