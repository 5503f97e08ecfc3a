import { paramsError } from './errors.js'

/**
 * Fills the `{name}` placeholders of a path template with percent-encoded values and returns the
 * path with the params it did not use. A value that is empty, `.` or `..` would change the route,
 * so it is rejected; encoding keeps `/`, `?` and `#` inside the segment.
 */
export function fillPath(template: string, params: Readonly<Record<string, unknown>>): [string, Record<string, unknown>] {
  const rest = { ...params }
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = rest[name]
    delete rest[name]
    try {
      if (typeof value === 'string' && !/^\.{0,2}$/.test(value)) return encodeURIComponent(value)
    } catch {} // a lone UTF-16 surrogate cannot be encoded
    throw paramsError(name, 'must be a well-formed path segment other than "", "." and ".."')
  })
  return [path, rest]
}

/**
 * Encodes scalar params as a query string with sorted keys; `undefined` and empty strings are
 * left out and booleans are spelt `true` / `false`. Returns `''` when nothing remains.
 */
export function encodeQuery(params: Readonly<Record<string, unknown>>): string {
  const query = new URLSearchParams()
  for (const key of Object.keys(params).sort()) {
    const value = params[key]
    if (value !== undefined && value !== '') query.append(key, String(value))
  }
  const text = query.toString()
  return text && `?${text}`
}
