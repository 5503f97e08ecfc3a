import { cached, entry } from '../core/cache.js'
import type { Context, JwksCache } from '../core/context.js'
import { StytchJwtError } from '../core/errors.js'
import { own } from '../core/own.js'
import { scopeOf, type Scope } from '../core/scope.js'
import { importKey } from '#rs256'
import { isObject } from './compact.js'
import type { Rs256Key } from './rs256.types.js'

/** The keys of a set whose `kid` is the token's (usually one); undefined when no key has it. */
type KeySet = (kid: string) => Promise<Rs256Key[] | undefined>

/** The project's signing keys for one context. */
export interface KeySource {
  /** The context of the latest use. */
  ctx: Context
  /** Bumped whenever the fetched key set's content changes; cached verifications follow it. */
  generation: number
  /** The keys whose `kid` equals the token's and that may verify RS256 (usually one). */
  keysFor(kid: string): Promise<Rs256Key[]>
  /** Keys found for a kid, while the set they came from is fresh: the hot path skips the set. */
  readonly known: Map<string, Rs256Key[]>
  knownUntil: number
}

// One source per scope (contexts of the same settings), made on first use.
const sources = new WeakMap<Scope, KeySource>()

/**
 * Whether a JWK may verify RS256 tokens (jose's rules for a local set, own fields only): kty RSA,
 * `alg` RS256 and `use` sig when present, `key_ops` (when present) unique strings that include
 * verify, `ext` a boolean when present. Its `kid` is compared at lookup.
 */
function usable(jwk: object): boolean {
  const ops = own(jwk, 'key_ops')
  const ext = own(jwk, 'ext')
  const alg = own(jwk, 'alg')
  const use = own(jwk, 'use')
  return (
    own(jwk, 'kty') === 'RSA' &&
    (alg === undefined || alg === 'RS256') &&
    (use === undefined || use === 'sig') &&
    (ext === undefined || typeof ext === 'boolean') &&
    (ops === undefined || (Array.isArray(ops) && ops.every((op, i) => typeof op === 'string' && ops.indexOf(op) === i) && ops.includes('verify')))
  )
}

/**
 * A key set read from a JWKS with `#rs256` (node:crypto on Node, Web Crypto elsewhere; no jose: a
 * one-file worker bundle pays for every byte): a snapshot, so later changes to the object do
 * nothing; public RSA verify keys only, each imported once, as the set is read (a set holds a
 * few). One matching key that fails to import is an error; of several, those that import are
 * used. Undefined when the set is malformed.
 */
function local(jwks: unknown): KeySet | undefined {
  let keys: unknown
  try {
    keys = structuredClone(own(Object(jwks), 'keys'))
  } catch {
    return undefined
  }
  if (!Array.isArray(keys) || !keys.every(isObject)) return undefined
  const imported = keys.filter(usable).map((jwk: object) => {
    const n = own(jwk, 'n')
    const e = own(jwk, 'e')
    // Only the own n and e reach the import, and only as strings: runtimes differ on anything else.
    const key = Promise.resolve(typeof n === 'string' && typeof e === 'string' && importKey(n, e))
      .then((k) => (k && k.type === 'public' ? k : Promise.reject()))
      .catch((cause: unknown) => {
        throw new StytchJwtError('jwks_unavailable', 'A JWKS key is not an RSA public key', cause)
      })
    // Marked handled: the failure is the concern of a token that needs this key, if any.
    key.catch(() => {})
    return [own(jwk, 'kid'), key] as const
  })
  return async (kid) => {
    const matching = imported.filter(([id]) => id === kid)
    const found: Rs256Key[] = []
    // Of several matching keys, one that fails is skipped; a single one fails the set.
    for (const [, key] of matching) {
      await key.then(
        (k) => found.push(k),
        (error: unknown) => {
          if (matching.length < 2) throw error
        },
      )
    }
    return matching.length ? found : undefined
  }
}

/**
 * The key source of a context: its static `jwks`, or the project's JWKS fetched with a timeout,
 * no redirects and a bounded body, one fetch at a time, by the rules of `cached` (core/cache):
 * keys of the cached set are served at once; once the set is older than `maxAgeMs` it is
 * refreshed in the background, never within `cooldownMs` of a failed refresh, and its keys keep
 * working while refreshes fail. Only an unknown `kid` or a cold start waits for a fetch, and an
 * unknown `kid` starts one at most once per `cooldownMs`. A fetch still pending after twice its
 * timeout counts as lost. The context's `jwksCache` (jose's shape) seeds the set and receives each
 * kept one. With a `cacheStore`, a cold source reads the stored set first (once) and each fetched
 * set is written to it.
 */
export function keySource(ctx: Context): KeySource {
  const scope = scopeOf(ctx)
  let source = sources.get(scope)
  // Fetches go through the latest caller's context (its fetch and store); the settings are the scope's.
  if (source) return (source.ctx = ctx), source
  const { timeoutMs, cooldownMs, maxAgeMs } = scope.jwksRefresh
  const { jwks: fixed, jwksCache: cache } = ctx
  let parsed: unknown
  let lastText: string | undefined
  const state = entry<KeySet>({
    path: `/v1/b2b/sessions/jwks/${encodeURIComponent(ctx.projectId)}`,
    parse: (text) => {
      const set = local((parsed = JSON.parse(text)))
      if (set) return set
      throw new TypeError('The fetched JWKS is malformed')
    },
    fail: (cause) => new StytchJwtError('jwks_unavailable', 'The project JWKS could not be fetched or used', cause),
    maxAgeMs,
    staleIfErrorMs: Infinity,
    retryAfterFailureMs: cooldownMs,
    timeoutMs,
    kept: (text) => {
      if (cache) (cache.uat = state.fetchedAt), (cache.jwks = parsed as NonNullable<JwksCache['jwks']>)
      if (text !== lastText) (lastText = text), made.generation++, made.known.clear()
    },
  })
  // Own properties only: keys inherited from a polluted Object.prototype must never verify a token.
  // A persisted set counts as fetched when it was; a fixed one is never old; with neither, the first use fetches.
  const seeded = local(fixed ?? (cache && own(cache, 'jwks')))
  if (seeded) {
    state.value = seeded
    state.startedAt = state.fetchedAt = fixed ? Infinity : (cache && (own(cache, 'uat') as number)) || 0
  }
  const made: KeySource = {
    ctx,
    generation: 0,
    known: new Map(),
    knownUntil: 0,
    async keysFor(kid) {
      if (fixed && !state.value) throw new StytchJwtError('jwks_unavailable', 'The configured JWKS is malformed')
      let set = await cached(made.ctx, state)
      let keys = await set(kid)
      // An unknown kid: the set may have rotated. Fetched (at most once per cooldown) and awaited; a failure leaves the set as it was.
      if (!keys && !fixed) {
        // A failed fetch leaves the set at hand.
        try {
          set = await cached(made.ctx, state, true)
        } catch {}
        keys = await set(kid)
      }
      if (!keys) throw new StytchJwtError('jwks_no_matching_key', 'No key of the project JWKS matches the token')
      // The set changed while we looked: look again rather than remember a key it may have dropped.
      if (set !== state.value) return made.keysFor(kid)
      made.known.set(kid, keys)
      made.knownUntil = state.fetchedAt + maxAgeMs
      return keys
    },
  }
  sources.set(scope, made)
  return made
}
