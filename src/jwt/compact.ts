import { StytchJwtError } from '../core/errors.js'

/** A token split and decoded, before any signature or claim check. */
export interface ParsedJwt {
  readonly header: Record<string, unknown>
  readonly payload: Record<string, unknown>
  /** The signed bytes: `header.payload` as ASCII. */
  readonly signingInput: Uint8Array
  readonly signature: Uint8Array
}

// Three non-empty base64url segments, nothing else: no padding, whitespace or other characters.
const COMPACT = /^[\w-]+\.[\w-]+\.[\w-]+$/
// A segment whose length is 2 or 3 mod 4 ends in a character with unused low bits, which must be
// zero; otherwise two spellings decode to the same bytes and a flipped character goes unnoticed.
const CANONICAL_LAST_2 = 'AQgw'
const CANONICAL_LAST_3 = 'AEIMQUYcgkosw048'
// ignoreBOM keeps a byte-order mark in the text, so JSON.parse refuses it instead of silently dropping it.
const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const ascii = /* @__PURE__ */ new TextEncoder()
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
let sextets: Uint8Array | undefined

const invalid = (message: string, cause?: unknown): StytchJwtError => new StytchJwtError('jwt_invalid', message, cause)

function checkCanonical(segment: string): void {
  const rest = segment.length % 4
  const last = segment[segment.length - 1] as string
  if (rest === 1 || (rest === 2 && !CANONICAL_LAST_2.includes(last)) || (rest === 3 && !CANONICAL_LAST_3.includes(last))) {
    throw invalid('Token segment is not canonical base64url')
  }
}

/** Decodes one canonical base64url segment to a binary string (one char per byte). */
function binary(segment: string): string {
  checkCanonical(segment)
  return atob(segment.replace(/-/g, '+').replace(/_/g, '/'))
}

/** Decodes one canonical base64url segment straight to bytes (the signature), without atob. */
function decodeBytes(segment: string): Uint8Array {
  checkCanonical(segment)
  if (!sextets) {
    sextets = new Uint8Array(128)
    for (let i = 0; i < 64; i++) sextets[ALPHABET.charCodeAt(i)] = i
  }
  const out = new Uint8Array((segment.length * 3) >> 2)
  let bits = 0
  let acc = 0
  let at = 0
  for (let i = 0; i < segment.length; i++) {
    acc = ((acc << 6) | (sextets[segment.charCodeAt(i)] as number)) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (acc >> bits) & 0xff
    }
  }
  return out
}

/** Bytes of a string whose characters are all below 256 (binary or ASCII text). */
function toBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
  return out
}

/** Decodes a segment holding a JSON object, in strict UTF-8 (ASCII, the usual case, skips the decoder). */
function object(segment: string, part: string): Record<string, unknown> {
  let value: unknown
  try {
    const text = binary(segment)
    // eslint-disable-next-line no-control-regex
    value = JSON.parse(/^[\x00-\x7f]*$/.test(text) ? text : utf8.decode(toBytes(text)))
  } catch (error) {
    throw error instanceof StytchJwtError ? error : invalid(`Token ${part} is not UTF-8 JSON`, error)
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
  return {
    header: object(h, 'header'),
    payload: object(p, 'payload'),
    signingInput: ascii.encode(token.slice(0, h.length + p.length + 1)),
    signature: decodeBytes(s),
  }
}
