import { StytchJwtError } from '../core/errors.js'
import { typeName } from '../core/issues.js'

/** A token split and decoded, before any signature or claim check. */
export interface ParsedJwt {
  readonly header: Record<string, unknown>
  readonly payload: Record<string, unknown>
  /** The signed text: `header.payload` (ASCII). */
  readonly input: string
  /** The signature's bytes as a binary string (one character per byte). */
  readonly signature: string
}

// A segment whose length is 2 or 3 mod 4 ends in a character with unused low bits, which must be
// zero; otherwise two spellings decode to the same bytes and a flipped character goes unnoticed.
const CANONICAL_LAST_2 = 'AQgw'
const CANONICAL_LAST_3 = 'AEIMQUYcgkosw048'

// ignoreBOM keeps a byte-order mark in the text, so JSON.parse refuses it instead of silently dropping it.
const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export const isString = (value: unknown): value is string => typeof value === 'string'
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
/** A JSON object: neither null nor an array. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeName(value) === 'object'

/** @internal The error of a malformed or unverifiable token, naming the part at fault (`alg`, `header`, …). */
export const invalid = (part: string): StytchJwtError => new StytchJwtError('jwt_invalid', `Token ${part} is invalid`)

/**
 * @internal A canonical base64url segment as a binary string (one character per byte). Throws
 * (not an error: the caller names the part) for anything else: empty, padded, a character outside the alphabet, nonzero unused bits.
 */
export function binary(segment: string): string {
  const rest = segment.length % 4
  const last = segment[segment.length - 1] as string
  const text = atob(segment.replace(/-/g, '+').replace(/_/g, '/'))
  // atob reads standard base64 ('+', '/', '=' padding) and skips whitespace: a base64url segment
  // has none of the first three, and a skipped character shows in the length.
  if (
    !segment ||
    rest === 1 ||
    (rest === 2 && !CANONICAL_LAST_2.includes(last)) ||
    (rest === 3 && !CANONICAL_LAST_3.includes(last)) ||
    segment.includes('+') ||
    segment.includes('/') ||
    segment.includes('=') ||
    text.length !== (segment.length * 3) >> 2
  ) {
    // Caught by parseCompact, which names the compact form.
    throw 0
  }
  return text
}

/** @internal The bytes of a string whose characters are all below 256 (binary or ASCII text). */
export function bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
  return out
}

/** A decoded segment holding a JSON object, in strict UTF-8 (ASCII, the usual case, skips the decoder). */
function object(text: string, part: string): Record<string, unknown> {
  let value: unknown
  try {
    // eslint-disable-next-line no-control-regex
    value = JSON.parse(/^[\x00-\x7f]*$/.test(text) ? text : utf8.decode(bytes(text)))
  } catch {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(part)
  return value as Record<string, unknown>
}

/**
 * Splits a compact JWS strictly. Throws `jwt_invalid` for anything but three canonical
 * base64url segments whose first two are UTF-8 JSON objects.
 */
export function parseCompact(token: unknown): ParsedJwt {
  const jwt = typeof token === 'string' ? token : ''
  const first = jwt.indexOf('.')
  const second = jwt.indexOf('.', first + 1)
  let parts: string[]
  try {
    if (first < 0 || second < 0 || jwt.includes('.', second + 1)) throw 0
    parts = [binary(jwt.slice(0, first)), binary(jwt.slice(first + 1, second)), binary(jwt.slice(second + 1))]
  } catch {
    // Not three canonical base64url segments.
    throw invalid('compact form')
  }
  return { header: object(parts[0]!, 'header'), payload: object(parts[1]!, 'payload'), input: jwt.slice(0, second), signature: parts[2]! }
}
