// Hand-written (not generated): a form POST with the M2M client's credentials, and a token cache.
// Route: POST /v1/public/{project_id}/oauth2/token
import type { Context } from '../../core/context.js'
import { paramsError, StytchAbortError, StytchTimeoutError } from '../../core/errors.js'
import { formOptions, formParams, postForm } from '../../core/form.js'
import type { Shape } from '../../core/check.js'
import type { CallOptions } from '../../core/types.js'
import { scopeOf, type Scope } from '../../core/scope.js'

/** Params of {@link getM2mToken}; a key it does not name fails before sending. */
export interface GetM2mTokenParams {
  client_id: string
  client_secret: string
  /** Scopes to request; the client's own scopes when left out. */
  scopes?: string[] | undefined
}

const PARAMS: Shape = { client_id: 'S', client_secret: 'S', scopes: ['a', 's'] }

/** Response of {@link getM2mToken}. */
export interface GetM2mTokenResponse {
  /** A JWT signed with the project's keys; send it as `Authorization: Bearer …`. */
  access_token: string
  /** Seconds the token has left: its lifetime on a fresh token, less on a cached one. */
  expires_in: number
  /** `bearer`. */
  token_type: string
}

/** Per-call options of {@link getM2mToken}. */
export interface GetM2mTokenOptions extends CallOptions {
  /** `false` fetches a new token and leaves the cache as it is (default true). */
  readonly cache?: boolean | undefined
}

// The route, spelt as the generated modules spell theirs, for the endpoint index.
// POST /v1/public/{project_id}/oauth2/token, as the pipeline takes paths (see PathParts).
const route = { method: 'POST', path: ['/v1/public/', 'project_id', '/oauth2/token'] } as const

/** Most cached tokens per context; past it, the least recently used goes. */
export const M2M_TOKEN_CACHE_SIZE = 100

/** Longest margin before expiry at which a cached token is replaced, in seconds. */
const MAX_MARGIN_S = 60

interface Token {
  readonly access_token: string
  readonly token_type: string
  /** When the token expires (ms), counted from before the request went out. */
  readonly expiresAt: number
  /** When it stops being handed out (ms): `expiresAt` less the margin. */
  readonly refreshAt: number
}

interface Entry {
  readonly token: Promise<Token>
  /** Infinity while the request is under way: callers join it. */
  refreshAt: number
}

// One cache per context settings (contexts made with the same settings share it, see
// core/scope.ts), made on first use; no timers, entries go on use or eviction.
const caches = new WeakMap<Scope, Map<string, Entry>>()

/**
 * Gets an access token for an M2M client (OAuth2 client-credentials grant). The request is
 * authenticated by the client's `client_id` and `client_secret` in the form body, not by the
 * project secret; `scopes` narrow the token to some of the client's scopes.
 *
 * Tokens are cached per context settings (a context made per request shares them), keyed by client id, the set of scopes and a SHA-256 digest of the
 * secret (never the secret itself), and handed out until `min(60 s, 10% of the lifetime)` before
 * they expire: a token must stay valid on its way to, and at, the service that checks it, and a
 * short-lived token must still be worth caching. Concurrent calls for the same key share one
 * request; a failed one is not cached. A caller's `signal` ends only its own wait; the shared
 * request runs with the `timeoutMs` of the call that started it. `{ cache: false }` bypasses the
 * cache. At most {@link M2M_TOKEN_CACHE_SIZE} tokens are kept per context settings.
 *
 * @throws {StytchError} `StytchParamsError` before sending (a scope must be non-empty and without
 *   whitespace, as it is sent space-separated); `StytchApiError` with the OAuth2 `error` (e.g.
 *   `invalid_client`) as `code`; or a network, timeout, abort or decode error. No error holds the
 *   client secret (of 8 characters or more).
 * @see https://stytch.com/docs/b2b/api/get-m2m-token
 */
export async function getM2mToken(ctx: Context, params: GetM2mTokenParams, options?: GetM2mTokenOptions): Promise<GetM2mTokenResponse> {
  const input = formParams<GetM2mTokenParams>(PARAMS, params)
  input.scopes?.forEach((scope, i) => {
    if (!/^\S+$/.test(scope)) throw paramsError(`scopes.${i}`, 'must be a non-empty scope without whitespace')
  })
  const { signal, timeoutMs, cache } = formOptions(options, ['cache'])
  if (cache !== undefined && typeof cache !== 'boolean') throw paramsError('options.cache', 'must be a boolean')
  if (cache === false) return answer(await requestToken(ctx, input, signal, timeoutMs))
  if (signal?.aborted) throw aborted(signal)
  const key = await cacheKey(input)
  const scope = scopeOf(ctx)
  let entries = caches.get(scope)
  if (!entries) caches.set(scope, (entries = new Map()))
  let entry = entries.get(key)
  // Re-inserted on every use: the map's order is then least recently used first.
  entries.delete(key)
  if (!entry || entry.refreshAt <= Date.now()) {
    const made: Entry = { token: requestToken(ctx, input, undefined, timeoutMs), refreshAt: Infinity }
    const cached = entries
    made.token.then(
      (token) => {
        made.refreshAt = token.refreshAt
      },
      () => {
        // Not cached: the next call tries again. An evicted entry is gone already.
        if (cached.get(key) === made) cached.delete(key)
      },
    )
    entry = made
  }
  entries.set(key, entry)
  if (entries.size > M2M_TOKEN_CACHE_SIZE) entries.delete(entries.keys().next().value as string)
  return answer(await waitFor(entry.token, signal))
}

async function requestToken(ctx: Context, input: GetM2mTokenParams, signal: AbortSignal | undefined, timeoutMs: number | undefined): Promise<Token> {
  const { client_id, client_secret, scopes } = input
  const sentAt = Date.now()
  // The Node SDK's order.
  const fields = [['client_id', client_id], ['client_secret', client_secret], ['grant_type', 'client_credentials'], ['scope', scopes?.length ? scopes.join(' ') : undefined]] as const
  const data = await postForm(ctx, route.path, fields, [client_secret], { access_token: 's', expires_in: 'n', token_type: 's' }, { signal, timeoutMs })
  const lifetime = data['expires_in'] as number
  return {
    access_token: data['access_token'] as string,
    token_type: data['token_type'] as string,
    expiresAt: sentAt + lifetime * 1000,
    refreshAt: sentAt + (lifetime - Math.min(MAX_MARGIN_S, lifetime / 10)) * 1000,
  }
}

/** A fresh object per caller, so that one caller's changes do not reach the next. */
const answer = ({ access_token, token_type, expiresAt }: Token): GetM2mTokenResponse => ({
  access_token,
  expires_in: Math.max(0, Math.round((expiresAt - Date.now()) / 1000)),
  token_type,
})

/** Client id, the sorted set of scopes and the secret's SHA-256: a rotated secret gets a new entry. */
async function cacheKey({ client_id, client_secret, scopes = [] }: GetM2mTokenParams): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(client_secret)))
  return JSON.stringify([client_id, [...new Set(scopes)].sort(), btoa(String.fromCharCode(...digest))])
}

/** The shared request's result, or the caller's own abort, whichever comes first. */
function waitFor<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(aborted(signal))
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

// As send() tells them apart: AbortSignal.timeout() aborts with a TimeoutError, a deadline.
const aborted = (signal: AbortSignal): Error =>
  (signal.reason as Error | undefined)?.name === 'TimeoutError'
    ? new StytchTimeoutError('Request timed out (caller signal)', signal.reason)
    : new StytchAbortError('Request aborted by the caller', signal.reason)
