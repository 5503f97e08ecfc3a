import { deadlineSignal } from '#deadline'
import { credentialsOf, type Context, type Hooks } from './context.js'
import { readBody } from './body.js'
import { StytchAbortError, StytchApiError, StytchError, StytchNetworkError, StytchTimeoutError } from './errors.js'
import type { HttpMethod } from './types.js'

/** One outgoing request, fully built by the pipeline. */
export interface OutgoingRequest {
  readonly method: HttpMethod
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
  readonly signal: AbortSignal | undefined
  readonly timeoutMs: number | undefined
}

/**
 * Sends a request with the context's timeout, and the retries of `retry` (the endpoint's step,
 * none for POST), and returns the body text of a 200/201 response. The timeout covers each attempt including reading its body, which holds at
 * most `ctx.maxResponseBytes`. No redirect is followed: the API never sends one, so a 3xx is an
 * error, and nothing (credentials, member-session headers, body) goes to another origin. Every
 * failure becomes a `StytchError` that holds neither the request nor its headers.
 */
export async function send(ctx: Context, request: OutgoingRequest, retry?: RetryStep): Promise<string> {
  // Hooks were read as own fields by createContext, each key set (undefined if absent), so none
  // comes from a polluted Object.prototype; without hooks there is no Request to hand out.
  const hooks = ctx.hooks as Hooks
  const { signal, timeoutMs = ctx.timeoutMs } = request
  const next = retry?.(ctx, request.method)
  const doFetch = ctx.fetch ?? fetch
  for (let attempt = 0; ; attempt++) {
    const [deadline, release] = deadlineSignal(timeoutMs)
    // Abort and timeout take precedence over whatever error they caused.
    const interrupted = (): StytchError | undefined => {
      if (signal?.aborted) {
        const reason: unknown = signal.reason
        // AbortSignal.timeout() aborts with a TimeoutError: that is a deadline, not a cancellation.
        return (reason as Error | undefined)?.name === 'TimeoutError'
          ? new StytchTimeoutError('Request timed out (caller signal)', reason)
          : new StytchAbortError('Request aborted by the caller', reason)
      }
      // A timed-out attempt is not retried: the server may still be working on it.
      if (deadline.aborted) return new StytchTimeoutError(`Request timed out after ${timeoutMs} ms`)
    }
    let wait: Wait | undefined
    try {
      // No prototype: fetch reads many optional init members, and none may come from a polluted Object.prototype.
      const init = {
        __proto__: null,
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        redirect: 'manual',
        signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
      } as RequestInit
      // A Request object only when a hook will see it: building one costs more than the rest of the call.
      const req = hooks ? new Request(request.url, init) : undefined
      if (req) await hook(() => hooks.beforeRequest?.(req))
      let response: Response | undefined
      try {
        response = await (req ? doFetch(req) : doFetch(request.url, init))
      } catch (error) {
        const stop = interrupted()
        if (stop) throw stop
        if (!(wait = next?.(attempt))) throw new StytchNetworkError('Network request to the Stytch API failed', error)
      }
      if (response) {
        if (req) await hook(() => hooks.afterResponse?.(req, response.clone()))
        const { status } = response
        // `redirected` catches a custom fetch that followed one anyway: its answer is not Stytch's.
        if ((status > 299 && status < 400) || response.type === 'opaqueredirect' || response.redirected) {
          discard(response)
          throw new StytchApiError({ status, code: 'unexpected_redirect', message: `HTTP ${status}: redirects are not followed` })
        }
        if (status === 200 || status === 201) {
          try {
            return await readBody(response, ctx.maxResponseBytes)
          } catch (error) {
            // The server answered: reading again would repeat the download, so this is not retried.
            throw interrupted() ?? (error instanceof StytchError ? error : new StytchNetworkError('The response could not be read', error))
          }
        }
        if (!(wait = next?.(attempt, response))) throw await apiError(ctx, response)
        // Not awaited: when a hook holds a clone, cancelling one branch settles only once both are done.
        discard(response)
      }
      if (req) await hook(() => hooks.beforeRetry?.(req, attempt + 1))
    } finally {
      release?.()
    }
    await (wait as Wait)(signal)
  }
}

/** Waits before the next attempt; rejects when the caller's signal aborts meanwhile. */
export type Wait = (signal: AbortSignal | undefined) => Promise<void>

/**
 * @internal How an endpoint retries (see core/retry.ts): given the context and method, a function
 * that after a failed attempt (`response` absent for a network error) returns the wait before the
 * next one, or undefined to fail now; or undefined when the method is never retried. Endpoints
 * without one (POST) make one attempt, and their bundles carry no retry code.
 */
export type RetryStep = (ctx: Context, method: HttpMethod) => ((attempt: number, response?: Response) => Wait | undefined) | undefined

/** Cancels a body nobody reads, without waiting and ignoring failures. */
const discard = (response: Response): void => void response.body?.cancel().catch(() => {})

/** Awaits a hook; what it throws fails the call as `hook_error` (never retried, never a network error). */
async function hook(run: () => void | Promise<void> | undefined): Promise<void> {
  try {
    await run()
  } catch (error) {
    throw new StytchError('hook_error', 'A request hook threw', error)
  }
}

/** @internal `Retry-After` in ms, from delta seconds or an HTTP date, at most `max + 1`; undefined when absent or unreadable. */
export function retryAfter(header: string | null, max: number): number | undefined {
  if (!header) return undefined
  const ms = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now()
  return Number.isNaN(ms) ? undefined : Math.max(0, Math.min(ms, max + 1))
}

async function apiError(ctx: Context, response: Response): Promise<StytchApiError> {
  const status = response.status
  // Kept for the caller (an edge handler passes it on to its own client); a day at most.
  const wait = retryAfter(response.headers.get('Retry-After'), 864e5)
  const retryAfterSeconds = wait === undefined ? undefined : Math.ceil(wait / 1000)
  let body: Record<string, unknown> | undefined
  try {
    // A misbehaving server or proxy could echo the credentials; they must not reach logs through
    // us. Redacted in the body's canonical JSON text, keys and nested values alike; values under 8
    // characters are not real credentials and would only mangle the text. Should a cut break the
    // JSON, nothing of the body is kept.
    const { secret, authorization } = credentialsOf(ctx)
    let text = JSON.stringify(JSON.parse(await readBody(response, ctx.maxResponseBytes)))
    for (const value of [secret, authorization.slice(6)]) if (value.length > 7) text = text.replaceAll(value, '[redacted]')
    body = JSON.parse(text)
  } catch {}
  if (typeof body?.['error_type'] !== 'string') {
    // A proxy's HTML page or an empty body: keep nothing of it.
    return new StytchApiError({ status, code: 'http_error', message: `Stytch API answered HTTP ${status} without a Stytch error body`, retryAfterSeconds })
  }
  const { status_code, request_id, error_type, error_message, error_url, ...details } = body
  const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
  return new StytchApiError({
    status,
    code: error_type as string,
    message: str(error_message) ?? `Stytch API answered HTTP ${status}`,
    requestId: str(request_id),
    errorUrl: str(error_url),
    errorDetails: Object.keys(details).length ? details : undefined,
    retryAfterSeconds,
  })
}
