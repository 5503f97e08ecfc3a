import { checkClaimsSchema, validateClaims, type ClaimsOf, type ClaimsSchema } from '../core/claims.js'
import type { Context } from '../core/context.js'
import { paramsError, StytchAuthorizationError } from '../core/errors.js'
import { checkKnown, mine, PROTO } from '../core/own.js'
import { checkAuthorization } from '../rbac/checkAuthorization.js'
import { getProjectPolicy } from '../rbac/getProjectPolicy.js'
import type { AuthorizationCheck } from '../rbac/types.js'
import { customClaims, deepFreeze, invalid, isObject, isString, REGISTERED, verifyLocal, type SignedPayload, type TokenCaches, type VerifyOptions } from './verify.js'

/**
 * A Connected App access token, verified. Field names follow the official SDKs' introspection
 * result; `scope` and `client_id` keep the names of the introspection response
 * (`introspectIdpTokenNetwork`), so {@link introspectIdpToken} returns this shape on both paths.
 */
export interface IdpAccessToken<Claims = Record<string, unknown>> {
  /** Whom the token was issued for (`sub`): a member id. */
  readonly subject: string
  /** The granted scopes, space-separated, as in the token. */
  readonly scope: string
  /** The Connected App client the token was issued to. */
  readonly client_id: string
  /** From the `https://stytch.com/organization` claim, when the token has one. */
  readonly organization_id?: string | undefined
  readonly organization_slug?: string | undefined
  /** Expiry (`exp`), in seconds since the epoch. */
  readonly expires_at: number
  /** Issue time (`iat`), in seconds since the epoch. */
  readonly issued_at: number
  /** `nbf`, in seconds since the epoch, when present. */
  readonly not_before?: number | undefined
  /** Every claim but the registered ones, `https://stytch.com/…` keys, `jti`, `scope` and `client_id`. */
  readonly custom_claims: Claims
}

/** Options of {@link introspectIdpTokenLocal}. */
export interface IntrospectIdpTokenLocalOptions<S> extends VerifyOptions {
  /** Also authorize the token's scopes locally against the project's RBAC policy, after a tenancy check. */
  readonly authorizationCheck?: AuthorizationCheck | undefined
  /** A schema (valibot, or any Standard Schema) that validates and types the custom claims. */
  readonly claims?: S
}

const ORGANIZATION = 'https://stytch.com/organization'
/** @internal Claims of an access token that are not custom claims (besides `https://stytch.com/…`). */
export const ACCESS_RESERVED: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...REGISTERED, 'scope', 'client_id']))()
const caches: TokenCaches = new WeakMap()
const NO_OPTIONS: IntrospectIdpTokenLocalOptions<never> = /* @__PURE__ */ Object.freeze({})
const OPTIONS = ['maxTokenAgeSeconds', 'clockToleranceSeconds', 'now', 'authorizationCheck', 'claims', 'verifiedTokenCache']

/** Checks `scope`, `client_id` and the organization claim, and maps the payload. */
function toAccessToken(payload: SignedPayload): IdpAccessToken {
  const { scope, client_id, nbf } = payload
  const organization = payload[ORGANIZATION]
  if (!isString(scope)) throw invalid('claim scope')
  if (!isString(client_id) || client_id === '') throw invalid('claim client_id')
  if (
    organization !== undefined &&
    !(isObject(organization) && isString(organization['organization_id']) && (organization['slug'] === undefined || isString(organization['slug'])))
  ) {
    throw invalid(`claim ${ORGANIZATION}`)
  }
  return deepFreeze({
    subject: payload.sub,
    scope,
    client_id,
    organization_id: organization?.['organization_id'] as string | undefined,
    organization_slug: organization?.['slug'] as string | undefined,
    expires_at: payload.exp,
    issued_at: payload.iat,
    not_before: nbf as number | undefined,
    custom_claims: customClaims(payload, ACCESS_RESERVED),
  })
}

/**
 * @internal Authorizes the scopes of a token for `check`: the token's organization must be the
 * check's, then some scope of the project policy that the token holds must grant the action.
 */
export async function authorizeScopes(ctx: Context, token: IdpAccessToken<unknown>, check: AuthorizationCheck): Promise<void> {
  if (token.organization_id === undefined) throw new StytchAuthorizationError('session_authorization_tenancy_error')
  const subject = { organization_id: token.organization_id, scopes: token.scope.split(' ').filter(Boolean) }
  // A scope subject: `checkAuthorization` decides it against the policy's scopes, not its roles.
  const result = checkAuthorization(await getProjectPolicy(ctx), subject, check)
  if (!result.allowed) throw new StytchAuthorizationError(result.code)
}

/**
 * Verifies a Connected App access token locally, with the rules of session JWTs: the project's
 * B2B keys, RS256 only, `typ` JWT, issuer `stytch.com/<project>` or the base URL, the project
 * among the audiences, `exp` and `iat` required, `nbf` honoured. The token must carry a string
 * `scope` and a `client_id`. Revocation is not seen: {@link introspectIdpToken} or
 * `introspectIdpTokenNetwork` ask Stytch.
 *
 * @example
 * ```ts
 * const token = await introspectIdpTokenLocal(ctx, accessToken, { maxTokenAgeSeconds: 300 })
 * token.subject // the member id
 * ```
 * @throws {StytchJwtError} `jwt_invalid`, `jwt_expired`, `jwt_not_yet_valid`, `jwt_too_old`,
 *   `jwks_no_matching_key` or `jwks_unavailable`.
 * @throws {StytchAuthorizationError} when `authorizationCheck` is denied (a token with no
 *   organization gets the tenancy denial).
 * @throws {StytchClaimsError} when custom claims do not match `claims`.
 */
export async function introspectIdpTokenLocal<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  accessToken: string,
  options: IntrospectIdpTokenLocalOptions<S> = NO_OPTIONS,
): Promise<IdpAccessToken<ClaimsOf<S>>> {
  // Own, known fields only: a misspelt option must not turn a check off.
  checkKnown(options, OPTIONS, 'options', paramsError)
  return localAccessToken(ctx, accessToken, options)
}

/** @internal {@link introspectIdpTokenLocal} once its options are known to hold only known keys. */
export async function localAccessToken<S extends ClaimsSchema | undefined>(
  ctx: Context,
  accessToken: string,
  options: IntrospectIdpTokenLocalOptions<S>,
): Promise<IdpAccessToken<ClaimsOf<S>>> {
  const authorizationCheck = mine(options.authorizationCheck, PROTO['authorizationCheck'])
  const claims = mine(options.claims, PROTO['claims'])
  if (claims !== undefined) checkClaimsSchema(claims)
  let token = (await verifyLocal(ctx, accessToken, options, toAccessToken, caches)) as IdpAccessToken<ClaimsOf<S>>
  if (claims) token = { ...token, custom_claims: (await validateClaims(claims, token.custom_claims)) as ClaimsOf<S> }
  if (authorizationCheck) await authorizeScopes(ctx, token, authorizationCheck)
  return token
}
