/**
 * Session JWT verification: strict, local, with a verified-token cache, and a local-first helper
 * that falls back to Stytch.
 *
 * @example
 * ```ts
 * import { authenticateSessionJwtLocal } from 'stytch-b2b/jwt'
 * const session = await authenticateSessionJwtLocal(ctx, jwt, {
 *   maxTokenAgeSeconds: 300,
 *   authorizationCheck: { organization_id, resource_id: 'documents', action: 'read' },
 * })
 * ```
 * @module
 */
export {
  authenticateSessionJwtLocal,
  type JwtMemberSession,
  type LocalJwtOptions,
} from './authenticateSessionJwtLocal.js'
export {
  authenticateSessionJwt,
  type AuthenticateSessionJwtOptions,
  type AuthenticateSessionJwtParams,
  type AuthenticateSessionJwtResult,
} from './authenticateSessionJwt.js'
