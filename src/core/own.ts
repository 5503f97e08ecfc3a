/**
 * The own enumerable fields of `value` on a null-prototype copy: an inherited property (say, of a
 * polluted `Object.prototype`) is never read. A key outside `known` fails through `fail`, so that a
 * typo such as `timeOutMs` does not pass silently; the message suggests the known key it resembles.
 */
export function ownFields(
  value: object,
  known: readonly string[],
  path: string,
  fail: (path: string, problem: string) => Error,
): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null)
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const near = known.find((name) => name.toLowerCase() === key.toLowerCase())
      throw fail(path ? `${path}.${key}` : key, `is not a known field${near ? ` (did you mean ${near}?)` : ''}`)
    }
    out[key] = (value as Record<string, unknown>)[key]
  }
  return out
}
