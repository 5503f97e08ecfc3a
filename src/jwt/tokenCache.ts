import type { Context } from '../core/context.js'

/** A verified token's mapped session and the time claims to re-check on every hit. */
export interface VerifiedToken<Session> {
  /** The whole token: a hit must match it exactly, not just the cache key. */
  token?: string
  readonly session: Session
  readonly exp: number
  readonly iat: number
  readonly nbf: number | undefined
}

/** Bounded LRU of verified tokens, keyed by the exact token string; emptied when the keys change. */
export interface TokenCache<Session> {
  generation: number
  readonly entries: Map<string, VerifiedToken<Session>>
}

/** Most tokens kept per context. */
export const TOKEN_CACHE_SIZE = 1000

const caches = new WeakMap<Context, TokenCache<unknown>>()

/** The context's cache, emptied first if the key set changed since it was filled. */
export function tokenCache<Session>(ctx: Context, generation: number): TokenCache<Session> {
  let cache = caches.get(ctx) as TokenCache<Session> | undefined
  if (!cache) caches.set(ctx, (cache = { generation, entries: new Map() }) as TokenCache<unknown>)
  if (cache.generation !== generation) {
    cache.entries.clear()
    cache.generation = generation
  }
  return cache
}

// Keyed by the token's last 48 characters (288 bits of RSA signature): hashing them is far cheaper
// than hashing a 1-2 KB token, and the full token is compared on every hit.
const keyOf = (token: string): string => token.slice(-48)

/** Looks a token up and marks it most recently used. */
export function lookup<Session>(cache: TokenCache<Session>, token: string): VerifiedToken<Session> | undefined {
  const key = keyOf(token)
  const entry = cache.entries.get(key)
  if (entry === undefined || entry.token !== token) return undefined
  cache.entries.delete(key)
  cache.entries.set(key, entry)
  return entry
}

/** Stores a token, evicting the least recently used beyond the bound. */
export function store<Session>(cache: TokenCache<Session>, token: string, entry: VerifiedToken<Session>): void {
  entry.token = token
  cache.entries.set(keyOf(token), entry)
  if (cache.entries.size > TOKEN_CACHE_SIZE) cache.entries.delete(cache.entries.keys().next().value as string)
}
