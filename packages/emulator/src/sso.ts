import type { Connection, MemberRoleSource, SamlConnection } from 'stytch-b2b'
import type { Emulator } from './core.js'
import type { MemberRecord } from './state.js'

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
    const asserted = registration.sso_attributes?.['groups']
    const groups = Array.isArray(asserted) ? asserted : []
    const connection_id = registration.connection_id
    for (const a of all) grants.push({ role_id: a.role_id, source: { type: 'sso_connection', details: { connection_id } } })
    for (const a of byGroup) {
      if (groups.includes(a.group)) grants.push({ role_id: a.role_id, source: { type: 'sso_connection_group', details: { connection_id, group: a.group } } })
    }
  }
  return grants
}
