/**
 * Edge glue for any runtime with Web `Request`/`Response`: the session of a request, its
 * `Set-Cookie` refresh, and errors as responses.
 *
 * @example
 * ```ts
 * import { createContext } from 'stytch-b2b'
 * import { authenticateRequest, errorResponse, sessionCookies } from 'stytch-b2b/edge'
 *
 * export default {
 *   async fetch(request: Request, env: { STYTCH_PROJECT_ID: string; STYTCH_SECRET: string }) {
 *     const ctx = createContext({ projectId: env.STYTCH_PROJECT_ID, secret: env.STYTCH_SECRET })
 *     try {
 *       const auth = await authenticateRequest(ctx, request)
 *       const response = Response.json({ member_id: auth.member_session.member_id })
 *       if (auth.verified === 'remote') for (const c of sessionCookies(auth)) response.headers.append('set-cookie', c)
 *       return response
 *     } catch (error) {
 *       return errorResponse(error)
 *     }
 *   },
 * }
 * ```
 * @module
 */
export { authenticateRequest, readSessionCredential, type AuthenticatedRequest, type AuthenticateRequestOptions, type SessionCredential } from './authenticateRequest.js'
export { readCookie, sessionCookies, type SessionCookieNames, type SessionCookieOptions, type SessionCookieValues } from './cookies.js'
export { errorResponse, errorStatus, type ErrorResponseOptions } from './errorResponse.js'
export { StytchRequestError, type StytchRequestErrorCode } from './errors.js'
