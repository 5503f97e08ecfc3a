import { paramsError } from './errors.js'

// Templates split once: literal text at even indices, param names at odd ones (about 130 routes).
const templates = new Map<string, string[]>()

/**
 * Fills the `{name}` placeholders of a path template with percent-encoded values. A value that is
 * empty, `.` or `..` would change the route, so it is rejected; encoding keeps `/`, `?` and `#`
 * inside the segment.
 */
export function fillPath(template: string, params: Readonly<Record<string, unknown>>): string {
  let parts = templates.get(template)
  if (!parts) templates.set(template, (parts = template.split(/\{(\w+)\}/)))
  let path = parts[0] as string
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string
    const value = params[name]
    try {
      if (typeof value === 'string' && !/^\.{0,2}$/.test(value)) {
        path += encodeURIComponent(value) + parts[i + 1]
        continue
      }
    } catch {} // a lone UTF-16 surrogate cannot be encoded
    throw paramsError(name, 'must be a well-formed path segment other than "", "." and ".."')
  }
  return path
}

/**
 * Encodes scalar params (and then `extra`) as a query string with sorted keys, leaving out the
 * path params of `template`, `undefined` and empty strings; booleans are spelt `true` / `false`.
 * Returns `''` when nothing remains.
 */
export function encodeQuery(params: Readonly<Record<string, unknown>>, template = '', extra?: Readonly<Record<string, unknown>>): string {
  const all = extra ? { ...params, ...extra } : params
  const keys = Object.keys(all).filter((key) => all[key] !== undefined && all[key] !== '' && !template.includes(`{${key}}`))
  if (!keys.length) return ''
  const query = new URLSearchParams()
  for (const key of keys.sort()) query.append(key, String(all[key]))
  return `?${query}`
}
