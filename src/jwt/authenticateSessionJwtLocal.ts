import { checkClaimsSchema, validateClaims, type ClaimsOf, type ClaimsSchema } from '../core/claims.js'
import type { Context } from '../core/context.js'
import { paramsError, StytchAuthorizationError } from '../core/errors.js'
import { checkKnown, mine, PROTO } from '../core/own.js'
import type { AuthenticationFactor } from '../endpoints/models.js'
import type { AuthorizationCheck } from '../rbac/types.js'
import { checkAuthorization } from '../rbac/checkAuthorization.js'
import { getOrganizationPolicy } from '../rbac/getOrganizationPolicy.js'
import { getProjectPolicy } from '../rbac/getProjectPolicy.js'
import { customClaims, deepFreeze, invalid, REGISTERED, isObject, isString, verifyLocal, type SignedPayload, type TokenCaches } from './verify.js'

/** A member session read from a verified session JWT. */
export interface JwtMemberSession<Claims = Record<string, unknown>> {
  readonly member_session_id: string
  readonly member_id: string
  readonly organization_id: string
  readonly started_at: string
  readonly last_accessed_at: string
  /** The session's expiry, or the token's `exp` when the session claim has none. */
  readonly expires_at: string
  readonly authentication_factors: readonly AuthenticationFactor[]
  readonly roles: readonly string[]
  /** The organization's slug, from the organization claim (empty when the token has none). */
  readonly organization_slug: string
  /** Every top-level claim except the registered ones and `https://stytch.com/…` keys. */
  readonly custom_claims: Claims
}

/** Options of {@link authenticateSessionJwtLocal}. */
export interface LocalJwtOptions<S> {
  /** Refuse tokens issued (`iat`) longer ago than this, with `jwt_too_old`. */
  readonly maxTokenAgeSeconds?: number | undefined
  /** Leeway for `exp`, `nbf`, `iat` and the age check (default 0). */
  readonly clockToleranceSeconds?: number | undefined
  /** The time to verify at (default: now). */
  readonly now?: Date | undefined
  /**
   * After verification, also authorize the session locally: its roles against the project's
   * roles and its organization's custom roles (both policies cached; with a fixed `policy` in
   * the context, no organization policy is fetched and none applies).
   */
  readonly authorizationCheck?: AuthorizationCheck | undefined
  /** A schema (valibot, or any Standard Schema) that validates and types the custom claims. */
  readonly claims?: S
  /** Set `false` to verify the signature even for a token verified before (default on). */
  readonly verifiedTokenCache?: boolean | undefined
}

const SESSION = 'https://stytch.com/session'
const ORGANIZATION = 'https://stytch.com/organization'
const caches: TokenCaches = new WeakMap()

// Any two-digit day: 00 is refused below, and the calendar refuses the impossible ones.
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-\d\d[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/

/** @internal Whether `value` is an RFC 3339 date-time on a real calendar day (Stytch's timestamp format). */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !RFC3339.test(value)) return false
  // Days past the 28th must survive a round trip through the calendar: 2023-02-29 would come back as March 1.
  const day = +value.slice(8, 10)
  return day > 0 && (day < 29 || new Date(Date.UTC(+value.slice(0, 4), +value.slice(5, 7) - 1, day)).getUTCDate() === day)
}

// Absent or empty: Stytch leaves a time it does not have empty.
const optionalTimestamp = (value: unknown): boolean => value === undefined || value === '' || isTimestamp(value)

/** A factor is an object whose time fields, where present, are RFC 3339. */
const isFactor = (value: unknown): boolean =>
  isObject(value) && optionalTimestamp(value['created_at']) && optionalTimestamp(value['updated_at']) && optionalTimestamp(value['last_authenticated_at'])

/** Checks both Stytch claims and maps the payload to a session. */
function toSession(payload: SignedPayload): JwtMemberSession {
  const session = payload[SESSION]
  const organization = payload[ORGANIZATION]
  if (
    !isObject(session) ||
    !isString(session['id']) ||
    !isTimestamp(session['started_at']) ||
    !isTimestamp(session['last_accessed_at']) ||
    !optionalTimestamp(session['expires_at']) ||
    !(session['attributes'] === undefined || isObject(session['attributes'])) ||
    !Array.isArray(session['authentication_factors']) ||
    !session['authentication_factors'].every(isFactor) ||
    !Array.isArray(session['roles']) ||
    !session['roles'].every(isString)
  ) {
    throw invalid(`claim ${SESSION}`)
  }
  if (!isObject(organization) || !isString(organization['organization_id']) || !(organization['slug'] === undefined || isString(organization['slug']))) {
    throw invalid(`claim ${ORGANIZATION}`)
  }
  const memberSession: JwtMemberSession = {
    member_session_id: session['id'],
    member_id: payload.sub,
    organization_id: organization['organization_id'],
    organization_slug: (organization['slug'] as string | undefined) ?? '',
    started_at: session['started_at'],
    last_accessed_at: session['last_accessed_at'],
    expires_at: (session['expires_at'] as string | undefined) || new Date(payload.exp * 1000).toISOString(),
    authentication_factors: session['authentication_factors'] as unknown as AuthenticationFactor[],
    roles: session['roles'] as string[],
    custom_claims: customClaims(payload, REGISTERED),
  }
  return deepFreeze(memberSession)
}

