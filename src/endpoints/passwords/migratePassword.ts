// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/migrate
import * as v from 'valibot'
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import { openEnum, strict } from '../../core/schema.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'
import { Argon2ConfigSchema, Md5ConfigSchema, Pbkdf2ConfigSchema, ScryptConfigSchema, Sha1ConfigSchema, Sha512ConfigSchema } from '../schemas.js'

/** Schema of {@link MigratePasswordParams}: strict, so a misspelt key fails before sending. */
export const MigratePasswordParamsSchema = strict({
  email_address: v.string(),
  /** The stored password hash, encoded as the hash type expects. */
  hash: v.string(),
  hash_type: openEnum<'bcrypt' | 'md_5' | 'argon_2i' | 'argon_2id' | 'sha_1' | 'sha_512' | 'scrypt' | 'phpass' | 'pbkdf_2'>(),
  /** Id of the organization (`organization-…`). */
  organization_id: v.string(),
  md_5_config: v.optional(Md5ConfigSchema),
  argon_2_config: v.optional(Argon2ConfigSchema),
  sha_1_config: v.optional(Sha1ConfigSchema),
  sha_512_config: v.optional(Sha512ConfigSchema),
  scrypt_config: v.optional(ScryptConfigSchema),
  pbkdf_2_config: v.optional(Pbkdf2ConfigSchema),
  name: v.optional(v.string()),
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata: v.optional(v.record(v.string(), v.unknown())),
  roles: v.optional(v.array(v.string())),
  preserve_existing_sessions: v.optional(v.boolean()),
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number: v.optional(v.string()),
  set_phone_number_verified: v.optional(v.boolean()),
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id: v.optional(v.string()),
})

/** Params of {@link migratePassword}. */
export type MigratePasswordParams = v.InferInput<typeof MigratePasswordParamsSchema>

/** Response of {@link migratePassword}. */
export interface MigratePasswordResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id of the member (`member-…`). */
  member_id: string
  member_created: boolean
  member: Member
  organization: Organization
  /** HTTP status code of the answer. */
  status_code: number
}

const endpoint: Endpoint = {
  method: 'POST',
  path: '/v1/b2b/passwords/migrate',
  params: MigratePasswordParamsSchema,
  response: { request_id: 's', member_id: 's', member_created: 'b', member: 'o', organization: 'o', status_code: 'n' },
}

/**
 * Imports a member with a password hash from another system.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/b2b/api/migrate
 */
export function migratePassword(
  ctx: Context,
  params: MigratePasswordParams,
  options?: CallOptions,
): Promise<MigratePasswordResponse> {
  return call(ctx, endpoint, params, options)
}
