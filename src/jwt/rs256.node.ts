/// <reference types="node" />
import type { JsonWebKey, KeyObject } from 'node:crypto'
import type { Rs256, Rs256Key } from './rs256.types.js'

// RS256 with node:crypto, for the `node` and `bun` conditions: about twice as fast as Web Crypto
// on Node. A verification alone runs synchronously: no promise, no thread hop. Verifications
// started together (a burst: one synchronous run, such as a Promise.all) may instead be shared
// with libuv's thread pool, which uses the other cores; whether that pays depends on the machine
// and its load, so bursts are timed both ways and the faster is used, the other retried now and then.

// node:crypto costs a Node process about 18 ms to load, so it is loaded with the first key, not at
// import: importing the package must not pay for it. Every verification comes after a key import.
let crypto: typeof import('node:crypto') | undefined
let buffer: typeof import('node:buffer').Buffer
let cores = 1

export const importKey: Rs256['importKey'] = async (n, e) => {
  if (!crypto) {
    const [loaded, os, { Buffer }] = await Promise.all([import('node:crypto'), import('node:os'), import('node:buffer')])
    ;(crypto = loaded), (cores = os.availableParallelism()), (buffer = Buffer)
  }
  // No prototype: nothing inherited (a polluted `d`) reaches the import.
  return crypto.createPublicKey({ key: { __proto__: null, kty: 'RSA', n, e } as JsonWebKey, format: 'jwk' }) as unknown as Rs256Key
}

/** The verifications of one synchronous run. */
interface Burst {
  /** Whether its verifications after the first go to the pool; decided by the second. */
  shared: boolean
  jobs: number
  /** When the second verification came (the first is never shared); 0 before. */
  start: number
  /** Verifications still in the thread pool. */
  pending: number
  /** Whether the synchronous run has ended. */
  closed: boolean
}

/** @internal How bursts are verified: timed (`auto`, the default), on this thread only, or shared with the pool. */
export const routing: { mode: 'auto' | 'alone' | 'shared' } = { mode: 'auto' }

// Time per verification (ms) of the last 3 bursts of each kind, from their second verification on.
// Each kind counts as its fastest of them: a burst the scheduler or the collector interrupts only
// ever reads slower, and one such burst must not decide.
const recent = { alone: [] as number[], shared: [] as number[] }
let bursts = 0
// Whether there is another core to share with (cleared when the pool fails).
let pool: boolean | undefined
let burst: Burst | undefined

function settle(b: Burst): void {
  if (b.jobs < 2) return
  const times = recent[b.shared ? 'shared' : 'alone']
  times.push((performance.now() - b.start) / (b.jobs - 1))
  if (times.length > 3) times.shift()
}

/** Decides how a burst that has a second verification goes on: the way that timed faster, every 8th time the other. */
function choose(b: Burst): void {
  b.start = performance.now()
  b.shared = !!(pool ??= cores > 1) && routing.mode === 'shared'
  if (pool && routing.mode === 'auto') {
    const { alone, shared } = recent
    // Every 8th burst, counted from the first (the two that measure each way count too), goes the
    // slower way, to see whether it still is: any 8 bursts in a row then go both ways.
    const explore = ++bursts % 8 === 0
    if (!alone.length || !shared.length) b.shared = !shared.length
    else b.shared = Math.min(...shared) < Math.min(...alone) !== explore
  }
}

function open(): Burst {
  const b: Burst = { shared: false, jobs: 0, start: 0, pending: 0, closed: false }
  queueMicrotask(() => {
    burst = undefined
    b.closed = true
    if (!b.pending) settle(b)
  })
  return b
}

/** The verdict, here and now. */
function here(data: Buffer, key: KeyObject, signature: Buffer): boolean {
  try {
    return (crypto as typeof import('node:crypto')).verify('sha256', data, key, signature)
  } catch {
    return false
  }
}

export const verify: Rs256['verify'] = (key, input, signature) => {
  const data = buffer.from(input, 'latin1')
  const bytes = buffer.from(signature, 'base64url')
  const k = key as unknown as KeyObject
  const b = (burst ??= open())
  // The first of a burst runs here at once: alone, it is the whole burst.
  if (b.jobs++ === 1) choose(b)
  // Shared, one verification in every cores + 2 still runs here: this thread would otherwise wait
  // for the pool with nothing to do (of one in 2, 3, 4, 8 or none, one in 4 measured best on 2 cores).
  if (b.jobs > 1 && b.shared && b.jobs % (cores + 2) !== 1) {
    b.pending++
    return new Promise<boolean>((resolve) => {
      const done = (result: boolean): void => {
        resolve(result)
        if (!--b.pending && b.closed) settle(b)
      }
      try {
        // A pool failure is not a verdict: the check then runs here.
        ;(crypto as typeof import('node:crypto')).verify('sha256', data, k, bytes, (error, ok) => done(error ? here(data, k, bytes) : ok))
      } catch {
        pool = false
        done(here(data, k, bytes))
      }
    })
  }
  return here(data, k, bytes)
}

export type { Rs256Key }
