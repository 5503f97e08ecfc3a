/**
 * Session JWT verification: strict, local, with a verified-token cache, and a local-first helper
 * that falls back to Stytch; the same local check for Connected App access tokens and M2M tokens.
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
export {
  introspectIdpTokenLocal,
  type IdpAccessToken,
  type IntrospectIdpTokenLocalOptions,
} from './introspectIdpTokenLocal.js'
export {
  introspectIdpToken,
  type IntrospectIdpTokenOptions,
  type IntrospectIdpTokenParams,
  type IntrospectIdpTokenResult,
} from './introspectIdpToken.js'
export { authenticateM2mToken, grantsScope, type AuthenticateM2mTokenOptions, type M2mToken } from './authenticateM2mToken.js'
