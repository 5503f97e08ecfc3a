import { StytchParamsError, type StytchIssue } from './errors.js'
import { typeName } from './issues.js'

/**
 * The run-time type of one param field, generated from the spec: a code — `s` string, `i`
 * integer, `n` number, `b` boolean, `u` any JSON value, `r` JSON object — in upper case when the
 * field is required; or `['a', item]` (an array; items are always required) or `['o', shape]`
 * (a nested object), with a trailing `1` when required.
 */
export type Spec = Code | readonly ['a', Spec, 1?] | readonly ['o', Shape, 1?]
type Code = 's' | 'i' | 'n' | 'b' | 'u' | 'r' | 'S' | 'I' | 'N' | 'B' | 'U' | 'R'

/** The fields of a params object and their specs; any other key is refused. */
export type Shape = Readonly<Record<string, Spec>>

// What a mismatch says was expected, by lower-case code (the words valibot's schemas use).
/** @internal */
export const EXPECTS: Record<string, string> = { s: 'string', i: 'number', n: 'number', b: 'boolean', r: 'Object', a: 'Array', o: 'Object' }

/**
 * Checks caller data (a plain copy, see `plainData`) against a shape, collecting every problem:
 * fields in the shape's order, then the first key the shape does not know, at each level. Messages
 * name the expected and the received *type*, never a value.
 *
 * @throws {StytchParamsError} naming every field at fault.
 */
export function checkParams(shape: Shape, value: unknown): void {
  const issues: StytchIssue[] = []
  if (typeName(value) === 'object') checkObject(shape, value as Record<string, unknown>, '', issues)
  else issues.push({ path: '(root)', message: `expected Object, received ${typeName(value)}` })
  if (issues.length) throw new StytchParamsError(issues)
}

function checkObject(shape: Shape, fields: Record<string, unknown>, path: string, issues: StytchIssue[]): void {
  // Object.keys, not for…in: a key added to Object.prototype must not become a field.
  for (const key of Object.keys(shape)) {
    checkValue(shape[key] as Spec, fields[key], path ? `${path}.${key}` : key, issues)
  }
  for (const key of Object.keys(fields)) {
    if (!Object.hasOwn(shape, key)) {
      issues.push({ path: path ? `${path}.${key}` : key, message: 'is not a known field' })
      break
    }
  }
}

function checkValue(spec: Spec, value: unknown, path: string, issues: StytchIssue[], item?: boolean): void {
  const code = typeof spec === 'string' ? spec.toLowerCase() : spec[0]
  if (value === undefined) {
    if (item || (typeof spec === 'string' ? spec !== code : spec[2])) issues.push({ path, message: 'is required' })
    return
  }
  if (code === 'u') return
  const kind = typeName(value)
  // The expected type in valibot's words; in lower case, the `typeName` a value must have. NaN fails as a number.
  const expected = EXPECTS[code] as string
  if (expected.toLowerCase() !== kind || value !== value) {
    issues.push({ path, message: `expected ${expected}, received ${kind}` })
  } else if (code === 'i' && !Number.isInteger(value)) {
    issues.push({ path, message: 'fails the integer check' })
  } else if (code === 'a') {
    const items = value as unknown[]
    for (let i = 0; i < items.length; i++) checkValue(spec[1] as Spec, items[i], `${path}.${i}`, issues, true)
  } else if (code === 'o') {
    checkObject(spec[1] as Shape, value as Record<string, unknown>, path, issues)
  }
}
