import { entry, type CacheEntry } from '../core/cache.js'
import type { Context } from '../core/context.js'
import { StytchDecodeError, StytchPolicyError } from '../core/errors.js'
import { scopeOf } from '../core/scope.js'
import { indexes } from './compilePolicy.js'

/**
 * Objects without a prototype, so that a field the response lacks reads as undefined and never
 * as a polluted Object.prototype's. (JSON holds own fields only; `__proto__` stays an own field.)
 */
const bare = (_key: string, value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value

/**
 * @internal A cache entry for the policy at `path` (GET with the project's credentials through
 * `getText()`: one attempt with the context's timeout, bounded body, no redirects; the cache paces
 * retries), its field `field` kept, checked by compiling it (memoized, so the first check pays
 * nothing more); `what` names it in the error. The rules are the context's `policyCache`; a
 * refresh still pending after twice `timeoutMs` (its one attempt) counts as lost.
 */
export function policyEntry<T>(ctx: Context, path: string, field: string, what: string): CacheEntry<T> {
  return entry<T>({
    ...scopeOf(ctx).policyCache,
    path,
    // A stored body is checked the same way as a fetched one.
    parse: (body) => {
      try {
        const policy = JSON.parse(body, bare)?.[field]
        // compilePolicy's own work, called directly: bundles without compilePolicy skip its wrapper.
        indexes(policy)
        return policy
      } catch (error) {
        throw new StytchDecodeError(`The response holds no valid ${field}`, error)
      }
    },
    fail: (cause) => new StytchPolicyError(`The ${what} could not be fetched and no usable copy is cached`, cause),
    timeoutMs: ctx.timeoutMs,
  })
}
