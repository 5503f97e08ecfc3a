// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/b2b/passwords/migrate
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Member, Organization } from '../models.js'
import type { Argon2ConfigInput, Md5ConfigInput, Pbkdf2ConfigInput, ScryptConfigInput, Sha1ConfigInput, Sha512ConfigInput } from '../inputs.js'
import { Argon2ConfigShape, Md5ConfigShape, Pbkdf2ConfigShape, ScryptConfigShape, Sha1ConfigShape, Sha512ConfigShape } from '../shapes.js'

/** Params of {@link migratePassword}; a key it does not name fails before sending. */
export interface MigratePasswordParams {
  email_address: string
  /** The stored password hash, encoded as the hash type expects. */
  hash: string
  hash_type: 'bcrypt' | 'md_5' | 'argon_2i' | 'argon_2id' | 'sha_1' | 'sha_512' | 'scrypt' | 'phpass' | 'pbkdf_2' | (string & {})
  /** Id of the organization (`organization-…`). */
  organization_id: string
  md_5_config?: Md5ConfigInput | undefined
  argon_2_config?: Argon2ConfigInput | undefined
  sha_1_config?: Sha1ConfigInput | undefined
  sha_512_config?: Sha512ConfigInput | undefined
  scrypt_config?: ScryptConfigInput | undefined
  pbkdf_2_config?: Pbkdf2ConfigInput | undefined
  name?: string | undefined
  /** Data only your backend can write (the frontend SDKs cannot change it); a JSON object. */
  trusted_metadata?: Record<string, unknown> | undefined
  /** Data the member can change from a frontend SDK: never base authorization on it. */
  untrusted_metadata?: Record<string, unknown> | undefined
  roles?: string[] | undefined
  preserve_existing_sessions?: boolean | undefined
  /** The MFA phone number in E.164 format, e.g. `+12025550123`. */
  mfa_phone_number?: string | undefined
  set_phone_number_verified?: boolean | undefined
  /** Your own id for the object, unique in its scope; usable in place of Stytch's id. */
  external_id?: string | undefined
}

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
  path: ['/v1/b2b/passwords/migrate'],
  params: { email_address: 'S', hash: 'S', hash_type: 'S', organization_id: 'S', md_5_config: ['o', Md5ConfigShape], argon_2_config: ['o', Argon2ConfigShape], sha_1_config: ['o', Sha1ConfigShape], sha_512_config: ['o', Sha512ConfigShape], scrypt_config: ['o', ScryptConfigShape], pbkdf_2_config: ['o', Pbkdf2ConfigShape], name: 's', trusted_metadata: 'r', untrusted_metadata: 'r', roles: ['a', 's'], preserve_existing_sessions: 'b', mfa_phone_number: 's', set_phone_number_verified: 'b', external_id: 's' },
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
