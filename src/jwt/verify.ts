import type { Context } from '../core/context.js'
import type { Scope } from '../core/scope.js'
import { paramsError, StytchJwtError } from '../core/errors.js'
import { mine, PROTO } from '../core/own.js'
import { verify } from '#rs256'
import { invalid, isNumber, isObject, isString, parseCompact } from './compact.js'
import { keySource, type KeySource } from './keys.js'
import type { Rs256Key } from './rs256.types.js'
import { lookup, store, tokenCache, type TokenCache, type VerifiedToken } from './tokenCache.js'

/** The time and cache options every local verifier takes. */
export interface VerifyOptions {
  /** Refuse tokens issued (`iat`) longer ago than this, with `jwt_too_old`. */
  readonly maxTokenAgeSeconds?: number | undefined
  /** Leeway for `exp`, `nbf`, `iat` and the age check (default 0). */
  readonly clockToleranceSeconds?: number | undefined
  /** The time to verify at (default: now). */
  readonly now?: Date | undefined
  /** Set `false` to verify the signature even for a token verified before (default on). */
  readonly verifiedTokenCache?: boolean | undefined
}

/**
 * Maps a signed payload whose issuer, audience, `sub` (a non-empty string) and times are checked
 * to a verifier's result; throws `jwt_invalid` for a payload of the wrong kind.
 */
export type MapPayload<T> = (payload: SignedPayload) => T

/** A payload whose signature and standard claims are checked. */
export type SignedPayload = Record<string, unknown> & { readonly sub: string; readonly exp: number; readonly iat: number }

/** One scope → cache map per kind of token: a token verified as one kind is never served as another. */
export type TokenCaches = WeakMap<Scope, TokenCache<unknown>>

/** The registered claims Stytch sets: never custom claims. */
export const REGISTERED: ReadonlySet<string> = new Set(['iss', 'aud', 'sub', 'iat', 'nbf', 'exp', 'jti'])

export { invalid, isNumber, isObject, isString }

/**
 * The payload's own keys but those in `reserved` (at least {@link REGISTERED}) and
 * `https://stytch.com/…` keys, copied so that a `__proto__` claim stays an own key.
 */
export function customClaims(payload: Record<string, unknown>, reserved: ReadonlySet<string>): Record<string, unknown> {
  let custom: Record<string, unknown> = {}
  // Own keys only: a polluted, enumerable Object.prototype key must not become a claim.
  for (const key of Object.keys(payload)) {
    if (reserved.has(key) || key.startsWith('https://stytch.com/')) continue
    // Defined, not assigned: a "__proto__" claim must stay an own property, not become the prototype.
    if (key === '__proto__') custom = { ...custom, [key]: payload[key] }
    else custom[key] = payload[key]
  }
  return custom
}

