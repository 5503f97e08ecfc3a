import { paramsError } from './errors.js'
import { ownFields } from './own.js'

const FIELDS = ['session_token', 'session_jwt'] as const

/**
 * @internal The member-session step of the endpoints that take `options.authorization` (their
 * descriptor's `auth`): checks it, strictly, and returns the headers it adds. Strict, because a
 * misspelt key would otherwise send the call without the member check the caller meant.
 *
 * @throws {StytchParamsError} naming the field; never quoting a token.
 */
export function memberSession(authorization: unknown): Record<string, string> {
  const at = 'options.authorization'
  const member = ownFields(authorization, FIELDS, at, paramsError)
  const headers: Record<string, string> = {}
  for (const key of FIELDS) {
    const value = member[key]
    if (value === undefined) continue
    // Header values: no control characters (a newline would split the header).
    // eslint-disable-next-line no-control-regex
    if (typeof value !== 'string' || !/^[^\x00-\x1f\x7f]+$/.test(value)) throw paramsError(`${at}.${key}`, 'must be a non-empty one-line string')
    // X-Stytch-Member-Session, X-Stytch-Member-SessionJWT.
    headers[`X-Stytch-Member-Session${key === 'session_jwt' ? 'JWT' : ''}`] = value
  }
  if (!Object.keys(headers).length) throw paramsError(at, 'needs session_token or session_jwt')
  return headers
}
