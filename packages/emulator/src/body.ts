import { badRequest } from './errors.js'

/** A parsed JSON request body (or the query of a GET/DELETE, as strings). */
export type Body = Readonly<Record<string, unknown>>

/**
 * How deep a request body may nest arrays and objects, the body itself being level 1. Handlers
 * copy and serialize what they store (structuredClone, JSON.stringify), which recurse; with this
 * bound no stored value can be deep enough to overflow the stack.
 */
export const MAX_JSON_DEPTH = 64

/**
 * Whether JSON text nests arrays and objects more than `max` deep. One pass over the text and no
 * recursion, so it is safe on any input; brackets inside strings do not count. On text that is
 * not JSON the answer means little, but JSON.parse refuses such text anyway.
 */
export function nestsDeeper(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // a backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}

// An unpaired UTF-16 surrogate: such a string has no UTF-8 form, and two different ones would
// hash alike (both become U+FFFD), so string fields refuse them.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

function wellFormed(field: string, value: string): string {
  if (LONE_SURROGATE.test(value)) badRequest(field, 'must be valid Unicode (it holds an unpaired surrogate)')
  return value
}

/** A required non-empty string field. */
export function str(body: Body, field: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value === '') badRequest(field, 'a non-empty string is required')
  return wellFormed(field, value)
}

/** An optional string field; `undefined` when absent or empty. */
export function optStr(body: Body, field: string): string | undefined {
  const value = body[field]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') badRequest(field, 'must be a string')
  return wellFormed(field, value)
}

/** An optional integer field (query strings are accepted in decimal). */
export function optInt(body: Body, field: string): number | undefined {
  let value = body[field]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'string' && /^-?\d+$/.test(value)) value = Number(value)
  if (typeof value !== 'number' || !Number.isInteger(value)) badRequest(field, 'must be an integer')
  return value
}

/** An optional boolean field (query strings `true`/`false` accepted). */
export function optBool(body: Body, field: string): boolean | undefined {
  const value = body[field]
  if (value === undefined || value === null || value === '') return undefined
  if (value === 'true' || value === true) return true
  if (value === 'false' || value === false) return false
  return badRequest(field, 'must be a boolean')
}

/** An optional array of strings. */
export function optStrings(body: Body, field: string): string[] | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) badRequest(field, 'must be an array of strings')
  return value as string[]
}

/** An optional JSON object. */
export function optObject(body: Body, field: string): Record<string, unknown> | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) badRequest(field, 'must be an object')
  return value as Record<string, unknown>
}

/** An optional array of objects. */
export function optObjects(body: Body, field: string): Record<string, unknown>[] | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'object' || v === null || Array.isArray(v))) badRequest(field, 'must be an array of objects')
  return value as Record<string, unknown>[]
}

/** An E.164 phone number, e.g. `+12025550123`. */
export const E164 = /^\+[1-9]\d{6,14}$/