// Results may be served from the cache to many callers: none of them may change it for the others.
export function deepFreeze<T>(value: T): T {
  // A primitive (null included) counts as frozen.
  if (!Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

/** Throws the time-claim error that applies at `now` (seconds), if any; the age check comes last. */
function checkTimes(token: VerifiedToken<unknown>, now: number, tolerance: number, maxAge: number | undefined): void {
  if (token.exp <= now - tolerance) throw new StytchJwtError('jwt_expired', 'Token has expired')
  if ((token.nbf !== undefined && token.nbf > now + tolerance) || token.iat > now + tolerance) {
    throw new StytchJwtError('jwt_not_yet_valid', 'Token is not valid yet (nbf or iat in the future)')
  }
  if (maxAge !== undefined && now - token.iat > maxAge + tolerance) {
    throw new StytchJwtError('jwt_too_old', `Token is older than ${maxAge} seconds`)
  }
}

function numberOption(value: unknown, name: string): number | undefined {
  if (value !== undefined && !(isNumber(value) && value >= 0)) throw paramsError(`options.${name}`, 'must be a non-negative number')
  return value as number | undefined
}

/** Whether one of `keys` verifies the signature; synchronous as long as each answer is. */
function verifies(keys: readonly Rs256Key[], input: string, signature: string, from = 0): boolean | Promise<boolean> {
  for (let i = from; i < keys.length; i++) {
    const ok = verify(keys[i]!, input, signature)
    if (typeof ok !== 'boolean') return ok.then((yes) => yes || verifies(keys, input, signature, i + 1))
    if (ok) return true
  }
  return false
}

/**
 * @internal The common local check: strict compact form and header (RS256, `typ` JWT, a `kid`),
 * a project key that verifies the signature, issuer `stytch.com/<project>` or the base URL, the
 * project among the audiences, `sub`, numeric `exp` and `iat`, `map` for the rest, then the time
 * checks. A token in `caches` for the current key set skips the signature check, never the time
 * checks. Synchronous (a value, or a throw) when the keys are at hand and the runtime verifies
 * synchronously (node:crypto); a promise otherwise. Callers turn throws into rejections.
 */
export function verifyLocal<T>(ctx: Context, jwt: string, options: VerifyOptions, map: MapPayload<T>, caches: TokenCaches): T | Promise<T> {
  const now = mine(options.now, PROTO['now'])
  if (now !== undefined && !(now instanceof Date && isNumber(now.getTime()))) throw paramsError('options.now', 'must be a valid Date')
  const tolerance = numberOption(mine(options.clockToleranceSeconds, PROTO['clockToleranceSeconds']), 'clockToleranceSeconds') ?? 0
  const maxAge = numberOption(mine(options.maxTokenAgeSeconds, PROTO['maxTokenAgeSeconds']), 'maxTokenAgeSeconds')
  const seconds = (now?.getTime() ?? Date.now()) / 1000
  const source = keySource(ctx)
  const cache = mine(options.verifiedTokenCache, PROTO['verifiedTokenCache']) === false ? undefined : tokenCache<T>(ctx, source.generation, caches)
  // A non-string token skips the cache and is refused by parseCompact.
  const hit = cache && typeof jwt === 'string' ? lookup(cache, jwt) : undefined
  if (hit) {
    checkTimes(hit, seconds, tolerance, maxAge)
    return hit.session
  }
  return fresh(ctx, jwt, map, caches, source, cache, seconds, tolerance, maxAge)
}

/** {@link verifyLocal} for a token not in the cache; apart, so that a hit allocates none of its closures. */
function fresh<T>(
  ctx: Context,
  jwt: string,
  map: MapPayload<T>,
  caches: TokenCaches,
  source: KeySource,
  cache: TokenCache<T> | undefined,
  seconds: number,
  tolerance: number,
  maxAge: number | undefined,
): T | Promise<T> {
  const [header, payload, input, signature] = parseCompact(jwt)
  const { kid, typ } = header
  // Stytch marks its JWTs `typ: JWT` (the official SDKs require it too); `application/jwt` is the same type.
  if (header['alg'] !== 'RS256' || !isString(kid) || kid === '' || header['crit'] !== undefined || header['b64'] !== undefined || !isString(typ) || !/^(application\/)?jwt$/i.test(typ)) {
    throw invalid('header (alg RS256, typ JWT, a kid, no crit or b64)')
  }
  const check = (keys: readonly Rs256Key[]): T | Promise<T> => {
    // The set the keys came from: only what was verified against the set the cache now belongs to is cached.
    const generation = source.generation
    const finish = (verified: boolean): T => {
      if (!verified) throw invalid('signature')
      const { iss, aud, sub, exp, iat, nbf } = payload
      if (iss !== `stytch.com/${ctx.projectId}` && iss !== ctx.baseUrl) throw invalid('issuer (iss)')
      const audiences = Array.isArray(aud) ? aud : [aud]
      if (!audiences.includes(ctx.projectId) || !audiences.every(isString)) throw invalid('audience (aud)')
      if (!isString(sub) || sub === '') throw invalid('subject (sub)')
      if (!isNumber(exp) || !isNumber(iat) || (nbf !== undefined && !isNumber(nbf))) throw invalid('exp, iat or nbf')
      const token: VerifiedToken<T> = { session: map(payload as never), exp, iat, nbf }
      checkTimes(token, seconds, tolerance, maxAge)
      if (cache && generation === source.generation) store(tokenCache<T>(ctx, generation, caches), jwt, token)
      return token.session
    }
    const verified = verifies(keys, input, signature)
    return typeof verified === 'boolean' ? finish(verified) : verified.then(finish)
  }
  // Known and fresh: no await.
  const keys = Date.now() < source.knownUntil && source.known.get(kid)
  return keys ? check(keys) : source.keysFor(kid).then(check)
}
