import { readBody } from './body.js'
import { checkParams, type Shape } from './check.js'
import { isInt, MAX_MS, type Context } from './context.js'
import { paramsError } from './errors.js'
import { ownFields } from './own.js'
import { decode, plainData } from './pipeline.js'
import { send } from './transport.js'
import type { FieldKind } from './types.js'
import { fillPath, type PathParts } from './url.js'

// Form requests to the project's public OAuth2 routes (`/v1/public/{project_id}/oauth2/…`). They
// carry the OAuth2 client's credentials as form fields instead of the project's Basic auth, and
// answer errors in OAuth2's shape. Only the hand-written OAuth2 endpoints import this file, so the
// JSON endpoints' bundles do not grow.

/** The call options a form endpoint reads. */
export interface FormOptions {
  readonly signal?: AbortSignal | undefined
  readonly timeoutMs?: number | undefined
}

// With the u flag a well-formed pair is one code point; only a lone surrogate is in Cs.
const LONE_SURROGATE = /\p{Cs}/u

/**
 * Checks params against a shape, on an own-property copy (see `plainData`), before
 * anything is sent. Strings must be well-formed UTF-16: form encoding would replace a lone
 * surrogate with U+FFFD and send another value than the caller's.
 *
 * @throws {StytchParamsError} naming every field at fault.
 */
export function formParams<T>(shape: Shape, params: unknown): T {
  const input = plainData(params ?? {}, '') as Record<string, unknown>
  checkParams(shape, input)
  for (const key in input) {
    const value = input[key]
    const items = Array.isArray(value) ? value : [value]
    items.forEach((item, i) => {
      if (typeof item === 'string' && LONE_SURROGATE.test(item)) {
        throw paramsError(Array.isArray(value) ? `${key}.${i}` : key, 'must be well-formed UTF-16 (it holds a lone surrogate)')
      }
    })
  }
  return input as T
}

/**
 * Reads the call options, own properties only: `signal`, `timeoutMs` and the `extra` names;
 * any other key is refused.
 *
 * @throws {StytchParamsError} naming the option at fault.
 */
export function formOptions(options: unknown = {}, extra: readonly string[] = []): Record<string, unknown> & FormOptions {
  const read = ownFields(options, ['signal', 'timeoutMs', ...extra], 'options', paramsError) as Record<string, unknown> & FormOptions
  const { signal, timeoutMs } = read
  if (timeoutMs !== undefined && !isInt(timeoutMs, 1, MAX_MS)) throw paramsError('options.timeoutMs', 'must be a positive whole number of ms')
  if (signal !== undefined && typeof signal?.aborted !== 'boolean') throw paramsError('options.signal', 'must be an AbortSignal')
  return read
}

/**
 * POSTs `fields` form-encoded, in the order given (undefined values left out), to `path` with the
 * project id filled in, and returns the decoded JSON body. The request goes through `send()`, so
 * the context's timeout, redirect refusal, body bound and error mapping apply (POST: no retry). It
 * carries no Authorization header. An error answer in OAuth2's shape keeps its `error` as
 * `StytchApiError.code`, and no string of the error holds one of `secrets` (token, client secret)
 * of 8 characters or more.
 */
export async function postForm(
  ctx: Context,
  path: PathParts,
  fields: ReadonlyArray<readonly [string, string | undefined]>,
  secrets: ReadonlyArray<string | undefined>,
  shape: Readonly<Record<string, FieldKind>>,
  { signal, timeoutMs }: FormOptions,
): Promise<Record<string, unknown>> {
  const form = new URLSearchParams()
  for (const [name, value] of fields) if (value !== undefined) form.append(name, value)
  // fillPath encodes the id and refuses one that would change the route ("", ".", "..").
  const route = fillPath(path, { project_id: ctx.projectId })
  const text = await send(oauth2Errors(ctx, secrets), {
    method: 'POST',
    url: ctx.baseUrl + route,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', 'User-Agent': ctx.userAgent },
    body: form.toString(),
    signal,
    timeoutMs,
  })
  return decode(text, shape)
}

/**
 * The context, with a fetch that rewrites error answers (status 400 and up) before `send()` maps
 * them: OAuth2's `error`, `error_description` and `error_uri` become Stytch's `error_type`,
 * `error_message` and `error_url` (Stytch-shaped bodies keep theirs), and every occurrence of a
 * secret of at least 8 characters becomes `[redacted]`, as `send()` does for the project secret.
 * A body that is not a JSON object is dropped, so that it maps to `http_error` as before. Hooks see
 * the rewritten answer. The context's own accessors (credentials) are inherited unchanged.
 */
function oauth2Errors(ctx: Context, secrets: ReadonlyArray<string | undefined>): Context {
  const rewrite = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await (ctx.fetch ?? fetch)(input, init)
    const { status, statusText } = response
    if (status < 400) return response
    let body: unknown
    try {
      body = JSON.parse(await readBody(response, ctx.maxResponseBytes))
    } catch {} // unreadable, too large or not JSON: send() keeps nothing of such a body either
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return new Response(null, { status, statusText })
    const { error, error_description, error_uri, ...rest } = body as Record<string, unknown>
    const shaped = typeof (body as Record<string, unknown>)['error_type'] === 'string' || typeof error !== 'string'
      ? body
      : { ...rest, error_type: error, error_message: error_description, error_url: error_uri }
    let text = JSON.stringify(shaped)
    for (const secret of secrets) {
      // Matched as it appears inside a JSON string, so that escaped characters match too.
      if (secret && secret.length >= 8) text = text.split(JSON.stringify(secret).slice(1, -1)).join('[redacted]')
    }
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    headers.delete('content-encoding')
    return new Response(text, { status, statusText, headers })
  }
  return Object.create(ctx, { fetch: { value: rewrite } }) as Context
}
