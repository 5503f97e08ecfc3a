import { JWKSMultipleMatchingKeys, JWKSNoMatchingKey } from 'jose/errors'
import { createLocalJWKSet } from 'jose/jwks/local'
import { createRemoteJWKSet, customFetch, jwksCache } from 'jose/jwks/remote'
import { credentialsOf, type Context } from '../core/context.js'
import { StytchJwtError } from '../core/errors.js'

type KeySet = (header: { alg: string; kid: string }) => Promise<CryptoKey>

/** The project's signing keys for one context. */
export interface KeySource {
  /** Bumped whenever the fetched key set's content changes; cached verifications follow it. */
  generation: number
  /** The keys whose `kid` equals the token's and that may verify RS256 (usually one). */
  keysFor(kid: string): Promise<CryptoKey[]>
  /** Keys found for a kid, while the set they came from is fresh: the hot path skips jose. */
  readonly known: Map<string, CryptoKey[]>
  knownUntil: number
}

/** Keys for `kid` without any await when they are known and fresh. */
export function knownKeys(source: KeySource, kid: string): CryptoKey[] | undefined {
  return Date.now() < source.knownUntil ? source.known.get(kid) : undefined
}

// One source per context, made on first use.
const sources = new WeakMap<Context, KeySource>()

async function candidates(set: KeySet, kid: string): Promise<CryptoKey[]> {
  try {
    return [await set({ alg: 'RS256', kid })]
  } catch (error) {
    if (!(error instanceof JWKSMultipleMatchingKeys)) throw error
    const keys: CryptoKey[] = []
    for await (const key of error as unknown as AsyncIterable<CryptoKey>) keys.push(key)
    return keys
  }
}

function local(jwks: unknown): KeySet | undefined {
  try {
    return createLocalJWKSet(jwks as never) as KeySet
  } catch {
    return undefined
  }
}

function mapKeyError(error: unknown): StytchJwtError {
  if (error instanceof StytchJwtError) return error
  return error instanceof JWKSNoMatchingKey
    ? new StytchJwtError('jwks_no_matching_key', 'No key of the project JWKS matches the token', error)
    : new StytchJwtError('jwks_unavailable', 'The project JWKS could not be fetched or used', error)
}

/**
 * The key source of a context: its static `jwks`, or jose's remote JWKS for the project (fetch
 * timeout, single flight, refetch for an unknown `kid` at most once per cooldown, the context's
 * `jwksCache` for serverless persistence). When a refresh fails, keys of the last good set keep
 * working.
 */
export function keySource(ctx: Context): KeySource {
  let source = sources.get(ctx)
  if (source) return source
  const made: KeySource = { generation: 0, keysFor: async () => [], known: new Map(), knownUntil: 0 }
  const remember = (kid: string, keys: CryptoKey[], until: number): CryptoKey[] => {
    made.known.set(kid, keys)
    made.knownUntil = until
    return keys
  }
  if (ctx.jwks) {
    const set = local(ctx.jwks)
    made.keysFor = async (kid) => {
      if (!set) throw new StytchJwtError('jwks_unavailable', 'The configured JWKS is malformed')
      const keys = await candidates(set, kid).catch((error: unknown) => Promise.reject(mapKeyError(error)))
      return remember(kid, keys, Number.POSITIVE_INFINITY)
    }
  } else {
    const { authorization } = credentialsOf(ctx)
    const { timeoutMs, cooldownMs, maxAgeMs } = ctx.jwksRefresh
    let lastText: string | undefined
    let fetchedAt = ctx.jwksCache?.uat ?? 0
    let fallback = ctx.jwksCache?.jwks ? local(ctx.jwksCache.jwks) : undefined
    // Sees every JWKS response jose receives: detects a changed key set, keeps a fallback copy.
    const observe = async (url: string, init: RequestInit): Promise<Response> => {
      const response = await (ctx.fetch ?? fetch)(url, init)
      if (response.status !== 200) return response
      const text = await response.text()
      fetchedAt = Date.now()
      if (text !== lastText) {
        lastText = text
        made.generation++
        made.known.clear()
        try {
          fallback = local(JSON.parse(text)) ?? fallback
        } catch {}
      }
      return new Response(text, { status: 200, headers: response.headers })
    }
    const remote = createRemoteJWKSet(new URL(`${ctx.baseUrl}/v1/b2b/sessions/jwks/${encodeURIComponent(ctx.projectId)}`), {
      timeoutDuration: timeoutMs,
      cooldownDuration: cooldownMs,
      cacheMaxAge: maxAgeMs,
      headers: { Authorization: authorization, 'User-Agent': ctx.userAgent },
      [customFetch]: observe,
      ...(ctx.jwksCache && { [jwksCache]: ctx.jwksCache as never }),
    }) as unknown as KeySet
    made.keysFor = async (kid) => {
      try {
        // Known only as long as jose itself would keep the set without refetching.
        return remember(kid, await candidates(remote, kid), fetchedAt + maxAgeMs)
      } catch (error) {
        // Stale-if-error: while the JWKS endpoint fails, the last good keys still verify, and
        // are reused for a cooldown so that an outage does not put a fetch on every request.
        if (fallback && !(error instanceof JWKSNoMatchingKey)) {
          const keys = await candidates(fallback, kid).catch((fallbackError: unknown) => Promise.reject(mapKeyError(fallbackError)))
          return remember(kid, keys, Date.now() + cooldownMs)
        }
        throw mapKeyError(error)
      }
    }
  }
  sources.set(ctx, made)
  return made
}
