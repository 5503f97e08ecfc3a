import { readBody } from './body.js'
import { credentialsOf, type Context } from './context.js'
import { StytchApiError } from './errors.js'

/**
 * GETs data the local checks need (the project's keys, RBAC policies) and returns the body text:
 * the project's credentials, one attempt bounded by `timeoutMs`, no redirect followed, at most
 * `ctx.maxResponseBytes` read. No retries or hooks: the caches around these reads serve what they
 * have and pace their own refreshes, and this keeps a worker bundle that verifies sessions small.
 *
 * @throws {StytchApiError} for any status but 200, a redirect included (`code` is Stytch's
 *   `error_type`, else `http_error`); fetch, timeout and body errors as raised.
 */
export async function getText(ctx: Context, path: string, timeoutMs: number): Promise<string> {
  const response = await (ctx.fetch ?? fetch)(ctx.baseUrl + path, {
    // No prototype: fetch reads many optional init members, and none may come from a polluted Object.prototype.
    __proto__: null,
    headers: { Authorization: credentialsOf(ctx).authorization, 'User-Agent': ctx.userAgent },
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  } as RequestInit)
  // A 3xx, an opaque redirect (status 0) or a redirect some runtime followed anyway: not Stytch's answer.
  const { status } = response
  if (status !== 200 || response.redirected) {
    let code = 'http_error'
    try {
      const type: unknown = JSON.parse(await readBody(response, ctx.maxResponseBytes)).error_type
      // Stytch's error types are snake_case words; anything else (an echo, a proxy page) is not kept.
      if (/^[a-z_]+$/.test(type as string)) code = type as string
    } catch {}
    throw new StytchApiError({ status, code, message: `HTTP ${status} from Stytch` })
  }
  return readBody(response, ctx.maxResponseBytes)
}
