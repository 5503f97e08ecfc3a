import type { Context } from '../core/context.js'
import { scopeOf, type Scope } from '../core/scope.js'

/** A verified token's mapped session and the time claims to re-check on every hit. */
export interface VerifiedToken<Session> {
  /** The whole token: a hit must match it exactly, not just the cache key. */
  token?: string
  used?: number
  readonly session: Session
  readonly exp: number
  readonly iat: number
  readonly nbf: number | undefined
}

/** Bounded LRU of verified tokens, keyed by the exact token string; emptied when the keys change. */
export interface TokenCache<Session> {
  generation: number
  readonly entries: Map<string, VerifiedToken<Session>>
  /** Counts uses; an entry remembers the count of its last use. */
  clock: number
}

/** Most tokens kept per scope (contexts of the same settings). */
export const TOKEN_CACHE_SIZE = 1000

/** The cache in `caches` of the context's scope (one map per kind of token), emptied first if the key set changed since it was filled. */
export function tokenCache<Session>(ctx: Context, generation: number, caches: WeakMap<Scope, TokenCache<unknown>>): TokenCache<Session> {
  const scope = scopeOf(ctx)
  let cache = caches.get(scope) as TokenCache<Session> | undefined
  if (!cache) caches.set(scope, (cache = { generation, entries: new Map(), clock: 0 }) as TokenCache<unknown>)
  if (cache.generation !== generation) {
    cache.entries.clear()
    cache.generation = generation
  }
  return cache
}

// Keyed by the token's last 48 characters (288 bits of RSA signature): hashing them is far cheaper
// than hashing a 1-2 KB token, and the full token is compared on every hit.
const keyOf = (token: string): string => token.slice(-48)

/** Looks a token up and stamps its use; a hit does not reorder the map (that is left to eviction). */
export function lookup<Session>(cache: TokenCache<Session>, token: string): VerifiedToken<Session> | undefined {
  const entry = cache.entries.get(keyOf(token))
  if (entry === undefined || entry.token !== token) return undefined
  entry.used = ++cache.clock
  return entry
}

/**
 * Stores a token. Beyond the bound, the oldest-inserted entry goes, unless it was used since the
 * newer half of the cache was touched; then it moves to the back and the next one is considered
 * (second chance: LRU order without a map reorder on every hit).
 */
export function store<Session>(cache: TokenCache<Session>, token: string, entry: VerifiedToken<Session>): void {
  entry.token = token
  entry.used = ++cache.clock
  const { entries } = cache
  entries.set(keyOf(token), entry)
  for (let tries = 0; entries.size > TOKEN_CACHE_SIZE; tries++) {
    const oldest = entries.keys().next().value as string
    const candidate = entries.get(oldest) as VerifiedToken<Session>
    entries.delete(oldest)
    if (tries < 8 && (candidate.used ?? 0) > cache.clock - TOKEN_CACHE_SIZE / 2) entries.set(oldest, candidate)
  }
}
