import { checkParams, EXPECTS } from './check.js'
import { credentialsOf, isInt, MAX_MS, type Context } from './context.js'
import { paramsError, StytchDecodeError } from './errors.js'
import { typeName } from './issues.js'
import { ownFields } from './own.js'
import { send } from './transport.js'
import type { Endpoint, FieldKind, JsonValue, PipelineOptions } from './types.js'
import type { ReadUnknownFields } from './unknownFields.js'
import { fillPath } from './url.js'

/**
 * The one request pipeline: validate params → build URL, query, headers and body → send →
 * map errors → decode. Endpoint functions are one call to this.
 *
 * @throws {StytchParamsError} before any network call when params or options are invalid.
 */
export async function call<Response>(
  ctx: Context,
  endpoint: Endpoint,
  params: unknown,
  options: PipelineOptions = {},
): Promise<Response> {
  const input = plainData(params ?? {}, '') as Record<string, unknown>
  checkParams(endpoint.params, input)
  // The call options: own fields only, and none the endpoint does not take (inline: a function
  // of its own would return them in an object, only to be taken apart here).
  const { authorization, claims, signal, timeoutMs, unknownFields: extra } = ownFields(options, OPTIONS, 'options', paramsError) as Omit<PipelineOptions, 'unknownFields'> & { unknownFields?: unknown }
  // A function made by the `unknownFields` helper, which carries its own checks (an import of its own).
  if (extra !== undefined && typeof extra !== 'function') throw paramsError('options.unknownFields', 'must be made by unknownFields()')
  const unknownFields = extra && (extra as unknown as ReadUnknownFields)(endpoint)
  // At most what setTimeout takes: a longer delay would fire at once.
  if (timeoutMs !== undefined && !isInt(timeoutMs, 1, MAX_MS)) throw paramsError('options.timeoutMs', 'must be a positive whole number of ms')
  if (signal !== undefined && typeof signal?.aborted !== 'boolean') throw paramsError('options.signal', 'must be an AbortSignal')
  // The endpoint's claims step checks the schema itself.
  if (claims !== undefined && !endpoint.claims) throw paramsError('options.claims', 'is not accepted by this endpoint')
  if (authorization !== undefined && !endpoint.auth) throw paramsError('options.authorization', 'is not accepted by this endpoint')
  const finish = endpoint.claims?.(claims)
  const headers: Record<string, string> = {
    Authorization: credentialsOf(ctx).authorization,
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'User-Agent': ctx.userAgent,
    // The member-session headers, from the endpoint's own step (options checked above refused them elsewhere).
    ...(authorization !== undefined && endpoint.auth?.(authorization)),
  }
  const data = decode(
    await send(ctx, {
      method: endpoint.method,
      // Extra fields join after the path is filled, so they can never move the URL.
      url: (endpoint.telemetry ? ctx.fraudBaseUrl : ctx.baseUrl) + fillPath(endpoint.path, input) + (endpoint.query?.(input, endpoint.path, unknownFields as Record<string, JsonValue> | undefined) ?? ''),
      headers,
      // POST and PUT send a JSON body: the whole params object, path params included, as the API
      // expects, then the checked unknown fields. The others (with a query step) send none.
      body: endpoint.query ? undefined : JSON.stringify(unknownFields ? { ...input, ...unknownFields } : input),
      signal,
      timeoutMs,
    }, endpoint.retry),
    endpoint.response,
  )
  await finish?.(data)
  return data as Response
}

const OPTIONS = ['signal', 'timeoutMs', 'authorization', 'claims', 'unknownFields']

const MAX_DEPTH = 64

/**
 * A deep copy of caller data holding only own enumerable properties, on null-prototype objects,
 * so that nothing inherited (a polluted `Object.prototype`) can become a param and every key,
 * `__proto__` and `constructor` included, is kept. Anything but JSON data is refused.
 */
export function plainData(value: unknown, path: string, depth = 0): unknown {
  const here = path || '(root)'
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw paramsError(here, `expected JSON data, received ${typeof value}`)
    return value
  }
  // The params object itself is level 1, as the emulator counts it.
  if (depth >= MAX_DEPTH) throw paramsError(here, `is nested deeper than ${MAX_DEPTH} levels`)
  // Paths are built only where needed (a nested value, an error): most params are flat scalars.
  const at = (key: string | number): string => (path ? `${path}.${key}` : String(key))
  if (Array.isArray(value)) {
    const out: unknown[] = []
    for (let i = 0; i < value.length; i++) out.push(Object.hasOwn(value, i) ? plainData(value[i], at(i), depth + 1) : undefined)
    return out
  }
  const proto: unknown = Object.getPrototypeOf(value)
  // Plain objects of any realm: their prototype is null or has none of its own.
  if (proto !== null && Object.getPrototypeOf(proto) !== null) throw paramsError(here, 'expected a plain object or array')
  const out: Record<string, unknown> = Object.create(null)
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key]
    out[key] = typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' || item == null ? item : plainData(item, at(key), depth + 1)
  }
  return out
}

/** Parses a success body and checks the fields the API always sends; unknown fields pass through. */
export function decode(text: string, shape: Readonly<Record<string, FieldKind>>): Record<string, unknown> {
  let data: Record<string, unknown>
  try {
    data = JSON.parse(text)
  } catch {
    // The parser's message quotes the body, which may hold tokens: keep none of it.
    throw new StytchDecodeError('Response body is not JSON')
  }
  if (typeName(data) !== 'object') throw new StytchDecodeError('Response body is not a JSON object')
  for (const key of Object.keys(shape)) {
    // The kinds a response field may have are codes of params too: `s`, `n`, `b`, `o`, `a`.
    const kind = (EXPECTS[shape[key] as FieldKind] as string).toLowerCase()
    const actual = typeName(data[key])
    // null stands for an absent object in Stytch's encoding.
    if (actual !== kind && !(kind === 'object' && actual === 'null')) {
      throw new StytchDecodeError(`Response field ${key}: expected ${kind}, received ${actual}`)
    }
  }
  return data
}
