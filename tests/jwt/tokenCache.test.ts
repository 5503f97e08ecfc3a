// The verified-token cache's own invariants, over arbitrary sequences of stores and lookups.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isTimestamp } from '../../src/jwt/authenticateSessionJwtLocal.js'
import { keyOf, lookup, store, TOKEN_CACHE_SIZE, tokenCache, type TokenCache, type VerifiedToken } from '../../src/jwt/tokenCache.js'
import { createContext } from '../../src/index.js'

const ctx = createContext({ projectId: 'project-test-cache', secret: 'secret-test-cache-0000000' })

const entry = (): VerifiedToken<string> => ({ session: 's', exp: 2, iat: 1, nbf: undefined })
// Distinct tokens whose cache keys differ (their tails do, scrambled as a signature's are), padded like a real token.
const token = (i: number): string => `${'h'.repeat(64)}.${'0'.repeat(40)}${(Math.imul(i + 1, 0x9e3779b1) >>> 0).toString(36).padStart(8, '0')}`

/**
 * The textbook CLOCK the cache must behave as: slots in a ring, a hand at the next one to
 * consider; a marked slot loses its mark as the hand passes, the first unmarked one is replaced.
 */
class ReferenceClock {
  readonly ring: number[] = []
  readonly marked = new Set<number>()
  hand = 0
  hit(key: number): void {
    if (this.ring.includes(key)) this.marked.add(key)
  }
  store(key: number): void {
    if (this.ring.includes(key)) return void this.marked.delete(key)
    if (this.ring.length < TOKEN_CACHE_SIZE) return void this.ring.push(key)
    while (this.marked.delete(this.ring[this.hand]!)) this.hand = (this.hand + 1) % TOKEN_CACHE_SIZE
    this.ring[this.hand] = key
    this.hand = (this.hand + 1) % TOKEN_CACHE_SIZE
  }
}

describe('verified-token cache (CLOCK)', () => {
  it('the tokens these tests use have distinct cache keys', () => {
    const ids = Array.from({ length: 1.5 * TOKEN_CACHE_SIZE + 1 }, (_, i) => keyOf(token(i)))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('stays bounded, keeps ring and map in step, spares what was hit since the hand passed, and keeps the slots a reference CLOCK keeps', () => {
    // Ids from a range half again the cache's size: it fills, evicts, and lookups often hit.
    const id = fc.nat(1.5 * TOKEN_CACHE_SIZE)
    const op = fc.oneof(fc.record({ kind: fc.constant('store' as const), id }), fc.record({ kind: fc.constant('lookup' as const), id }))
    fc.assert(
      fc.property(fc.array(op, { minLength: 4 * TOKEN_CACHE_SIZE, maxLength: 6 * TOKEN_CACHE_SIZE }), (ops) => {
        const cache = tokenCache<string>(ctx, 0, new WeakMap()) as TokenCache<string>
        const reference = new ReferenceClock()
        for (const [at, { kind, id }] of ops.entries()) {
          if (kind === 'lookup') {
            const found = lookup(cache, token(id))
            if (found) expect(found.token).toBe(token(id))
            if (found) reference.hit(keyOf(token(id)))
            continue
          }
          // Entries hit since the hand last passed, other than the one stored: none may go unless all were hit.
          const before = cache.entries.size
          const present = cache.entries.has(keyOf(token(id)))
          const full = before === TOKEN_CACHE_SIZE && !present
          const marked = full ? [...cache.entries.values()].filter((e) => e.hit).map((e) => e.token) : []
          store(cache, token(id), entry())
          reference.store(keyOf(token(id)))
          // Read without lookup, which would mark it.
          expect(cache.entries.get(keyOf(token(id)))?.token).toBe(token(id))
          // Nothing is evicted before the cache is full, and exactly one entry when it is.
          expect(cache.entries.size).toBe(present || full ? before : before + 1)
          expect(cache.entries.size).toBeLessThanOrEqual(TOKEN_CACHE_SIZE)
          if (full && marked.length < TOKEN_CACHE_SIZE) for (const t of marked) expect(cache.entries.has(keyOf(t!))).toBe(true)
          expect(cache.ring.length).toBe(cache.entries.size)
          if (at % 97 === 0) expect(new Set(cache.ring)).toEqual(new Set(cache.entries.keys()))
          if (at % 97 === 0) expect(cache.ring).toEqual(reference.ring)
        }
        expect(cache.ring).toEqual(reference.ring)
      }),
      // Thousands of operations a run: a failure is reported as found, not shrunk.
      { numRuns: 10, endOnFailure: true },
    )
  })

  it('a full turn over marked entries unmarks them all: the oldest goes, then the next oldest', () => {
    const cache = tokenCache<string>(ctx, 0, new WeakMap())
    for (let i = 0; i < TOKEN_CACHE_SIZE; i++) store(cache, token(i), entry())
    for (let i = 0; i < TOKEN_CACHE_SIZE; i++) expect(lookup(cache, token(i))).toBeDefined()
    store(cache, token(TOKEN_CACHE_SIZE), entry())
    expect(cache.entries.has(keyOf(token(0)))).toBe(false)
    expect([...cache.entries.values()].some((e) => e.hit)).toBe(false)
    store(cache, token(TOKEN_CACHE_SIZE + 1), entry())
    expect(cache.entries.has(keyOf(token(1)))).toBe(false)
    expect(cache.entries.size).toBe(TOKEN_CACHE_SIZE)
    for (let i = 2; i <= TOKEN_CACHE_SIZE + 1; i++) expect(lookup(cache, token(i))?.token).toBe(token(i))
  })

  it('a token the same tail as a cached one replaces it, and a mismatched full token is a miss', () => {
    const cache = tokenCache<string>(ctx, 0, new WeakMap())
    const a = `a.${'x'.repeat(48)}`
    const b = `b.${'x'.repeat(48)}`
    store(cache, a, entry())
    expect(lookup(cache, b)).toBeUndefined()
    store(cache, b, entry())
    expect(lookup(cache, a)).toBeUndefined()
    expect(lookup(cache, b)?.token).toBe(b)
    expect(cache.entries.size).toBe(1)
    expect(cache.ring).toHaveLength(1)
  })
})

// The former check, kept as the reference: a regex with groups and a calendar round trip.
const REFERENCE = /^(\d{4})-(\d\d)-(\d\d)[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/
const reference = (value: unknown): boolean => {
  const m = typeof value === 'string' ? REFERENCE.exec(value) : null
  return !!m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDate() === +m[3]! && +m[2]! > 0 && +m[2]! < 13
}

describe('session timestamps', () => {
  it('accepts exactly what the regex-and-calendar reference accepts', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'))
    const stamp = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), two(19), two(39), fc.constantFrom('T', 't', ' '), two(29), two(69), two(69), fc.constantFrom('', '.5', '.123456'), fc.constantFrom('Z', 'z', '+05:30', '-23:59', '+24:00', ''))
      .map(([y, mo, d, t, h, mi, s, f, z]) => `${String(y).padStart(4, '0')}-${mo}-${d}${t}${h}:${mi}:${s}${f}${z}`)
    fc.assert(
      fc.property(fc.oneof(stamp, fc.string(), fc.constant('2024-02-29T00:00:00Z'), fc.constant('2023-02-29T00:00:00Z'), fc.constant('1900-02-29T00:00:00Z')), (value) => {
        expect(isTimestamp(value)).toBe(reference(value))
      }),
      { numRuns: 20_000 },
    )
    for (const value of [undefined, 0, null, {}]) expect(isTimestamp(value)).toBe(false)
  })
})
