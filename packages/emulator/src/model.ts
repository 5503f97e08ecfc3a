import type { Member, MemberRole, Organization } from 'stytch-b2b'
import { type Body, optBool, optObject, optStr, optStrings } from './body.js'
import { type Emulator, iso, newId } from './core.js'
import { badRequest, fail, notFound } from './errors.js'
import { checkMemberExternalId, checkOrganizationExternalId, externalIdField } from './externalIds.js'
import type { MemberRecord } from './state.js'
import { ssoRoleGrants } from './sso.js'
import { copy } from './tracking.js'
import { rawState, rollbackCount } from './transaction.js'

const SLUG = /^[a-z0-9._~-]{2,128}$/

/** Lower-cased and trimmed: emails compare case-insensitively. */
export function normalizeEmail(value: string): string {
  const email = value.trim().toLowerCase()
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) badRequest('email_address', 'not a valid email address')
  return email
}

export function getOrg(em: Emulator, organizationId: string): Organization {
  return em.state.organizations[organizationId] ?? notFound('organization', organizationId)
}

/** A member of the organization (404 when it is in another organization). */
export function getMemberRecord(em: Emulator, organizationId: string, memberId: string): MemberRecord {
  const record = em.state.members[memberId]
  if (!record || record.member.organization_id !== organizationId) return notFound('member', memberId)
  return record
}

/** Any member by id, whatever its organization. */
export function getMemberAnywhere(em: Emulator, memberId: string): MemberRecord {
  return em.state.members[memberId] ?? notFound('member', memberId)
}

/**
 * The member of the organization with this address (a deleted member keeps its address until
 * reactivated). Uniqueness scans like this one read the real state, not the tracking view of a
 * write: a view per scanned record would make every create cost as much as the state is large.
 */
export function findMemberByEmail(em: Emulator, organizationId: string, email: string): MemberRecord | undefined {
  const wanted = email.toLowerCase()
  const found = Object.values(rawState(em).members).find((r) => r.member.organization_id === organizationId && r.member.email_address === wanted)
  return found && em.state.members[found.member.member_id]
}

export function membersOf(em: Emulator, organizationId: string): MemberRecord[] {
  return Object.values(em.state.members).filter((r) => r.member.organization_id === organizationId)
}

// Which organization holds a slug, without a scan per create (3 ms at 10,000 organizations): an
// index over the real state, built on first use and told of every slug given since. Entries are
// checked against the organization when read, so those an update or delete left behind answer
// nothing; a rollback, which may restore a slug the index no longer points at, rebuilds it.
const slugIndexes = new WeakMap<Emulator, { organizations: object; rollbacks: number; bySlug: Map<string, string> }>()

function slugIndex(em: Emulator): Map<string, string> {
  const organizations = rawState(em).organizations
  const rollbacks = rollbackCount(em)
  let index = slugIndexes.get(em)
  if (!index || index.organizations !== organizations || index.rollbacks !== rollbacks) {
    const bySlug = new Map<string, string>()
    for (const id in organizations) bySlug.set(organizations[id]!.organization_slug, id)
    slugIndexes.set(em, (index = { organizations, rollbacks, bySlug }))
  }
  return index.bySlug
}

/** The id of the organization whose slug is `slug`, if any. */
function slugHolder(em: Emulator, slug: string): string | undefined {
  const id = slugIndex(em).get(slug)
  return id !== undefined && rawState(em).organizations[id]?.organization_slug === slug ? id : undefined
}

/** Tells the slug index that `organizationId` now holds `slug`. */
function noteSlug(em: Emulator, slug: string, organizationId: string): void {
  slugIndex(em).set(slug, organizationId)
}

/** Throws unless `slug` is well-formed and unused (by another organization than `except`). */
export function checkSlug(em: Emulator, slug: string, except?: string): void {
  if (!SLUG.test(slug)) badRequest('organization_slug', 'use 2 to 128 of a-z, 0-9, "-", ".", "_" and "~"')
  const holder = slugHolder(em, slug)
  if (holder !== undefined && holder !== except) fail(400, 'organization_slug_already_used', `The slug ${JSON.stringify(slug)} is used by another organization.`)
}

/**
 * The organization settings a create call may leave out, with Stytch's defaults: the one place
 * they are written. {@link viewOrg} also fills them into records saved by an older emulator.
 */
function organizationDefaults(): Omit<Organization, 'organization_id' | 'organization_name' | 'organization_slug'> {
  return {
    organization_logo_url: '',
    sso_jit_provisioning: 'ALL_ALLOWED',
    sso_jit_provisioning_allowed_connections: [],
    sso_active_connections: [],
    email_allowed_domains: [],
    email_jit_provisioning: 'NOT_ALLOWED',
    email_invites: 'ALL_ALLOWED',
    auth_methods: 'ALL_ALLOWED',
    allowed_auth_methods: [],
    mfa_policy: 'OPTIONAL',
    rbac_email_implicit_role_assignments: [],
    mfa_methods: 'ALL_ALLOWED',
    allowed_mfa_methods: [],
    oauth_tenant_jit_provisioning: 'NOT_ALLOWED',
    claimed_email_domains: [],
    first_party_connected_apps_allowed_type: 'ALL_ALLOWED',
    allowed_first_party_connected_apps: [],
    third_party_connected_apps_allowed_type: 'ALL_ALLOWED',
    allowed_third_party_connected_apps: [],
    custom_roles: [],
    trusted_metadata: {},
    sso_default_connection_id: '',
    allowed_oauth_tenants: {},
  }
}

