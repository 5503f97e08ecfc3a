// Generated from spec/b2b-api.json by `npm run generate`; do not edit.

/** A nested `Argon2Config` object of request params. */
export interface Argon2ConfigInput {
  salt: string
  iteration_amount: number
  memory: number
  threads: number
  key_length: number
}

/** A nested `AuthorizationCheck` object of request params. */
export interface AuthorizationCheckInput {
  /** Id of the organization (`organization-…`). */
  organization_id: string
  resource_id: string
  action: string
}

/** A nested `ConnectionImplicitRoleAssignment` object of request params. */
export interface ConnectionImplicitRoleAssignmentInput {
  role_id: string
}

/** A nested `EmailImplicitRoleAssignment` object of request params. */
export interface EmailImplicitRoleAssignmentInput {
  domain: string
  role_id: string
}

/** A nested `GroupImplicitRoleAssignment` object of request params. */
export interface GroupImplicitRoleAssignmentInput {
  role_id: string
  group: string
}

/** A nested `M2MSearchQuery` object of request params. */
export interface M2MSearchQueryInput {
  operator: 'OR' | 'AND' | (string & {})
  operands: Array<Record<string, unknown>>
}

/** A nested `Md5Config` object of request params. */
export interface Md5ConfigInput {
  prepend_salt: string
  append_salt: string
}

/** A nested `Metadata` object of request params. */
export interface MetadataInput {
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id?: string | undefined
  /** Id of the organization (`organization-…`). */
  organization_id?: string | undefined
  user_action?: string | undefined
}

/** A nested `OrgPolicy` object of request params. */
export interface OrgPolicyInput {
  roles: PolicyRoleInput[]
}

/** A nested `Pbkdf2Config` object of request params. */
export interface Pbkdf2ConfigInput {
  salt: string
  iteration_amount: number
  key_length: number
  algorithm: string
}

/** A nested `PolicyRole` object of request params. */
export interface PolicyRoleInput {
  role_id: string
  description: string
  permissions: PolicyRolePermissionInput[]
}

/** A nested `PolicyRolePermission` object of request params. */
export interface PolicyRolePermissionInput {
  resource_id: string
  actions: string[]
}

/** A nested `SamlConnectionImplicitRoleAssignment` object of request params. */
export interface SamlConnectionImplicitRoleAssignmentInput {
  role_id: string
}

/** A nested `SamlGroupImplicitRoleAssignment` object of request params. */
export interface SamlGroupImplicitRoleAssignmentInput {
  role_id: string
  group: string
}

/** A nested `ScimGroupImplicitRoleAssignments` object of request params. */
export interface ScimGroupImplicitRoleAssignmentsInput {
  role_id: string
  group_id: string
  group_name: string
}

/** A nested `ScryptConfig` object of request params. */
export interface ScryptConfigInput {
  salt: string
  n_parameter: number
  r_parameter: number
  p_parameter: number
  key_length: number
}

/** A nested `SearchQuery` object of request params. */
export interface SearchQueryInput {
  operator: 'OR' | 'AND' | (string & {})
  operands: Array<Record<string, unknown>>
}

/** A nested `Sha1Config` object of request params. */
export interface Sha1ConfigInput {
  prepend_salt: string
  append_salt: string
}

/** A nested `Sha512Config` object of request params. */
export interface Sha512ConfigInput {
  prepend_salt: string
  append_salt: string
}