const NO_OPTIONS: LocalJwtOptions<never> = /* @__PURE__ */ Object.freeze({})
const OPTIONS = ['maxTokenAgeSeconds', 'clockToleranceSeconds', 'now', 'authorizationCheck', 'claims', 'verifiedTokenCache']

/**
 * Verifies a session JWT locally against the project's keys and returns its member session.
 * Strict: RS256 only, `typ` JWT, a key whose `kid` matches, canonical compact form, `exp` and `iat`
 * required, `nbf` honoured, both Stytch claims shape-checked, issuer and audience this project.
 * A token verified before (same context, same keys) skips the signature check but not the time checks.
 *
 * Hint: no network on the hot path. Keys are fetched on first use and refetched for an unknown
 * `kid` at most once per cooldown; `authorizationCheck` also needs the RBAC policy (cached).
 *
 * @example
 * ```ts
 * const session = await authenticateSessionJwtLocal(ctx, jwt, { maxTokenAgeSeconds: 300 })
 * ```
 * @throws {StytchJwtError} `jwt_invalid`, `jwt_expired`, `jwt_not_yet_valid`, `jwt_too_old`,
 *   `jwks_no_matching_key` or `jwks_unavailable`.
 * @throws {StytchAuthorizationError} when `authorizationCheck` is denied.
 * @throws {StytchClaimsError} when custom claims do not match `claims`.
 */
export function authenticateSessionJwtLocal<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  sessionJwt: string,
  options: LocalJwtOptions<S> = NO_OPTIONS,
): Promise<JwtMemberSession<ClaimsOf<S>>> {
  // Not async itself: a token verified synchronously costs one promise; errors still reject.
  try {
    if (options !== NO_OPTIONS) {
      // Own fields only, unknown ones refused: a misspelt `maxTokenAgeSeconds` must not turn the age check off.
      checkKnown(options, OPTIONS, 'options', paramsError)
    }
    return Promise.resolve(localSession(ctx, sessionJwt, options))
  } catch (error) {
    return Promise.reject(error)
  }
}

/**
 * @internal {@link authenticateSessionJwtLocal} once its options are known to hold only known
 * keys: the session itself when it is verified synchronously, else a promise; may throw.
 */
export function localSession<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  sessionJwt: string,
  options: LocalJwtOptions<S>,
): JwtMemberSession<ClaimsOf<S>> | Promise<JwtMemberSession<ClaimsOf<S>>> {
  const authorizationCheck = mine(options.authorizationCheck, PROTO['authorizationCheck'])
  const claims = mine(options.claims, PROTO['claims'])
  if (claims !== undefined) checkClaimsSchema(claims)
  const session = verifyLocal(ctx, sessionJwt, options, toSession, caches) as JwtMemberSession<ClaimsOf<S>> | Promise<JwtMemberSession<ClaimsOf<S>>>
  return claims || authorizationCheck ? checked(ctx, session, claims, authorizationCheck) : session
}

/** The verified session with its custom claims validated by `claims` and `authorizationCheck` passed. */
async function checked<Session>(
  ctx: Context,
  verified: Session | Promise<Session>,
  claims: ClaimsSchema | undefined,
  authorizationCheck: AuthorizationCheck | undefined,
): Promise<Session> {
  let session = (await verified) as JwtMemberSession<unknown>
  if (claims) session = { ...session, custom_claims: await validateClaims(claims, session.custom_claims) }
  if (authorizationCheck) {
    // Both fetched at once: project roles plus the session organization's custom roles.
    const [policy, orgPolicy] = await Promise.all([getProjectPolicy(ctx), getOrganizationPolicy(ctx, session.organization_id)])
    const result = checkAuthorization(policy, session, authorizationCheck, orgPolicy)
    if (!result.allowed) throw new StytchAuthorizationError(result.code)
  }
  return session as Session
}
