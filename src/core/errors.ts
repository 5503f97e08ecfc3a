/**
 * Error tree of the library. Every error thrown by this package is a {@link StytchError} with a
 * snake_case `code`; messages are built so that they never carry the project secret, request
 * headers, tokens or request bodies.
 */

// A registry symbol, so that copies of this package loaded twice recognise each other's errors.
const BRAND = /* @__PURE__ */ Symbol.for('stytch-b2b.error')

/** One problem found in caller input: a dotted field path and what is wrong with it. */
export interface StytchIssue {
  readonly path: string
  readonly message: string
}

/** Base class of every error this library throws. */
export class StytchError extends Error {
  override name = 'StytchError'
  /**
   * @internal Brand read by {@link isStytchError}; a symbol key stays out of JSON and enumeration.
   * Set in the constructor: a computed field key would run when the class is defined, and
   * bundlers would then keep the class even where nothing uses it.
   */
  declare readonly [BRAND]: true
  // Fields set in the constructor rather than declared as class fields, which bundles would carry
  // as declarations of their own.
  /** Machine-readable, snake_case reason, e.g. `invalid_params` or Stytch's `error_type`. */
  declare readonly code: string

  constructor(code: string, message: string, cause?: unknown) {
    super(message, { cause })
    ;(this as { code: string }).code = code
    this[BRAND] = true
  }
}

/**
 * Tells whether a value is an error thrown by this library, even by another copy of it.
 *
 * Hint: prefer this over `instanceof` when a bundle may hold two versions of the package.
 */
export function isStytchError(value: unknown): value is StytchError {
  return (value as Record<symbol, unknown> | null)?.[BRAND] === true
}

/** Thrown by `createContext` when a config field is missing or malformed (code `invalid_config`). */
export class StytchConfigError extends StytchError {
  override name = 'StytchConfigError'
  /** The config field at fault, e.g. `baseUrl`. */
  declare readonly field: string

  constructor(field: string, problem: string) {
    super('invalid_config', `${field}: ${problem}`)
    ;(this as { field: string }).field = field
  }
}

/** Thrown before any network call when params or call options fail validation (code `invalid_params`). */
export class StytchParamsError extends StytchError {
  override name = 'StytchParamsError'
  /** Every problem found, each naming its field path. */
  declare readonly issues: readonly StytchIssue[]

  constructor(issues: readonly StytchIssue[]) {
    super('invalid_params', listIssues(issues))
    ;(this as { issues: readonly StytchIssue[] }).issues = issues
  }
}

/** A params error with one issue: `path` and what is wrong with it. */
export const paramsError = (path: string, message: string): StytchParamsError => new StytchParamsError([{ path, message }])

const listIssues = (issues: readonly StytchIssue[]): string => issues.map((i) => `${i.path}: ${i.message}`).join('; ')

/**
 * Thrown when `member_session.custom_claims` does not match the schema given as `options.claims`
 * (code `invalid_claims`); `issues` name the claim paths. Unlike a params error, it comes after
 * the request: on the remote path a single-use token may already be spent.
 */
export class StytchClaimsError extends StytchError {
  override name = 'StytchClaimsError'
  /** Every claim that failed, each naming its path and the problem, never the value. */
  declare readonly issues: readonly StytchIssue[]

  constructor(issues: readonly StytchIssue[]) {
    super('invalid_claims', listIssues(issues))
    ;(this as { issues: readonly StytchIssue[] }).issues = issues
  }
}

/** Fields of a Stytch API error body, as far as the response carried them. */
export interface StytchApiErrorInit {
  readonly status: number
  readonly code: string
  readonly message: string
  readonly requestId?: string | undefined
  readonly errorUrl?: string | undefined
  readonly errorDetails?: Readonly<Record<string, unknown>> | undefined
  readonly retryAfterSeconds?: number | undefined
}

/** Thrown when the Stytch API answers with a status other than 200 or 201; `code` is Stytch's `error_type`. */
export class StytchApiError extends StytchError {
  override name = 'StytchApiError'
  /** HTTP status of the response. */
  declare readonly status: number
  /** Stytch's `request_id`, for support tickets; absent when the body was not a Stytch error. */
  declare readonly requestId: string | undefined
  /** Stytch's documentation link for this error type. */
  declare readonly errorUrl: string | undefined
  /** Fields of the error body beyond the standard five, if any. */
  declare readonly errorDetails: Readonly<Record<string, unknown>> | undefined
  /** How long the answer's `Retry-After` asked to wait, in whole seconds; absent when it set none. */
  declare readonly retryAfterSeconds: number | undefined

