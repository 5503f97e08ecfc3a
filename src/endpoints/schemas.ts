// Generated from the API catalog by scripts/generate-endpoints.mjs: nested param objects.
import * as v from 'valibot'
import { openEnum } from '../core/schema.js'

/** Schema of a nested `EmailImplicitRoleAssignment` param object. */
export const EmailImplicitRoleAssignmentSchema = v.strictObject({
  domain: v.string(),
  role_id: v.string(),
})

/** Schema of a nested `SearchQuery` param object. */
export const SearchQuerySchema = v.strictObject({
  operator: openEnum<'OR' | 'AND'>(),
  operands: v.array(v.record(v.string(), v.unknown())),
})
