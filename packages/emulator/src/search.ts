import type { ResultsMetadata } from 'stytch-b2b'
import { type Body, optInt, optStr } from './body.js'
import { fail } from './errors.js'

// The search routes share one query language: `{ operator: 'AND' | 'OR', operands: [{ filter_name,
// filter_value }] }`. Each route declares its filters; this module validates a query against them,
// evaluates it, and pages through the matches with an opaque cursor.

/** The parsed value of one operand: a list, a fuzzy needle or a flag, by the filter's kind. */
export type FilterValue = readonly string[] | string | boolean

/** One filter a search route accepts. */
export interface FilterDef<T> {
  readonly kind: 'list' | 'fuzzy' | 'flag'
  /** For `list` filters with a closed set of values (e.g. member statuses). */
  readonly allowed?: readonly string[]
  test(item: T, value: FilterValue): boolean
}

export type Filters<T> = Readonly<Record<string, FilterDef<T>>>

/** A validated operand. */
export interface Operand {
  readonly filter_name: string
  readonly value: FilterValue
}

/** A validated query: its operands and a predicate over the route's items. */
export interface CompiledQuery<T> {
  readonly operator: 'AND' | 'OR'
  readonly operands: readonly Operand[]
  matches(item: T): boolean
}

/** Fuzzy filters need at least this many characters, as with Stytch. */
export const FUZZY_MIN_LENGTH = 3
/** Page size when `limit` is not given. */
export const DEFAULT_LIMIT = 100
/** Largest page a search returns. */
export const MAX_LIMIT = 1000

const asList = (v: string | readonly string[]): readonly string[] => (typeof v === 'string' ? [v] : v)

/** A filter matching when any of the item's values equals any of the operand's values (case-insensitive when `caseless`). */
export function listFilter<T>(pick: (item: T) => string | readonly string[], options: { caseless?: boolean; allowed?: readonly string[] } = {}): FilterDef<T> {
  const norm = (s: string): string => (options.caseless ? s.toLowerCase() : s)
  return {
    kind: 'list',
    ...(options.allowed && { allowed: options.allowed }),
    test: (item, value) => {
      const wanted = new Set((value as readonly string[]).map(norm))
      return asList(pick(item)).some((v) => wanted.has(norm(v)))
    },
  }
}

/** A filter matching when any of the item's values contains the needle, ignoring case. */
export function fuzzyFilter<T>(pick: (item: T) => string | readonly string[]): FilterDef<T> {
  return {
    kind: 'fuzzy',
    test: (item, value) => {
      const needle = (value as string).toLowerCase()
      return asList(pick(item)).some((v) => v.toLowerCase().includes(needle))
    },
  }
}

/** A filter matching when the item's flag equals the operand's boolean. */
export function flagFilter<T>(pick: (item: T) => boolean): FilterDef<T> {
  return { kind: 'flag', test: (item, value) => pick(item) === value }
}

function invalid(field: string, problem: string): never {
  return fail(400, 'invalid_search_query', `${field}: ${problem}`)
}

function parseValue<T>(def: FilterDef<T>, raw: unknown, field: string): FilterValue {
  switch (def.kind) {
    case 'list': {
      if (!Array.isArray(raw) || raw.length === 0 || raw.some((v) => typeof v !== 'string')) invalid(field, 'must be a non-empty array of strings')
      const values = raw as string[]
      const allowed = def.allowed
      const bad = allowed && values.find((v) => !allowed.includes(v))
      if (allowed && bad !== undefined) invalid(field, `${JSON.stringify(bad)} is not one of ${allowed.join(', ')}`)
      return values
    }
    case 'fuzzy':
      if (typeof raw !== 'string' || raw.trim().length < FUZZY_MIN_LENGTH) invalid(field, `a fuzzy filter needs a string of at least ${FUZZY_MIN_LENGTH} characters`)
      return raw.trim()
    case 'flag':
      if (typeof raw !== 'boolean') invalid(field, 'must be a boolean')
      return raw
  }
}

/** Validates a `query` param against a route's filters (400 `invalid_search_query` otherwise) and compiles it to a predicate; no operands match everything. */
export function compileQuery<T>(raw: unknown, filters: Filters<T>): CompiledQuery<T> {
  if (raw === undefined || raw === null) return { operator: 'AND', operands: [], matches: () => true }
  if (typeof raw !== 'object' || Array.isArray(raw)) invalid('query', 'must be an object { operator, operands }')
  const query = raw as Record<string, unknown>
  const operator = query['operator']
  if (operator !== 'AND' && operator !== 'OR') invalid('query.operator', 'must be "AND" or "OR"')
  const rawOperands = query['operands'] ?? []
  if (!Array.isArray(rawOperands)) invalid('query.operands', 'must be an array of { filter_name, filter_value }')
  const operands: Operand[] = rawOperands.map((o: unknown, i) => {
    const at = `query.operands[${i}]`
    if (typeof o !== 'object' || o === null || Array.isArray(o)) invalid(at, 'must be an object { filter_name, filter_value }')
    const name = (o as Record<string, unknown>)['filter_name']
    if (typeof name !== 'string') invalid(`${at}.filter_name`, 'a string is required')
    const def = filters[name]
    if (!def) invalid(`${at}.filter_name`, `unknown filter ${JSON.stringify(name)}; supported: ${Object.keys(filters).join(', ')}`)
    return { filter_name: name, value: parseValue(def, (o as Record<string, unknown>)['filter_value'], `${at}.filter_value`) }
  })
  const tests = operands.map((o) => (item: T) => (filters[o.filter_name] as FilterDef<T>).test(item, o.value))
  const matches =
    tests.length === 0 ? () => true : operator === 'AND' ? (item: T) => tests.every((t) => t(item)) : (item: T) => tests.some((t) => t(item))
  return { operator, operands, matches }
}

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url')
}

function decodeCursor(cursor: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset?: unknown }
    if (typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0) return parsed.offset
  } catch {
    // fall through to the error below
  }
  return fail(400, 'invalid_cursor', 'cursor: not a cursor returned by this search (pass results_metadata.next_cursor unchanged)')
}

/** One page of `items` by the `limit` (1 to 1000, default 100) and `cursor` params, with `next_cursor` only when more follow. */
export function paginate<T>(items: readonly T[], body: Body): { page: T[]; results_metadata: ResultsMetadata } {
  const limit = optInt(body, 'limit') ?? DEFAULT_LIMIT
  if (limit < 1 || limit > MAX_LIMIT) fail(400, 'invalid_request', `limit: must be between 1 and ${MAX_LIMIT}`)
  const cursor = optStr(body, 'cursor')
  const offset = cursor === undefined ? 0 : decodeCursor(cursor)
  const page = items.slice(offset, offset + limit)
  const next = offset + limit
  return { page, results_metadata: { total: items.length, ...(next < items.length && { next_cursor: encodeCursor(next) }) } }
}
