import { credentialsOf, type Context } from './context.js'
import { cacheSettings, type CacheSettings } from './settings.js'

/**
 * @internal What contexts with the same settings share in one isolate: their cache settings, and
 * the object the key-set, verified-token and policy caches are keyed by (each module holds its own
 * `WeakMap<Scope, …>`), so that a Worker calling `createContext(env)` per request keeps its caches warm.
 */
export type Scope = CacheSettings

/** Most scopes kept; the least recently made or found goes first (contexts holding it keep it). */
export const MAX_SCOPES = 64

const scopes = new Map<string, Scope>()
const memo = new WeakMap<Context, Scope>()
const ids = new WeakMap<object, number>()
let lastId = 0

/** A number per object (by identity): a fixed `policy`, `jwks` or `jwksCache` never matches another one. */
const idOf = (value: object | undefined): number | string => {
  if (!value) return ''
  let id = ids.get(value)
  if (!id) ids.set(value, (id = ++lastId))
  return id
}

/**
 * @internal A 64-bit digest of `text` as 16 hex digits: two FNV-1a lanes with different seeds.
 * Synchronous (the scope is needed on the hot path, Web Crypto digests are async), not meant to
 * resist an attacker who chooses inputs: it only keeps secrets and URLs out of readable keys.
 * A high-entropy secret cannot be recovered from 64 bits; two settings colliding would need 2^32
 * distinct secrets for the same project and base URL in one isolate.
 */
export function digest(text: string): string {
  let a = 0x811c9dc5
  let b = 0x050c5d1f
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}

/**
 * @internal The scope of `ctx`: shared with every context of the same project, base URL,
 * credentials (as a digest) and cache-relevant settings (`policyCache`, `jwksRefresh`,
 * `maxResponseBytes`, `timeoutMs`; fixed `policy`, `jwks`, `jwksCache` by identity).
 * `retry`, `fetch`, `hooks`, `userAgent` and `cacheStore` are left out (the caches make one attempt per fetch): what is cached does not depend on
 * them, and the caches send through the context of the call at hand. No timers: the registry
 * holds at most {@link MAX_SCOPES}, memoized per context.
 *
 * @throws {StytchConfigError} when a cache setting of the context is malformed (see `cacheSettings`).
 */
export function scopeOf(ctx: Context): Scope {
  let scope = memo.get(ctx)
  if (scope) return scope
  // Checked here rather than in createContext: only the caches use them, and endpoint bundles stay lean.
  const settings = cacheSettings(ctx)
  const { policyCache, jwksRefresh } = settings
  const key = [
    ctx.projectId,
    ctx.baseUrl,
    digest(credentialsOf(ctx).authorization),
    JSON.stringify([policyCache, jwksRefresh, ctx.maxResponseBytes, ctx.timeoutMs]),
    idOf(ctx.policy),
    idOf(ctx.jwks),
    idOf(ctx.jwksCache),
  ].join('\n')
  scope = scopes.get(key) ?? settings
  // Re-inserted on every find: the first key is always the least recently used.
  scopes.delete(key)
  scopes.set(key, scope)
  if (scopes.size > MAX_SCOPES) scopes.delete(scopes.keys().next().value as string)
  memo.set(ctx, scope)
  return scope
}
