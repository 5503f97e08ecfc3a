// readBody: the shared one-chunk decoder and the per-body streaming one must agree with decoding
// the whole body at once, wherever the chunks split it (mid-character included), even when the
// reads of several bodies interleave; the size bound holds either way.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readBody } from '../../src/core/body.js'
import { StytchResponseTooLargeError } from '../../src/core/errors.js'

/** A response whose body arrives in the given chunks, each on its own read. */
const chunked = (chunks: readonly Uint8Array[]): Response => {
  let i = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!)
      else controller.close()
    },
  })
  return new Response(stream)
}

/** `bytes` cut at the given offsets (sorted, deduplicated, inside the array). */
const cut = (bytes: Uint8Array, at: readonly number[]): Uint8Array[] => {
  const points = [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b)
  const out: Uint8Array[] = []
  let from = 0
  for (const point of [...points, bytes.length]) {
    if (point > from) out.push(bytes.slice(from, point))
    from = Math.max(from, point)
  }
  return out
}

// Any bytes: valid UTF-8 from any text, or arbitrary bytes (invalid sequences decode to U+FFFD).
const body = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 80 }),
)
const whole = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)

describe('readBody', () => {
  it('reads any body in any chunks as decoding it whole would', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.array(fc.nat(), { maxLength: 6 }), async (bytes, at) => {
        expect(await readBody(chunked(cut(bytes, at)), 1000)).toBe(whole(bytes))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps interleaved reads of several bodies apart', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(body, fc.array(fc.nat(), { maxLength: 4 })), { minLength: 2, maxLength: 5 }), async (bodies) => {
        const texts = await Promise.all(bodies.map(([bytes, at]) => readBody(chunked(cut(bytes, at)), 1000)))
        expect(texts).toEqual(bodies.map(([bytes]) => whole(bytes)))
      }),
      { numRuns: 200 },
    )
  })

  it('holds at most the limit, however the body is cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 80 }), fc.array(fc.nat(), { maxLength: 6 }), fc.nat(100), async (bytes, at, limit) => {
        const read = readBody(chunked(cut(bytes, at)), limit)
        if (bytes.length <= limit) expect(await read).toBe(whole(bytes))
        else await expect(read).rejects.toBeInstanceOf(StytchResponseTooLargeError)
      }),
      { numRuns: 300 },
    )
  })

  it('reads a body-less response as empty text', async () => {
    expect(await readBody(new Response(null), 10)).toBe('')
  })
})
