import type { Context, StoredEntry } from './context.js'
import { own } from './own.js'
import { digest } from './scope.js'

/** @internal Longest wait for a store read on a cold cache; then it counts as a miss and the API is asked. */
export const STORE_TIMEOUT_MS = 1000

/** The store key of the body of `path`: namespaced, versioned, per project and API origin; no secret. */
const keyOf = (ctx: Context, path: string): string => `stytch-b2b:v1:${ctx.projectId}:${digest(ctx.baseUrl)}${path}`

/**
 * @internal The body of `path` in the context's store and when it was fetched (never later
 * than now), or undefined: no store, a miss, an error, a malformed or oversized entry, or no
 * answer within {@link STORE_TIMEOUT_MS}. The caller still checks the body as it would a fetched one.
 */
export async function readStore(ctx: Context, path: string): Promise<StoredEntry | undefined> {
  try {
    const timeout = new Promise<undefined>((resolve) => AbortSignal.timeout(STORE_TIMEOUT_MS).addEventListener('abort', () => resolve(undefined)))
    const hit: unknown = await Promise.race([ctx.cacheStore?.get(keyOf(ctx, path)), timeout])
    const value = hit && own(hit, 'value')
    const storedAt = hit && own(hit, 'storedAt')
    if (typeof value === 'string' && value.length <= ctx.maxResponseBytes && Number.isFinite(storedAt)) {
      return { value, storedAt: Math.min(storedAt as number, Date.now()) }
    }
  } catch {}
  return undefined
}

/** @internal Writes a fetched, checked body to the context's store, if any: fire and forget, errors ignored. */
export function writeStore(ctx: Context, path: string, value: string): void {
  try {
    Promise.resolve(ctx.cacheStore?.put(keyOf(ctx, path), value, Date.now())).catch(() => {})
  } catch {}
}
