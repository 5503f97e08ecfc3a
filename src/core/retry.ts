import { check, isInt, MAX_MS, withDefaults, type Context, type RetryMethod, type RetryPolicy } from './context.js'
import { StytchAbortError } from './errors.js'
import { retryAfter, type RetryStep } from './transport.js'

// Module-private: a policy copies and freezes its arrays.
const DEFAULT_RETRY: RetryPolicy = {
  limit: 2,
  methods: ['GET'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  backoffLimitMs: 5000,
  maxRetryAfterMs: 10_000,
}

const memo = new WeakMap<Context, RetryPolicy>()

/**
 * @internal The context's `retry` setting, checked and completed with its defaults, once per
 * context. `createContext` leaves it to the endpoints that may retry (GET, PUT, DELETE), so that
 * a bundle of POST calls carries no retry code.
 *
 * @throws {StytchConfigError} naming the field at fault.
 */
export function retryPolicy(ctx: Context): RetryPolicy {
  let policy = memo.get(ctx)
  if (policy) return policy
  const { retry } = ctx
  // A number is the limit, and `false` none (+false is 0).
  const given = typeof retry === 'number' || retry === false ? { limit: +retry } : retry
  check(given === undefined || typeof given === 'object', 'retry', 'must be a number, false or an object')
  const merged = withDefaults(DEFAULT_RETRY, given, 'retry')
  const { limit, methods, statusCodes } = merged
  check(isInt(limit, 0, 10), 'retry.limit', 'must be an integer from 0 to 10')
  check(Array.isArray(methods) && methods.every((m) => /^(GET|PUT|DELETE)$/.test(m)), 'retry.methods', 'may hold only GET, PUT and DELETE')
  check(Array.isArray(statusCodes) && statusCodes.every((s) => isInt(s, 400, 599)), 'retry.statusCodes', 'must be an array of HTTP error statuses')
  for (const key of ['backoffLimitMs', 'maxRetryAfterMs'] as const) check(isInt(merged[key], 0, MAX_MS), `retry.${key}`, 'must be a whole number of ms')
  // Copies, so that changing the caller's arrays later changes nothing; the policy itself stays in here.
  policy = { ...merged, methods: [...methods], statusCodes: [...statusCodes] }
  memo.set(ctx, policy)
  return policy
}

/**
 * @internal The retry step of the GET, PUT and DELETE endpoints: after a failed attempt, a wait
 * before the next one, or undefined to fail now. A network error or a listed status is retried
 * while the limit allows, after `Retry-After` when the answer names one, else after a backoff.
 */
export const retrying: RetryStep = (ctx, method) => {
  const policy = retryPolicy(ctx)
  if (!policy.methods.includes(method as RetryMethod)) return undefined
  return (attempt, response) => {
    if (attempt >= policy.limit || (response && !policy.statusCodes.includes(response.status))) return undefined
    // Full jitter over an exponential base (300 ms, 600 ms, …), so that clients do not retry in lockstep.
    const delay = (response && retryAfter(response.headers.get('Retry-After'), policy.maxRetryAfterMs)) ?? Math.random() * Math.min(policy.backoffLimitMs, 300 * 2 ** attempt)
    // Asked to wait longer than we may: fail now rather than hold a serverless invocation open.
    return response && delay > policy.maxRetryAfterMs ? undefined : (signal) => sleep(delay, signal)
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      clearTimeout(timer)
      reject(new StytchAbortError('Request aborted by the caller', signal?.reason))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop)
      resolve()
    }, ms)
    if (signal?.aborted) stop()
    else signal?.addEventListener('abort', stop, { once: true })
  })
}
