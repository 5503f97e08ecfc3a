import { StytchJwtError } from '../core/errors.js'
import { typeName } from '../core/issues.js'

/**
 * A token split and decoded, before any signature or claim check: header, payload, the signed
 * text (`header.payload`, ASCII) and the signature segment, checked as canonical base64url and
 * left encoded for `#rs256` to decode. A tuple: unlike an object's keys, it minifies away.
 */
export type ParsedJwt = readonly [header: Record<string, unknown>, payload: Record<string, unknown>, input: string, signature: string]

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
 * @internal Returns `segment` if it is canonical base64url: non-empty, unpadded, only the
 * alphabet's characters, zero unused bits. Throws (not an error: the caller names the part)
 * otherwise.
 */
export function canonical(segment: string): string {
  const rest = segment.length % 4
  const last = segment[segment.length - 1] as string
  if (rest === 1 || (rest === 2 && !CANONICAL_LAST_2.includes(last)) || (rest === 3 && !CANONICAL_LAST_3.includes(last)) || !/^[\w-]+$/.test(segment)) {
    // Caught by parseCompact, which names the compact form.
    throw 0
  }
  return segment
}

/** @internal A canonical base64url segment (see {@link canonical}) as a binary string (one character per byte). */
export const binary = (segment: string): string => atob(canonical(segment).replace(/-/g, '+').replace(/_/g, '/'))

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
  if (!isObject(value)) throw invalid(part)
  return value
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
    parts = [binary(jwt.slice(0, first)), binary(jwt.slice(first + 1, second)), canonical(jwt.slice(second + 1))]
  } catch {
    // Not three canonical base64url segments.
    throw invalid('compact form')
  }
  return [object(parts[0]!, 'header'), object(parts[1]!, 'payload'), jwt.slice(0, second), parts[2]!]
}