  constructor(init: StytchApiErrorInit) {
    super(init.code, init.message)
    const { status, requestId, errorUrl, errorDetails, retryAfterSeconds } = init
    Object.assign(this, { status, requestId, errorUrl, errorDetails, retryAfterSeconds })
  }
}

/**
 * Thrown when token introspection answers `active: false` (code `oauth2_invalid_token_error`): the
 * token is expired, revoked, malformed or not one this client may inspect. The answer is a 200, so
 * this is not a `StytchApiError`; the message never holds the token.
 */
export class StytchInactiveTokenError extends StytchError {
  override name = 'StytchInactiveTokenError'
  declare readonly code: 'oauth2_invalid_token_error'

  constructor() {
    super('oauth2_invalid_token_error', 'The token is not active')
  }
}

/** Thrown when a success response is not the JSON the endpoint promises (code `invalid_response`). */
export class StytchDecodeError extends StytchError {
  override name = 'StytchDecodeError'

  constructor(message: string, cause?: unknown) {
    super('invalid_response', message, cause)
  }
}

/** Thrown when the request could not reach Stytch or the connection broke (code `network_error`). */
export class StytchNetworkError extends StytchError {
  override name = 'StytchNetworkError'

  constructor(message: string, cause?: unknown) {
    super('network_error', message, cause)
  }
}

/** Thrown when an attempt outlives its timeout (code `timeout`). */
export class StytchTimeoutError extends StytchError {
  override name = 'StytchTimeoutError'

  constructor(message: string, cause?: unknown) {
    super('timeout', message, cause)
  }
}

/** Thrown when the caller's `signal` aborts the request (code `aborted`); `cause` is the abort reason. */
export class StytchAbortError extends StytchError {
  override name = 'StytchAbortError'

  constructor(message: string, cause?: unknown) {
    super('aborted', message, cause)
  }
}

/** Thrown by `authorize` when a local RBAC check denies; `code` says whether tenancy or permission failed. */
export class StytchAuthorizationError extends StytchError {
  override name = 'StytchAuthorizationError'
  /** Always 403, as Stytch answers a denied member-session check. */
  readonly status = 403

  constructor(code: 'session_authorization_tenancy_error' | 'session_authorization_error') {
    super(
      code,
      code === 'session_authorization_tenancy_error'
        ? 'The member session belongs to another organization'
        : 'The member session lacks the permission for this action',
    )
  }
}

/**
 * Thrown when a verified M2M token lacks a required scope (code `m2m_authorization_error`);
 * `missingScopes` lists the required scopes no token scope grants.
 */
export class StytchM2mAuthorizationError extends StytchError {
  override name = 'StytchM2mAuthorizationError'
  declare readonly code: 'm2m_authorization_error'
  /** Always 403: the token is valid but not allowed this. */
  readonly status = 403

  constructor(readonly missingScopes: readonly string[]) {
    super('m2m_authorization_error', 'The M2M token lacks a required scope')
  }
}

/** Thrown when the RBAC policy cannot be fetched and no fresh-enough copy is cached (code `policy_unavailable`). */
export class StytchPolicyError extends StytchError {
  override name = 'StytchPolicyError'

  constructor(message: string, cause?: unknown) {
    super('policy_unavailable', message, cause)
  }
}

/** Reasons a session JWT is refused locally. */
export type StytchJwtErrorCode =
  | 'jwt_invalid'
  | 'jwt_expired'
  | 'jwt_not_yet_valid'
  | 'jwt_too_old'
  | 'jwks_no_matching_key'
  | 'jwks_unavailable'

/**
 * Thrown when a session JWT fails local verification; `code` says why. `cause` is the jose error
 * where jose raised one (key lookup, JWKS fetch).
 */
export class StytchJwtError extends StytchError {
  override name = 'StytchJwtError'
  declare readonly code: StytchJwtErrorCode

  constructor(code: StytchJwtErrorCode, message: string, cause?: unknown) {
    super(code, message, cause)
  }
}

/**
 * Thrown when a response body is larger than the context's `maxResponseBytes` (code
 * `response_too_large`); reading stops there and the request is not retried.
 */
export class StytchResponseTooLargeError extends StytchError {
  override name = 'StytchResponseTooLargeError'
  /** The bound that was exceeded, in bytes. */
  declare readonly limitBytes: number

  constructor(limitBytes: number) {
    super('response_too_large', `Response body is larger than ${limitBytes} bytes`)
    ;(this as { limitBytes: number }).limitBytes = limitBytes
  }
}
