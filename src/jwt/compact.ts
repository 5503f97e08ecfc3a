import { StytchJwtError } from '../core/errors.js'

/** A token split and decoded, before any signature or claim check. */
export interface ParsedJwt {
  readonly header: Record<string, unknown>
  readonly payload: Record<string, unknown>
  /** The signed text: `header.payload` (ASCII). */
  readonly input: string
  /** The signature segment, canonical base64url. */
  readonly signature: string
}

// Three non-empty base64url segments, nothing else: no padding, whitespace or other characters.
const COMPACT = /^[\w-]+\.[\w-]+\.[\w-]+$/
// A segment whose length is 2 or 3 mod 4 ends in a character with unused low bits, which must be
// zero; otherwise two spellings decode to the same bytes and a flipped character goes unnoticed.
const CANONICAL_LAST_2 = 'AQgw'
const CANONICAL_LAST_3 = 'AEIMQUYcgkosw048'

// ignoreBOM keeps a byte-order mark in the text, so JSON.parse refuses it instead of silently dropping it.
const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

const invalid = (message: string, cause?: unknown): StytchJwtError => new StytchJwtError('jwt_invalid', message, cause)

function checkCanonical(segment: string): void {
  const rest = segment.length % 4
  const last = segment[segment.length - 1] as string
  if (rest === 1 || (rest === 2 && !CANONICAL_LAST_2.includes(last)) || (rest === 3 && !CANONICAL_LAST_3.includes(last))) {
    throw invalid('Token segment is not canonical base64url')
  }
}

/** @internal A checked base64url segment as a binary string (one character per byte). */
export const unpadded = (segment: string): string => atob(segment.replace(/-/g, '+').replace(/_/g, '/'))

/** @internal The bytes of a string whose characters are all below 256 (binary or ASCII text). */
export function bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
  return out
}

/** Decodes a segment holding a JSON object, in strict UTF-8 (ASCII, the usual case, skips the decoder). */
function object(segment: string, part: string): Record<string, unknown> {
  let value: unknown
  try {
    const text = unpadded(segment)
    // eslint-disable-next-line no-control-regex
    value = JSON.parse(/^[\x00-\x7f]*$/.test(text) ? text : utf8.decode(bytes(text)))
  } catch (error) {
    throw invalid(`Token ${part} is not UTF-8 JSON`, error)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`Token ${part} is not a JSON object`)
  return value as Record<string, unknown>
}

/**
 * Splits a compact JWS strictly. Throws `jwt_invalid` for anything but three canonical
 * base64url segments whose first two are UTF-8 JSON objects.
 */
export function parseCompact(token: unknown): ParsedJwt {
  if (typeof token !== 'string' || !COMPACT.test(token)) throw invalid('Token is not a compact JWS')
  const [h, p, s] = token.split('.') as [string, string, string]
  checkCanonical(h)
  checkCanonical(p)
  checkCanonical(s)
  return { header: object(h, 'header'), payload: object(p, 'payload'), input: token.slice(0, h.length + p.length + 1), signature: s }
}