/** A new organization from create params (with Stytch's defaults for the settings left out). */
export function newOrganization(em: Emulator, body: Body): Organization {
  const name = optStr(body, 'organization_name') ?? badRequest('organization_name', 'a non-empty string is required')
  const slug = optStr(body, 'organization_slug') ?? slugify(em, name)
  checkSlug(em, slug)
  const now = iso(em)
  const org: Organization = {
    ...organizationDefaults(),
    organization_id: newId('organization'),
    organization_name: name,
    organization_slug: slug,
    created_at: now,
    updated_at: now,
  }
  applyOrganizationSettings(em, org, body)
  noteSlug(em, org.organization_slug, org.organization_id)
  return org
}

function slugify(em: Emulator, name: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'org'
  let slug = base.length >= 2 ? base : `${base}-org`
  for (let n = 2; slugHolder(em, slug) !== undefined; n++) slug = `${base}-${n}`
  return slug
}

const ORG_STRINGS = ['organization_logo_url', 'sso_jit_provisioning', 'email_jit_provisioning', 'email_invites', 'auth_methods', 'mfa_policy', 'mfa_methods', 'oauth_tenant_jit_provisioning', 'sso_default_connection_id', 'first_party_connected_apps_allowed_type', 'third_party_connected_apps_allowed_type'] as const
const ORG_LISTS = ['sso_jit_provisioning_allowed_connections', 'email_allowed_domains', 'allowed_auth_methods', 'allowed_mfa_methods', 'allowed_first_party_connected_apps', 'allowed_third_party_connected_apps'] as const

/** Copies the organization settings present in `body` (create and update share them). */
export function applyOrganizationSettings(em: Emulator, org: Organization, body: Body): void {
  const name = optStr(body, 'organization_name')
  if (name !== undefined) org.organization_name = name
  const slug = optStr(body, 'organization_slug')
  if (slug !== undefined && slug !== org.organization_slug) {
    checkSlug(em, slug, org.organization_id)
    org.organization_slug = slug
    noteSlug(em, slug, org.organization_id)
  }
  for (const key of ORG_STRINGS) {
    const value = optStr(body, key)
    if (value !== undefined) org[key] = value
  }
  if (org.mfa_policy !== 'OPTIONAL' && org.mfa_policy !== 'REQUIRED_FOR_ALL') badRequest('mfa_policy', 'must be OPTIONAL or REQUIRED_FOR_ALL')
  for (const key of ORG_LISTS) {
    const value = optStrings(body, key)
    if (value !== undefined) org[key] = key === 'email_allowed_domains' ? value.map((d) => d.toLowerCase()) : value
  }
  const externalId = externalIdField(body, 'organization_external_id')
  if (externalId !== undefined) {
    checkOrganizationExternalId(em, externalId, org.organization_id)
    org.organization_external_id = externalId
  }
  const trusted = optObject(body, 'trusted_metadata')
  if (trusted !== undefined) org.trusted_metadata = trusted
  const tenants = optObject(body, 'allowed_oauth_tenants')
  if (tenants !== undefined) org.allowed_oauth_tenants = tenants
  const implicit = body['rbac_email_implicit_role_assignments']
  if (implicit !== undefined) {
    if (!Array.isArray(implicit) || implicit.some((a) => typeof a?.domain !== 'string' || typeof a?.role_id !== 'string')) {
      badRequest('rbac_email_implicit_role_assignments', 'must be an array of { domain, role_id }')
    }
    org.rbac_email_implicit_role_assignments = (implicit as { domain: string; role_id: string }[]).map((a) => ({ domain: a.domain.toLowerCase(), role_id: a.role_id }))
  }
  org.updated_at = iso(em)
}

/**
 * Throws a 400 naming `field` unless every role is defined: in the project's RBAC policy or, with
 * `organizationId`, among that organization's custom roles.
 */
export function checkRoles(em: Emulator, roles: readonly string[], field = 'roles', organizationId?: string): void {
  const custom = organizationId === undefined ? [] : (em.state.organizations[organizationId]?.custom_roles ?? [])
  for (const role of roles) {
    if (em.state.policy.roles.some((r) => r.role_id === role) || custom.some((r) => r.role_id === role)) continue
    const where = organizationId === undefined ? "the project's RBAC policy" : "the project's RBAC policy or the organization's custom roles"
    badRequest(field, `role ${JSON.stringify(role)} is not in ${where}`)
  }
}

