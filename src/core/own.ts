/** `Object.prototype`, to compare values read by name against (see {@link mine}). */
// Read in a function call marked pure: bundlers keep a bare global property read, even unused.
export const PROTO: Record<string, unknown> = /* @__PURE__ */ (() => Object.prototype as never)()

/**
 * `found` unless it is `inherited`, the value of the same name on {@link PROTO}: then undefined.
 * For the per-request paths, as `mine(options.now, PROTO.now)`: named loads stay fast on V8, where
 * `Object.hasOwn` or a keyed load would cost several times the rest of the check.
 */
export const mine = <T>(found: T, inherited: unknown): T | undefined => (found === inherited ? undefined : found)

/**
 * `value[key]` as an own property: `undefined` when the value read is the one `Object.prototype`
 * holds, so that nothing inherited from a polluted prototype is used. (On V8 this comparison costs
 * a fraction of `Object.hasOwn`, which matters on the per-request paths.)
 */
export const own = (value: object, key: string): unknown => mine((value as Record<string, unknown>)[key], PROTO[key])

/**
 * Fails through `fail` unless `value` is an object (naming `path`) holding no own key outside
 * `known`, so that a typo such as `timeOutMs` does not pass silently; the message suggests the
 * known key it resembles.
 */
export function checkKnown(value: unknown, known: readonly string[], path: string, fail: (path: string, problem: string) => Error): asserts value is object {
  if (typeof value !== 'object' || value === null) throw fail(path, 'must be an object')
  for (const key in value) {
    if (!known.includes(key) && Object.hasOwn(value, key)) {
      const near = known.find((name) => name.toLowerCase() === key.toLowerCase())
      throw fail(path ? `${path}.${key}` : key, `is not a known field${near ? ` (did you mean ${near}?)` : ''}`)
    }
  }
}

/**
 * Checks the params and options objects of a hand-written call: objects, holding only own keys
 * of `params` / `options` (then read them with {@link mine}).
 */
export function checkCall(params: unknown, options: unknown, paramKeys: readonly string[], optionKeys: readonly string[], fail: (path: string, problem: string) => Error): void {
  if (typeof params !== 'object' || params === null) throw fail('(root)', 'must be an object')
  checkKnown(params, paramKeys, '', fail)
  checkKnown(options, optionKeys, 'options', fail)
}

/**
 * The fields of `value` named in `known`, read by {@link own}, with every known field set on the
 * result (`undefined` where absent), so that reading one never reaches a prototype; other own keys
 * are refused by {@link checkKnown}.
 */
export function ownFields(
  value: unknown,
  known: readonly string[],
  path: string,
  fail: (path: string, problem: string) => Error,
): Record<string, unknown> {
  checkKnown(value, known, path, fail)
  const out: Record<string, unknown> = {}
  for (const key of known) out[key] = own(value, key)
  return out
}
