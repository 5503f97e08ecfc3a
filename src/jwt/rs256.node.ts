/// <reference types="node" />
import { Buffer } from 'node:buffer'
import { createPublicKey, verify as rsaVerify, type JsonWebKey, type KeyObject } from 'node:crypto'
import { availableParallelism } from 'node:os'
import type { Rs256, Rs256Key } from './rs256.types.js'

// RS256 with node:crypto, for the `node` and `bun` conditions: about twice as fast as Web Crypto
// on Node. A verification alone runs synchronously: no promise, no thread hop. Verifications
// started together (a burst: one synchronous run, such as a Promise.all) may instead be shared
// with libuv's thread pool, which uses the other cores; whether that pays depends on the machine
// and its load, so bursts are timed both ways and the faster is used, the other retried now and then.

export const importKey: Rs256['importKey'] = async (n, e) =>
  // No prototype: nothing inherited (a polluted `d`) reaches the import.
  createPublicKey({ key: { __proto__: null, kty: 'RSA', n, e } as JsonWebKey, format: 'jwk' }) as unknown as Rs256Key

/** The verifications of one synchronous run. */
interface Burst {
  readonly shared: boolean
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

// Time per verification (ms) of recent bursts of each kind, from their second verification on; 0 until timed.
const perJob = { alone: 0, shared: 0 }
let bursts = 0
let pool = /* @__PURE__ */ (() => availableParallelism() > 1)()
let burst: Burst | undefined

function settle(b: Burst): void {
  if (b.jobs < 2) return
  const kind = b.shared ? 'shared' : 'alone'
  const took = (performance.now() - b.start) / (b.jobs - 1)
  perJob[kind] = perJob[kind] ? perJob[kind] + (took - perJob[kind]) / 4 : took
}

/** Whether a new burst shares with the pool: the faster kind, the other one every 16th burst. */
function share(): boolean {
  if (!pool || routing.mode === 'alone') return false
  if (routing.mode === 'shared') return true
  const { alone, shared } = perJob
  if (!alone || !shared) return !shared
  return shared < alone !== (++bursts % 16 === 0)
}

function open(): Burst {
  const b: Burst = { shared: share(), jobs: 0, start: 0, pending: 0, closed: false }
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
    return rsaVerify('sha256', data, key, signature)
  } catch {
    return false
  }
}

export const verify: Rs256['verify'] = (key, input, signature) => {
  // parseCompact has checked the segment, so Buffer's lenient decoder sees canonical base64url only.
  const data = Buffer.from(input, 'latin1')
  const bytes = Buffer.from(signature, 'base64url')
  const k = key as unknown as KeyObject
  const b = (burst ??= open())
  // The first of a burst runs here at once: alone, it is the whole burst.
  if (b.jobs++ === 1) b.start = performance.now()
  if (b.jobs > 1 && b.shared) {
    b.pending++
    return new Promise<boolean>((resolve) => {
      const done = (result: boolean): void => {
        resolve(result)
        if (!--b.pending && b.closed) settle(b)
      }
      try {
        // A pool failure is not a verdict: the check then runs here.
        rsaVerify('sha256', data, k, bytes, (error, ok) => done(error ? here(data, k, bytes) : ok))
      } catch {
        pool = false
        done(here(data, k, bytes))
      }
    })
  }
  return here(data, k, bytes)
}

export type { Rs256Key }
