import { validateClaims, type ClaimsOf, type ClaimsSchema } from '../core/claims.js'
import type { Context } from '../core/context.js'
import { isStytchError, paramsError, type StytchError } from '../core/errors.js'
import { checkCall, mine, PROTO } from '../core/own.js'
import type { CallOptions } from '../core/types.js'
import { introspectIdpTokenNetwork } from '../endpoints/idp/introspectIdpTokenNetwork.js'
import type { AuthorizationCheck } from '../rbac/types.js'
import { ACCESS_RESERVED, authorizeScopes, localAccessToken, type IdpAccessToken } from './introspectIdpTokenLocal.js'
import { customClaims, isNumber, isObject, isString } from './verify.js'

/** Params of {@link introspectIdpToken}. */
export interface IntrospectIdpTokenParams {
  /** The access token (a JWT). */
  readonly token: string
  /** The Connected App client's id: without it, a token the local check cannot decide is refused. */
  readonly client_id?: string | undefined
  /** The client's secret, for a confidential client. */
  readonly client_secret?: string | undefined
  /** Verify locally only while the token is younger than this; older ones go to Stytch. */
  readonly max_token_age_seconds?: number | undefined
  /** Authorize the token's scopes for this check (locally, on either path). */
  readonly authorization_check?: AuthorizationCheck | undefined
}

/** Result of {@link introspectIdpToken}: the token, and which path verified it. */
export type IntrospectIdpTokenResult<Claims = Record<string, unknown>> = IdpAccessToken<Claims> & {
  readonly verified: 'local' | 'remote'
}

/** Options of {@link introspectIdpToken}. */
export interface IntrospectIdpTokenOptions<S> extends Omit<CallOptions, 'claims' | 'unknownFields'> {
  /** A schema that validates and types the custom claims, on either path. */
  readonly claims?: S
  /** Leeway for the local time checks (default 0). */
  readonly clockToleranceSeconds?: number | undefined
  /** The time to verify at locally (default: now). */
  readonly now?: Date | undefined
  readonly unknownFields?: never
}

// What Stytch can still decide: a token too old for local trust, a key not in the cached set,
// keys that cannot be had. An expired or invalid token is refused here, as Stytch would.
const UNDECIDED = ['jwt_too_old', 'jwks_no_matching_key', 'jwks_unavailable']
const PARAMS = ['token', 'client_id', 'client_secret', 'max_token_age_seconds', 'authorization_check']
const OPTIONS = ['claims', 'clockToleranceSeconds', 'now', 'signal', 'timeoutMs']
// Fields of the introspection response that are neither claims nor custom claims.
const WIRE: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...ACCESS_RESERVED, 'active', 'token_type', 'request_id', 'status_code']))()

/**
 * Verifies a Connected App access token locally and, when the local check cannot decide (the
 * key is unknown, the keys cannot be had, or the token is older than `max_token_age_seconds`) and
 * `client_id` is given, asks Stytch's introspection endpoint. Both paths return one shape;
 * `verified` says which answered. An invalid or expired token is refused locally, with no request.
 *
 * @throws {StytchJwtError} the local error, when it is final or no `client_id` is given.
 * @throws {StytchAuthorizationError} when `authorization_check` is denied.
 * @throws {StytchError} the remote call's errors (`StytchInactiveTokenError` for a revoked token).
 */
export async function introspectIdpToken<S extends ClaimsSchema | undefined = undefined>(
  ctx: Context,
  params: IntrospectIdpTokenParams,
  options: IntrospectIdpTokenOptions<S> = {},
): Promise<IntrospectIdpTokenResult<ClaimsOf<S>>> {
  checkCall(params, options, PARAMS, OPTIONS, paramsError)
  const token = mine(params.token, PROTO['token'])
  const client_id = mine(params.client_id, PROTO['client_id'])
  const client_secret = mine(params.client_secret, PROTO['client_secret'])
  const authorizationCheck = mine(params.authorization_check, PROTO['authorization_check'])
  const claims = mine(options.claims, PROTO['claims'])
  if (typeof token !== 'string' || token === '') throw paramsError('token', 'must be a non-empty string')
  try {
    const local = await localAccessToken(ctx, token, {
      maxTokenAgeSeconds: mine(params.max_token_age_seconds, PROTO['max_token_age_seconds']),
      clockToleranceSeconds: mine(options.clockToleranceSeconds, PROTO['clockToleranceSeconds']),
      now: mine(options.now, PROTO['now']),
      authorizationCheck,
      claims: claims as S,
    })
    return { ...local, verified: 'local' }
  } catch (error) {
    if (client_id === undefined || !isStytchError(error) || !UNDECIDED.includes((error as StytchError).code)) throw error
  }
  const data = await introspectIdpTokenNetwork(
    ctx,
    { token, client_id, ...(client_secret !== undefined && { client_secret }) },
    { signal: mine(options.signal, PROTO['signal']), timeoutMs: mine(options.timeoutMs, PROTO['timeoutMs']) },
  )
  const organization = isObject(data['https://stytch.com/organization']) ? data['https://stytch.com/organization'] : undefined
  let remote: IntrospectIdpTokenResult<ClaimsOf<S>> = {
    verified: 'remote',
    subject: isString(data.sub) ? data.sub : '',
    scope: isString(data.scope) ? data.scope : '',
    client_id: isString(data.client_id) ? data.client_id : client_id,
    organization_id: isString(organization?.organization_id) ? organization.organization_id : undefined,
    organization_slug: isString(organization?.slug) ? organization.slug : undefined,
    expires_at: isNumber(data.exp) ? data.exp : 0,
    issued_at: isNumber(data.iat) ? data.iat : 0,
    not_before: isNumber(data['nbf']) ? data['nbf'] : undefined,
    custom_claims: customClaims(data, WIRE) as ClaimsOf<S>,
  }
  if (claims) remote = { ...remote, custom_claims: (await validateClaims(claims, remote.custom_claims)) as ClaimsOf<S> }
  if (authorizationCheck) await authorizeScopes(ctx, remote, authorizationCheck)
  return remote
}
