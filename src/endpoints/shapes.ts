// Generated from spec/b2b-api.json by `npm run generate`; do not edit.
import type { Shape } from '../core/check.js'

export const MetadataShape: Shape = { external_id: 's', organization_id: 's', user_action: 's' }
export const M2MSearchQueryShape: Shape = { operator: 'S', operands: ['a', 'r', 1] }
export const Argon2ConfigShape: Shape = { salt: 'S', iteration_amount: 'I', memory: 'I', threads: 'I', key_length: 'I' }
export const Md5ConfigShape: Shape = { prepend_salt: 'S', append_salt: 'S' }
export const Pbkdf2ConfigShape: Shape = { salt: 'S', iteration_amount: 'I', key_length: 'I', algorithm: 'S' }
export const Sha1ConfigShape: Shape = { prepend_salt: 'S', append_salt: 'S' }
export const Sha512ConfigShape: Shape = { prepend_salt: 'S', append_salt: 'S' }
export const ScryptConfigShape: Shape = { salt: 'S', n_parameter: 'I', r_parameter: 'I', p_parameter: 'I', key_length: 'I' }
export const EmailImplicitRoleAssignmentShape: Shape = { domain: 'S', role_id: 'S' }
export const SearchQueryShape: Shape = { operator: 'S', operands: ['a', 'r', 1] }
export const PolicyRolePermissionShape: Shape = { resource_id: 'S', actions: ['a', 's', 1] }
export const PolicyRoleShape: Shape = { role_id: 'S', description: 'S', permissions: ['a', ['o', PolicyRolePermissionShape], 1] }
export const OrgPolicyShape: Shape = { roles: ['a', ['o', PolicyRoleShape], 1] }
export const ScimGroupImplicitRoleAssignmentsShape: Shape = { role_id: 'S', group_id: 'S', group_name: 'S' }
export const AuthorizationCheckShape: Shape = { organization_id: 'S', resource_id: 'S', action: 'S' }
export const ConnectionImplicitRoleAssignmentShape: Shape = { role_id: 'S' }
export const GroupImplicitRoleAssignmentShape: Shape = { role_id: 'S', group: 'S' }
export const SamlConnectionImplicitRoleAssignmentShape: Shape = { role_id: 'S' }
export const SamlGroupImplicitRoleAssignmentShape: Shape = { role_id: 'S', group: 'S' }
