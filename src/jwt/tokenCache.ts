import type { Context } from '../core/context.js'
import { scopeOf, type Scope } from '../core/scope.js'

/** A verified token's mapped session and the time claims to re-check on every hit. */
export interface VerifiedToken<Session> {
  /** The whole token: a hit must match it exactly, not just the cache key. */
  token?: string
  /** Hit since the clock hand last passed it: spared once (second chance). */
  hit?: boolean
  readonly session: Session
  readonly exp: number
  readonly iat: number
  readonly nbf: number | undefined
}

/**
 * Bounded cache of verified tokens, keyed by the token's tail and checked against the whole token;
 * emptied when the keys change. Eviction is CLOCK (second chance): `ring` holds the keys in slot
 * order and `hand` points at the next one to consider, so that neither a hit nor an eviction
 * walks or reorders the map.
 */
export interface TokenCache<Session> {
  readonly generation: number
  readonly entries: Map<number, VerifiedToken<Session>>
  readonly ring: number[]
  hand: number
}

/** Most tokens kept per scope (contexts of the same settings). */
export const TOKEN_CACHE_SIZE = 1000

/** The cache in `caches` of the context's scope (one map per kind of token); a new, empty one once the key set changed. */
export function tokenCache<Session>(ctx: Context, generation: number, caches: WeakMap<Scope, TokenCache<unknown>>): TokenCache<Session> {
  const scope = scopeOf(ctx)
  let cache = caches.get(scope) as TokenCache<Session> | undefined
  if (cache?.generation !== generation) caches.set(scope, (cache = { generation, entries: new Map(), ring: [], hand: 0 }) as TokenCache<unknown>)
  return cache
}

/**
 * @internal The cache key of a token: 30 bits from its last 12 characters (RSA signature). A number is
 * hashed at once, where a string key, even a short slice, is hashed anew on every lookup; the
 * full token is compared on every hit, and two tokens with one key just take turns in the slot.
 */
export function keyOf(token: string): number {
  let key = 0
  for (let i = token.length - 12; i < token.length; i++) key = (key * 31 + token.charCodeAt(i)) | 0
  return key >>> 2
}

/** Looks a token up and marks it used. */
export function lookup<Session>(cache: TokenCache<Session>, token: string): VerifiedToken<Session> | undefined {
  const entry = cache.entries.get(keyOf(token))
  if (entry?.token !== token) return undefined
  entry.hit = true
  return entry
}

/**
 * Stores a token. The hand sweeps the ring: an entry hit since the last sweep loses its mark and
 * stays, the first one without a mark, or a slot not filled yet, takes the new token.
 */
export function store<Session>(cache: TokenCache<Session>, token: string, entry: VerifiedToken<Session>): void {
  const { entries, ring } = cache
  const key = keyOf(token)
  entry.token = token
  // A key already present (another token with the same tail) keeps its slot.
  if (!entries.has(key)) {
    // One turn clears every mark, so the sweep ends within TOKEN_CACHE_SIZE + 1 steps; while the
    // ring fills, the hand is at an empty slot (no entry) and stays there.
    let victim: VerifiedToken<Session> | undefined
    while ((victim = entries.get(ring[cache.hand]!))?.hit) {
      victim.hit = false
      cache.hand = (cache.hand + 1) % TOKEN_CACHE_SIZE
    }
    entries.delete(ring[cache.hand]!)
    ring[cache.hand] = key
    cache.hand = (cache.hand + 1) % TOKEN_CACHE_SIZE
  }
  entries.set(key, entry)
}
