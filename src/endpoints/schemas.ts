// Generated from spec/b2b-api.json by `npm run generate`; do not edit.
import * as v from 'valibot'
import { int, openEnum, strict } from '../core/schema.js'

/** Schema of a nested `Metadata` param object. */
export const MetadataSchema = strict({
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: v.optional(v.string()),
  /** Id of the organization (`organization-…`). */
  organization_id: v.optional(v.string()),
  user_action: v.optional(v.string()),
})

/** Schema of a nested `M2MSearchQuery` param object. */
export const M2MSearchQuerySchema = strict({
  operator: openEnum<'OR' | 'AND'>(),
  operands: v.array(v.record(v.string(), v.unknown())),
})

/** Schema of a nested `Argon2Config` param object. */
export const Argon2ConfigSchema = strict({
  salt: v.string(),
  iteration_amount: int(),
  memory: int(),
  threads: int(),
  key_length: int(),
})

/** Schema of a nested `Md5Config` param object. */
export const Md5ConfigSchema = strict({
  prepend_salt: v.string(),
  append_salt: v.string(),
})

/** Schema of a nested `Pbkdf2Config` param object. */
export const Pbkdf2ConfigSchema = strict({
  salt: v.string(),
  iteration_amount: int(),
  key_length: int(),
  algorithm: v.string(),
})

/** Schema of a nested `Sha1Config` param object. */
export const Sha1ConfigSchema = strict({
  prepend_salt: v.string(),
  append_salt: v.string(),
})

/** Schema of a nested `Sha512Config` param object. */
export const Sha512ConfigSchema = strict({
  prepend_salt: v.string(),
  append_salt: v.string(),
})

/** Schema of a nested `ScryptConfig` param object. */
export const ScryptConfigSchema = strict({
  salt: v.string(),
  n_parameter: int(),
  r_parameter: int(),
  p_parameter: int(),
  key_length: int(),
})

/** Schema of a nested `EmailImplicitRoleAssignment` param object. */
export const EmailImplicitRoleAssignmentSchema = strict({
  domain: v.string(),
  role_id: v.string(),
})

/** Schema of a nested `SearchQuery` param object. */
export const SearchQuerySchema = strict({
  operator: openEnum<'OR' | 'AND'>(),
  operands: v.array(v.record(v.string(), v.unknown())),
})

/** Schema of a nested `PolicyRolePermission` param object. */
export const PolicyRolePermissionSchema = strict({
  resource_id: v.string(),
  actions: v.array(v.string()),
})

/** Schema of a nested `PolicyRole` param object. */
export const PolicyRoleSchema = strict({
  role_id: v.string(),
  description: v.string(),
  permissions: v.array(PolicyRolePermissionSchema),
})

/** Schema of a nested `OrgPolicy` param object. */
export const OrgPolicySchema = strict({
  roles: v.array(PolicyRoleSchema),
})

/** Schema of a nested `ScimGroupImplicitRoleAssignments` param object. */
export const ScimGroupImplicitRoleAssignmentsSchema = strict({
  role_id: v.string(),
  group_id: v.string(),
  group_name: v.string(),
})

/** Schema of a nested `AuthorizationCheck` param object. */
export const AuthorizationCheckSchema = strict({
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  resource_id: v.string(),
  action: v.string(),
})

/** Schema of a nested `ConnectionImplicitRoleAssignment` param object. */
export const ConnectionImplicitRoleAssignmentSchema = strict({
  role_id: v.string(),
})

/** Schema of a nested `GroupImplicitRoleAssignment` param object. */
export const GroupImplicitRoleAssignmentSchema = strict({
  role_id: v.string(),
  group: v.string(),
})

/** Schema of a nested `SamlConnectionImplicitRoleAssignment` param object. */
export const SamlConnectionImplicitRoleAssignmentSchema = strict({
  role_id: v.string(),
})

/** Schema of a nested `SamlGroupImplicitRoleAssignment` param object. */
export const SamlGroupImplicitRoleAssignmentSchema = strict({
  role_id: v.string(),
  group: v.string(),
})
