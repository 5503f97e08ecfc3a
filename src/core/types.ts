import type { Shape } from './check.js'
import type { ClaimsSchema } from './claims.js'
import type { RetryStep } from './transport.js'
import type { UnknownFields } from './unknownFields.js'
import type { PathParts } from './url.js'

/** HTTP methods used by the Stytch B2B API. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/**
 * Coarse JSON kind of a response field that the API always sends:
 * `s` string, `n` number, `b` boolean, `o` object (or null), `a` array.
 */
export type FieldKind = 's' | 'n' | 'b' | 'o' | 'a'

/** Everything the pipeline needs to know about one route. Endpoint modules hold one each. */
export interface Endpoint {
  readonly method: HttpMethod
  /** The path: literal text at even indices, path param names at odd ones (see `PathParts`). */
  readonly path: PathParts
  /** The params' fields and their types; any other key is refused. */
  readonly params: Shape
  /** The member-session step (`memberSession`) of routes that take `options.authorization`: its checked headers. */
  readonly auth?: (authorization: unknown) => Record<string, string>
  /** Served from Stytch's telemetry origin (`ctx.fraudBaseUrl`) instead of the API's. */
  readonly telemetry?: true
  /** The claims step (`sessionClaims`) when the response carries a member session whose custom claims `options.claims` can validate. */
  readonly claims?: (schema: unknown) => (data: Record<string, unknown>) => Promise<void>
  /** The query step (`encodeQuery`) of GET and DELETE routes, which send their params in the query; the others send a JSON body. */
  readonly query?: (params: Readonly<Record<string, unknown>>, path: PathParts, extra?: Readonly<Record<string, unknown>>) => string
  /** The retry step (`retrying`) of GET, PUT and DELETE routes; POST routes make one attempt. */
  readonly retry?: RetryStep
  /** Top-level response fields the API always sends, with their kinds; checked on decode. */
  readonly response: Readonly<Record<string, FieldKind>>
}

/** A member session whose permissions Stytch checks before running the call. */
export interface MemberSessionAuthorization {
  /** Sent as `X-Stytch-Member-Session`. */
  readonly session_token?: string | undefined
  /** Sent as `X-Stytch-Member-SessionJWT`. */
  readonly session_jwt?: string | undefined
}

/** A JSON value: what `JSON.parse` can return. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** Per-call options of every endpoint function. */
export interface CallOptions {
  /** Aborts the call (including retry waits); the call then rejects with `StytchAbortError`. */
  readonly signal?: AbortSignal | undefined
  /** Timeout of one attempt in ms, overriding the context's. */
  readonly timeoutMs?: number | undefined
  /** Not accepted by this endpoint: Stytch runs no member-session check on it. */
  readonly authorization?: never
  /** Not accepted by this endpoint: its response has no member session. */
  readonly claims?: never
  /**
   * Fields Stytch takes that this release's params do not know yet, made by the `unknownFields`
   * helper (`{ unknownFields: unknownFields({ new_field: 1 }) }`): sent beside the checked params,
   * in the JSON body (POST, PUT) or the query (GET, DELETE). For a field this release cannot type;
   * prefer an upgrade.
   */
  readonly unknownFields?: UnknownFields | undefined
}

/** Per-call options of the authenticate endpoints, whose responses carry a member session. */
export interface ClaimsCallOptions<S> extends Omit<CallOptions, 'claims'> {
  /** Valibot schema for `member_session.custom_claims`; a mismatch throws `StytchClaimsError`. */
  readonly claims?: S
}

/** Per-call options of endpoints that accept member-session authorization. */
export interface AuthorizedCallOptions extends Omit<CallOptions, 'authorization'> {
  /** Makes Stytch check the member's RBAC permissions for this call in addition to the project secret. */
  readonly authorization?: MemberSessionAuthorization | undefined
}

/** Options the pipeline reads: the union of every endpoint's options. */
export interface PipelineOptions extends Omit<CallOptions, 'authorization' | 'claims'> {
  readonly authorization?: MemberSessionAuthorization | undefined
  readonly claims?: ClaimsSchema | undefined
}