/** 400 `duplicate_email` for an address that `holder` has (pointing at reactivation if it is deleted). */
export function duplicateEmail(holder: Member): never {
  const hint = holder.status === 'deleted' ? ` (member ${holder.member_id}, deleted: reactivate it instead)` : ''
  return fail(400, 'duplicate_email', `A member with email ${holder.email_address} already exists in this organization${hint}.`)
}

/**
 * The member fields a create call may leave out, with their defaults: the one place they are
 * written. {@link viewMember} also fills them into records saved by an older emulator.
 */
function memberDefaults(): Omit<Member, 'organization_id' | 'member_id' | 'email_address' | 'status'> {
  return {
    name: '',
    sso_registrations: [],
    is_breakglass: false,
    member_password_id: '',
    oauth_registrations: [],
    email_address_verified: false,
    mfa_phone_number_verified: false,
    is_admin: false,
    totp_registration_id: '',
    retired_email_addresses: [],
    is_locked: false,
    mfa_enrolled: false,
    mfa_phone_number: '',
    default_mfa_method: '',
    roles: [],
    trusted_metadata: {},
    untrusted_metadata: {},
  }
}

/** A new member record (not yet stored); `roles` may name the organization's custom roles. */
export function newMemberRecord(em: Emulator, org: Organization, email: string, body: Body, status: 'active' | 'invited' | 'pending'): MemberRecord {
  const address = normalizeEmail(email)
  const existing = findMemberByEmail(em, org.organization_id, address)
  if (existing) duplicateEmail(existing.member)
  const roles = optStrings(body, 'roles') ?? []
  checkRoles(em, roles, 'roles', org.organization_id)
  const externalId = externalIdField(body, 'external_id')
  if (externalId !== undefined) checkMemberExternalId(em, org.organization_id, externalId)
  const now = iso(em)
  const name = optStr(body, 'name')
  const breakglass = optBool(body, 'is_breakglass')
  const enrolled = optBool(body, 'mfa_enrolled')
  const phone = optStr(body, 'mfa_phone_number')
  const member: Member = {
    ...memberDefaults(),
    organization_id: org.organization_id,
    member_id: newId('member'),
    email_address: address,
    status,
    ...(name !== undefined && { name }),
    ...(breakglass !== undefined && { is_breakglass: breakglass }),
    ...(enrolled !== undefined && { mfa_enrolled: enrolled }),
    ...(phone !== undefined && { mfa_phone_number: phone }),
    trusted_metadata: optObject(body, 'trusted_metadata') ?? {},
    untrusted_metadata: optObject(body, 'untrusted_metadata') ?? {},
    created_at: now,
    updated_at: now,
    ...(externalId !== undefined && { external_id: externalId }),
  }
  return { member, direct_roles: [...new Set(roles)], providers: {} }
}

/** Stores a member record. */
export function addMember(em: Emulator, record: MemberRecord): MemberRecord {
  em.state.members[record.member.member_id] = record
  return record
}

/** The member's roles with their sources: `stytch_member` for all, direct and email-domain assignments. */
export function memberRoles(em: Emulator, record: MemberRecord): MemberRole[] {
  const org = em.state.organizations[record.member.organization_id]
  const roles = new Map<string, MemberRole>([['stytch_member', { role_id: 'stytch_member', sources: [{ type: 'direct_assignment' }] }]])
  const add = (roleId: string, source: MemberRole['sources'][number]): void => {
    const role = roles.get(roleId)
    if (role) role.sources.push(source)
    else roles.set(roleId, { role_id: roleId, sources: [source] })
  }
  for (const role of record.direct_roles) if (role !== 'stytch_member') add(role, { type: 'direct_assignment' })
  const domain = record.member.email_address.split('@')[1] ?? ''
  for (const a of org?.rbac_email_implicit_role_assignments ?? []) {
    if (a.domain === domain) add(a.role_id, { type: 'email_assignment', details: { email_domain: domain } })
  }
  for (const grant of ssoRoleGrants(em, record)) add(grant.role_id, grant.source)
  return [...roles.values()]
}

/** The role ids a session of this member carries. */
export function roleIds(em: Emulator, record: MemberRecord): string[] {
  return memberRoles(em, record).map((r) => r.role_id)
}

/** The member as the API shows it: a copy, with roles and `is_admin` computed and defaults for fields an older record lacks. */
export function viewMember(em: Emulator, record: MemberRecord): Member {
  const roles = memberRoles(em, record)
  return copy({ ...memberDefaults(), ...record.member, roles, is_admin: roles.some((r) => r.role_id === 'stytch_admin') })
}

/** The organization as the API shows it: a copy, with defaults for fields an older record lacks. */
export function viewOrg(org: Organization): Organization {
  const view = { ...organizationDefaults(), ...copy(org) }
  view.sso_active_connections = view.sso_active_connections.map((c) => ({ ...c, identity_provider: c.identity_provider ?? 'generic' }))
  return view
}

/** Marks a member updated now. */
export function touch(em: Emulator, record: MemberRecord): void {
  record.member.updated_at = iso(em)
}
