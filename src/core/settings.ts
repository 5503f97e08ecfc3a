import { check, isInt, MAX_MS, withDefaults, type Context, type JwksRefreshConfig, type PolicyCacheConfig } from './context.js'

/** @internal The cache settings of a context, checked and completed with their defaults. */
export interface CacheSettings {
  readonly policyCache: Readonly<Required<PolicyCacheConfig>>
  readonly jwksRefresh: Readonly<Required<JwksRefreshConfig>>
}

/** Durations in ms over their defaults: the keys of `defaults` only, each a whole number. */
function durations<T extends Record<string, number>>(defaults: T, given: unknown, path: string): Readonly<T> {
  const merged: Record<string, unknown> = withDefaults(defaults, given, path)
  for (const key of Object.keys(merged)) check(isInt(merged[key], 0, MAX_MS), `${path}.${key}`, 'must be a whole number of ms')
  return Object.freeze(merged) as T
}

/**
 * @internal Checks the settings only the key-set and policy caches read — `createContext` leaves
 * them to this, so that endpoint bundles carry none of it — through `scopeOf`, once per context, on first use.
 *
 * @throws {StytchConfigError} naming the field at fault.
 */
export function cacheSettings(ctx: Context): CacheSettings {
  const { policy, jwks, jwksCache, cacheStore } = ctx
  check(policy === undefined || (typeof policy === 'object' && Array.isArray(policy?.roles)), 'policy', 'must be an object with a roles array')
  check(jwks === undefined || Array.isArray(jwks?.keys), 'jwks', 'must be a JSON Web Key Set')
  check(jwksCache === undefined || (typeof jwksCache === 'object' && jwksCache !== null), 'jwksCache', 'must be an object')
  for (const name of ['get', 'put']) {
    check(cacheStore === undefined || typeof (cacheStore as unknown as Record<string, unknown> | null)?.[name] === 'function', `cacheStore.${name}`, 'must be a function')
  }
  return {
    policyCache: durations({ maxAgeMs: 300_000, staleIfErrorMs: 3_600_000, retryAfterFailureMs: 10_000 }, ctx.policyCache, 'policyCache'),
    jwksRefresh: durations({ timeoutMs: 5000, cooldownMs: 30_000, maxAgeMs: 600_000 }, ctx.jwksRefresh, 'jwksRefresh'),
  }
}
