import type { Connection, MemberRoleSource, SamlConnection } from 'stytch-b2b'
import type { Emulator } from './core.js'
import type { MemberRecord } from './state.js'

/**
 * The name of the IdP attribute that carries a login's groups through this connection: the
 * `groups` entry of the attribute mapping of the connection (of the one it borrows, for an
 * external connection), else `groups`.
 */
export function groupsAttribute(em: Emulator, connectionId: string): string {
  let sso = em.state.sso_connections[connectionId]
  if (sso?.type === 'external') sso = em.state.sso_connections[(sso.connection as Connection).external_connection_id]
  const mapped = (sso?.connection as Partial<SamlConnection> | undefined)?.attribute_mapping?.['groups']
  return typeof mapped === 'string' && mapped !== '' ? mapped : 'groups'
}

/**
 * The roles a member holds through its SSO registrations: every role a SAML or external connection
 * assigns to all its members, and the group roles whose group the member's last login asserted.
 */
export function ssoRoleGrants(em: Emulator, record: MemberRecord): { role_id: string; source: MemberRoleSource }[] {
  const grants: { role_id: string; source: MemberRoleSource }[] = []
  for (const registration of record.member.sso_registrations) {
    const sso = em.state.sso_connections[registration.connection_id]
    if (!sso || sso.organization_id !== record.member.organization_id || sso.type === 'oidc') continue
    const connection = sso.connection as Partial<SamlConnection & Connection>
    const all = connection.saml_connection_implicit_role_assignments ?? connection.external_connection_implicit_role_assignments ?? []
    const byGroup = connection.saml_group_implicit_role_assignments ?? connection.external_group_implicit_role_assignments ?? []
    const asserted = registration.sso_attributes?.[groupsAttribute(em, registration.connection_id)]
    const groups = Array.isArray(asserted) ? asserted : []
    const connection_id = registration.connection_id
    for (const a of all) grants.push({ role_id: a.role_id, source: { type: 'sso_connection', details: { connection_id } } })
    for (const a of byGroup) {
      if (groups.includes(a.group)) grants.push({ role_id: a.role_id, source: { type: 'sso_connection_group', details: { connection_id, group: a.group } } })
    }
  }
  return grants
}
