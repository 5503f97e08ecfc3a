import { safeParse, type BaseIssue } from 'valibot'
import { credentialsOf, type Context } from './context.js'
import { StytchClaimsError, StytchDecodeError, StytchParamsError, type StytchIssue } from './errors.js'
import { send } from './transport.js'
import type { Endpoint, FieldKind, PipelineOptions } from './types.js'
import { encodeQuery, fillPath } from './url.js'

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
  const input = validate(endpoint.params, params ?? {}, StytchParamsError)
  const { authorization, claims, timeoutMs } = options
  const headers: Record<string, string> = {
    Authorization: credentialsOf(ctx).authorization,
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'User-Agent': ctx.userAgent,
  }
  if (authorization) {
    if (!endpoint.auth) throw optionError('authorization')
    // Empty values send no header, as in the reference SDK.
    if (authorization.session_token) headers['X-Stytch-Member-Session'] = authorization.session_token
    if (authorization.session_jwt) headers['X-Stytch-Member-SessionJWT'] = authorization.session_jwt
  }
  if (claims && !endpoint.claims) throw optionError('claims')
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    throw optionError('timeoutMs', 'must be a positive integer')
  }
  const hasBody = endpoint.method === 'POST' || endpoint.method === 'PUT'
  const [path, query] = fillPath(endpoint.path, input)
  const data = decode(
    await send(ctx, {
      method: endpoint.method,
      url: ctx.baseUrl + path + (hasBody ? '' : encodeQuery(query)),
      headers,
      // The whole params object is the body, path params included, as the API expects.
      body: hasBody ? JSON.stringify(input) : undefined,
      signal: options.signal,
      timeoutMs,
    }),
    endpoint.response,
  )
  // A response without a session (MFA pending) has no claims to check.
  const session = data['member_session'] as Record<string, unknown> | null | undefined
  if (endpoint.claims && session) {
    const custom = session['custom_claims'] ?? {}
    session['custom_claims'] = claims ? validate(claims, custom, StytchClaimsError) : custom
  }
  return data as Response
}

function optionError(name: string, message = 'is not accepted by this endpoint'): StytchParamsError {
  return new StytchParamsError([{ path: `options.${name}`, message }])
}

const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

/**
 * Runs a valibot schema and throws `ErrorClass` with one issue per problem. Messages name the
 * expected kind and the received *type*, never the value: params carry passwords and tokens.
 */
function validate(
  schema: PipelineOptions['claims'] & object,
  input: unknown,
  ErrorClass: new (issues: StytchIssue[]) => StytchParamsError,
): Record<string, unknown> {
  const result = safeParse(schema, input)
  if (result.success) return result.output as Record<string, unknown>
  throw new ErrorClass(
    result.issues.map((issue: BaseIssue<unknown>) => ({
      path: issue.path?.map((item) => item.key).join('.') || '(root)',
      message:
        issue.type === 'strict_object' && issue.expected === 'never' ? 'is not a known field'
        : issue.kind !== 'schema' ? `fails the ${issue.type} check`
        : issue.input === undefined ? 'is required'
        : `expected ${issue.expected}, received ${typeName(issue.input)}`,
    })),
  )
}

const KINDS: Record<FieldKind, string> = { s: 'string', n: 'number', b: 'boolean', o: 'object', a: 'array' }

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
  for (const key in shape) {
    const kind = KINDS[shape[key] as FieldKind]
    const actual = typeName(data[key])
    // null stands for an absent object in Stytch's encoding.
    if (actual !== kind && !(kind === 'object' && actual === 'null')) {
      throw new StytchDecodeError(`Response field ${key}: expected ${kind}, received ${actual}`)
    }
  }
  return data
}
