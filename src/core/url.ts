import { paramsError } from './errors.js'

/**
 * A route's path as generated: literal text at even indices, path param names at odd ones, no
 * empty text at the end (`['/v1/b2b/organizations/', 'organization_id', '/members']`).
 */
export type PathParts = readonly string[]

/**
 * @internal Whether `key` is one of the path params of `path`. Literal text always holds a `/`
 * and a param name never does (scripts/generate checks both), so the literal parts never match.
 */
export const isPathParam = (path: PathParts, key: string): boolean => path.includes(key)

/**
 * Fills the path params of `path` with percent-encoded values. A value that is empty, `.` or `..`
 * would change the route, so it is rejected; encoding keeps `/`, `?` and `#` inside the segment.
 */
export function fillPath(path: PathParts, params: Readonly<Record<string, unknown>>): string {
  let out = path[0] as string
  for (let i = 1; i < path.length; i += 2) {
    const name = path[i] as string
    const value = params[name]
    try {
      if (typeof value === 'string' && !/^\.{0,2}$/.test(value)) {
        out += encodeURIComponent(value) + (path[i + 1] ?? '')
        continue
      }
    } catch {} // a lone UTF-16 surrogate cannot be encoded
    throw paramsError(name, 'must be a well-formed path segment other than "", "." and ".."')
  }
  return out
}

/**
 * Encodes scalar params (and then `extra`) as a query string with sorted keys, leaving out the
 * path params of `path`, `undefined` and empty strings; booleans are spelt `true` / `false`.
 * Returns `''` when nothing remains.
 */
export function encodeQuery(params: Readonly<Record<string, unknown>>, path: PathParts = [], extra?: Readonly<Record<string, unknown>>): string {
  const all = extra ? { ...params, ...extra } : params
  // `path.includes` is isPathParam written out: bundles without the unknown-field check carry no wrapper.
  const keys = Object.keys(all).filter((key) => all[key] !== undefined && all[key] !== '' && !path.includes(key))
  if (!keys.length) return ''
  const query = new URLSearchParams()
  for (const key of keys.sort()) query.append(key, String(all[key]))
  return `?${query}`
}
