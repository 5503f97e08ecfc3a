/**
 * stytch-b2b: one function per Stytch B2B API route, each taking a context made by
 * `createContext`. Import only what you call; bundlers drop the rest.
 *
 * @module
 */
export {
  createContext,
  type Context,
  type Hooks,
  type RetryConfig,
  type RetryMethod,
  type RetryPolicy,
  type CacheStore,
  type JwksCache,
  type StoredEntry,
  type JwksRefreshConfig,
  type PolicyCacheConfig,
  type StytchConfig,
} from './core/context.js'
export {
  isStytchError,
  StytchAbortError,
  StytchApiError,
  StytchAuthorizationError,
  StytchClaimsError,
  StytchConfigError,
  StytchDecodeError,
  StytchError,
  StytchInactiveTokenError,
  StytchJwtError,
  StytchM2mAuthorizationError,
  StytchNetworkError,
  StytchParamsError,
  StytchPolicyError,
  StytchResponseTooLargeError,
  StytchTimeoutError,
  type StytchApiErrorInit,
  type StytchJwtErrorCode,
  type StytchIssue,
} from './core/errors.js'
export type { ClaimsOf, ClaimsSchema } from './core/claims.js'
export type {
  AuthorizedCallOptions,
  CallOptions,
  ClaimsCallOptions,
  JsonValue,
  MemberSessionAuthorization,
} from './core/types.js'
export { unknownFields, type UnknownFields } from './core/unknownFields.js'
export { VERSION } from './core/version.js'
export * from './endpoints/index.js'
export * from './rbac/index.js'
export * from './jwt/index.js'
