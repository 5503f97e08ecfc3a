import { checkClaimsSchema, validateClaims, type ClaimsOf, type ClaimsSchema } from '../core/claims.js'
import type { Context } from '../core/context.js'
import { paramsError, StytchM2mAuthorizationError } from '../core/errors.js'
import { checkKnown, mine, PROTO } from '../core/own.js'
import { customClaims, deepFreeze, invalid, isString, REGISTERED, verifyLocal, type SignedPayload, type TokenCaches, type VerifyOptions } from './verify.js'

/** An M2M access token, verified: the official SDK's `authenticateToken` result, plus its times. */
export interface M2mToken<Claims = Record<string, unknown>> {
  /** The M2M client the token was issued to (`sub`). */
  readonly client_id: string
  /** The token's scopes (its `scope` claim, split on spaces). */
  readonly scopes: readonly string[]
  /** Expiry (`exp`), in seconds since the epoch. */
  readonly expires_at: number
  /** Issue time (`iat`), in seconds since the epoch. */
  readonly issued_at: number
  /** Every claim but the registered ones, `https://stytch.com/…` keys and `scope`. */
  readonly custom_claims: Claims
}

/** Options of {@link authenticateM2mToken}. */
export interface AuthenticateM2mTokenOptions<S> extends VerifyOptions {
  /**
   * Scopes the token must grant, each `action:resource` or a bare `action`. A token scope grants
   * a required one when it is equal, or when it is `action:*` and the actions are equal.
   */
  readonly requiredScopes?: readonly string[] | undefined
  /** A schema (valibot, or any Standard Schema) that validates and types the custom claims. */
  readonly claims?: S
}

// Built in a function call marked pure: bundlers keep a module-level spread even when unused (it may run an iterator).
const M2M_RESERVED: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...REGISTERED, 'scope']))()
const caches: TokenCaches = new WeakMap()
const NO_OPTIONS: AuthenticateM2mTokenOptions<never> = /* @__PURE__ */ Object.freeze({})
const OPTIONS = ['maxTokenAgeSeconds', 'clockToleranceSeconds', 'now', 'requiredScopes', 'claims', 'verifiedTokenCache']

function toM2mToken(payload: SignedPayload): M2mToken {
  const { scope } = payload
  if (!isString(scope)) throw invalid('claim scope')
  // A member's session JWT is signed by the same keys; it is not a machine's token.
  if (payload['https://stytch.com/session'] !== undefined) throw invalid('kind (a session JWT, not an M2M token)')
  return deepFreeze({
    client_id: payload.sub,
    scopes: scope.split(' ').filter(Boolean),
    expires_at: payload.exp,
    issued_at: payload.iat,
    custom_claims: customClaims(payload, M2M_RESERVED),
  })
}

/** Splits a scope at its first `:` into action and resource; a bare action has no resource. */
const split = (scope: string): [string, string | undefined] => {
  const at = scope.indexOf(':')
  return at < 0 ? [scope, undefined] : [scope.slice(0, at), scope.slice(at + 1)]
}

/**
 * Whether `granted` scopes grant `required`: equal, or `action:*` for any `action:resource`
 * (never for a bare `action`). Ids match exactly: case-sensitive, no trimming.
 */
export function grantsScope(granted: readonly string[], required: string): boolean {
  const [action, resource] = split(required)
  return granted.some((scope) => {
    const [has, on] = split(scope)
    return has === action && (on === resource || (on === '*' && resource !== undefined))
  })
}

/**
 * Verifies an M2M access token locally, with the rules of session JWTs: the project's keys (the
 * B2B JWKS, as the official B2B client uses for M2M), RS256 only, `typ` JWT, issuer
 * `stytch.com/<project>` or the base URL, the project among the audiences, `exp` and `iat`
 * required, `nbf` honoured, a string `scope`. Then every `requiredScopes` entry must be granted.
 *
 * @example
 * ```ts
 * const { client_id } = await authenticateM2mToken(ctx, accessToken, { requiredScopes: ['read:users'] })
 * ```
 * @throws {StytchJwtError} `jwt_invalid`, `jwt_expired`, `jwt_not_yet_valid`, `jwt_too_old`,
 *   `jwks_no_matching_key` or `jwks_unavailable`.
 * @throws {StytchM2mAuthorizationError} (code `m2m_authorization_error`) when a required scope is missing.
 * @throws {StytchClaimsError} when custom claims do not match `claims`.
 */
export async function authenticateM2mToken<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  accessToken: string,
  options: AuthenticateM2mTokenOptions<S> = NO_OPTIONS,
): Promise<M2mToken<ClaimsOf<S>>> {
  checkKnown(options, OPTIONS, 'options', paramsError)
  const required = mine(options.requiredScopes, PROTO['requiredScopes'])
  const claims = mine(options.claims, PROTO['claims'])
  if (required !== undefined && !(Array.isArray(required) && required.every(isString))) {
    throw paramsError('options.requiredScopes', 'must be an array of strings')
  }
  if (claims !== undefined) checkClaimsSchema(claims)
  let token = (await verifyLocal(ctx, accessToken, options, toM2mToken, caches)) as M2mToken<ClaimsOf<S>>
  const missing = required?.filter((scope) => !grantsScope(token.scopes, scope)) ?? []
  if (missing.length > 0) throw new StytchM2mAuthorizationError(missing)
  if (claims) token = { ...token, custom_claims: (await validateClaims(claims, token.custom_claims)) as ClaimsOf<S> }
  return token
}
