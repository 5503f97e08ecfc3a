/**
 * Hono middleware: {@link requireSession} authenticates the request's Stytch session (Bearer
 * header or Stytch's cookies) and sets it as the `stytchSession` variable; {@link requirePermission}
 * authorizes it locally. Failures answer through `errorResponse` (401, 403, 429, 503, 500).
 *
 * @example
 * ```ts
 * import { Hono } from 'hono'
 * import { createContext } from 'stytch-b2b'
 * import { requirePermission, requireSession } from 'stytch-b2b/hono'
 *
 * type Bindings = { STYTCH_PROJECT_ID: string; STYTCH_SECRET: string }
 * const app = new Hono<{ Bindings: Bindings }>()
 *   .use(requireSession({ context: (c: { env: Bindings }) => createContext({ projectId: c.env.STYTCH_PROJECT_ID, secret: c.env.STYTCH_SECRET }) }))
 *   .get('/documents', requirePermission({ resource: 'documents', action: 'read' }), (c) => c.json({ member: c.get('stytchSession').member_session.member_id }))
 * ```
 * @module
 */
import type { Context as HonoContext, MiddlewareHandler } from 'hono'
import type { ClaimsOf, ClaimsSchema } from '../core/claims.js'
import type { Context } from '../core/context.js'
import { paramsError, StytchAuthorizationError } from '../core/errors.js'
import { checkKnown } from '../core/own.js'
import { authenticateRequest, type AuthenticatedRequest, type AuthenticateRequestOptions } from '../edge/authenticateRequest.js'
import { readCookie, sessionCookies, TOKEN_COOKIE } from '../edge/cookies.js'
import { errorResponse, type ErrorResponseOptions } from '../edge/errorResponse.js'
import { checkAuthorization } from '../rbac/checkAuthorization.js'
import { getOrganizationPolicy } from '../rbac/getOrganizationPolicy.js'
import { getProjectPolicy } from '../rbac/getProjectPolicy.js'

/** Context variables set by {@link requireSession}. */
export interface StytchVariables<Claims = Record<string, unknown>> {
  /** The authenticated session of this request. */
  stytchSession: AuthenticatedRequest<Claims>
  /** The Stytch context the session was verified with (read by {@link requirePermission}). */
  stytchContext: Context
}

/** The Hono env that {@link requireSession} adds to the routes after it. */
export interface StytchEnv<Claims = Record<string, unknown>> {
  Variables: StytchVariables<Claims>
}

/** Options of {@link requireSession}. */
export interface RequireSessionOptions<S, C = any> extends Omit<AuthenticateRequestOptions<S>, 'signal'> {
  /** The Stytch context, or a function of the Hono context that makes it (e.g. from `c.env` in a Worker). */
  readonly context: Context | ((c: C) => Context)
  /**
   * When Stytch verified a cookie-borne session and issued a fresh JWT, set the session cookies on
   * the response (default true). The token cookie is set only if the request carried one.
   */
  readonly refreshCookies?: boolean | undefined
  /** `Domain` of refreshed cookies; absent means host-only. */
  readonly cookieDomain?: string | undefined
  /** How errors become responses (`Retry-After` default). */
  readonly errors?: ErrorResponseOptions | undefined
}

/**
 * Authenticates the request's session with `authenticateRequest` and sets `c.get('stytchSession')`
 * (and `stytchContext`); answers 401/403/429/503/500 through `errorResponse` when it cannot.
 */
export function requireSession<S extends ClaimsSchema | undefined = undefined, C = any>(
  options: RequireSessionOptions<S, C>,
): MiddlewareHandler<StytchEnv<ClaimsOf<S>>> {
  // Refused when the app is built, not on the first request.
  checkKnown(options, ['context', 'refreshCookies', 'cookieDomain', 'errors', 'maxTokenAgeSeconds', 'authorizationCheck', 'claims', 'cookies', 'timeoutMs'], 'options', paramsError)
  const { context, refreshCookies = true, cookieDomain, errors, ...verify } = options
  if (typeof context !== 'function' && (typeof context !== 'object' || context === null)) throw paramsError('options.context', 'must be a Context or a function returning one')
  return async (c, next) => {
    let session: AuthenticatedRequest<ClaimsOf<S>>
    let ctx: Context
    try {
      ctx = typeof context === 'function' ? context(c as C) : context
      session = await authenticateRequest<S>(ctx, c.req.raw, { ...verify, signal: c.req.raw.signal })
      if (session.verified === 'remote' && refreshCookies && session.credential.source === 'cookie') {
        const tokenName = verify.cookies?.token ?? TOKEN_COOKIE
        const hadToken = session.credential.kind === 'token' || safeCookie(c.req.header('cookie') ?? null, tokenName)
        const values = { session_jwt: session.session_jwt, member_session: session.member_session, ...(hadToken && { session_token: session.session_token }) }
        for (const cookie of sessionCookies(values, { names: verify.cookies, domain: cookieDomain })) c.header('Set-Cookie', cookie, { append: true })
      }
    } catch (error) {
      return errorResponse(error, errors)
    }
    c.set('stytchContext', ctx)
    c.set('stytchSession', session)
    await next()
  }
}

const safeCookie = (header: string | null, name: string): boolean => {
  try {
    return readCookie(header, name) !== undefined
  } catch {
    return false
  }
}

/** Options of {@link requirePermission}. */
export interface RequirePermissionOptions {
  readonly resource: string
  readonly action: string
  /** The organization to authorize for: the session's (default), or the value of this route param. */
  readonly organization?: { readonly param: string } | undefined
  readonly errors?: ErrorResponseOptions | undefined
}

/**
 * Authorizes the session set by {@link requireSession} locally (the project's and the
 * organization's RBAC policies, cached): 403 through `errorResponse` when denied, 500 when no
 * session was set or the route lacks the organization param.
 */
export function requirePermission(options: RequirePermissionOptions): MiddlewareHandler {
  checkKnown(options, ['resource', 'action', 'organization', 'errors'], 'options', paramsError)
  const { resource, action, organization, errors } = options
  if (typeof resource !== 'string' || resource === '') throw paramsError('resource', 'must be a non-empty string')
  if (typeof action !== 'string' || action === '') throw paramsError('action', 'must be a non-empty string')
  // Env `any` for Hono: the route keeps the claims type requireSession gave it.
  return async (c: HonoContext<StytchEnv>, next) => {
    try {
      const session = c.get('stytchSession') as AuthenticatedRequest | undefined
      const ctx = c.get('stytchContext') as Context | undefined
      if (!session || !ctx) throw paramsError('stytchSession', 'is not set: use requireSession before requirePermission')
      const organization_id = organization ? c.req.param(organization.param) : session.member_session.organization_id
      if (!organization_id) throw paramsError('organization.param', 'names no param of this route')
      const member = session.member_session
      const [policy, orgPolicy] = await Promise.all([getProjectPolicy(ctx), getOrganizationPolicy(ctx, member.organization_id)])
      const result = checkAuthorization(policy, member, { organization_id, resource_id: resource, action }, orgPolicy)
      if (!result.allowed) throw new StytchAuthorizationError(result.code)
    } catch (error) {
      return errorResponse(error, errors)
    }
    await next()
  }
}
