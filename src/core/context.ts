import type { RbacPolicy } from '../rbac/types.js'
import { StytchConfigError } from './errors.js'
import { ownFields } from './own.js'
import { VERSION } from './version.js'

/** HTTP methods a retry may be enabled for. POST is absent on purpose: authenticate calls consume single-use tokens. */
export type RetryMethod = 'GET' | 'PUT' | 'DELETE'

/** How failed attempts are retried. */
export interface RetryConfig {
  /** Retries after the first attempt (default 2; 0 disables). */
  readonly limit?: number
  /** Methods that may be retried (default `['GET']`). */
  readonly methods?: readonly RetryMethod[]
  /** Statuses that trigger a retry (default 408, 429, 500, 502, 503, 504). */
  readonly statusCodes?: readonly number[]
  /** Upper bound for one backoff delay, in ms (default 5000). */
  readonly backoffLimitMs?: number
  /** Upper bound for a wait requested by `Retry-After`, in ms (default 10000). */
  readonly maxRetryAfterMs?: number
}

/** Observability hooks. They see the outgoing `Request`, which carries the Authorization header: do not log its headers. */
export interface Hooks {
  /** Runs before every attempt; may add headers (tracing) to the request. */
  readonly beforeRequest?: (request: Request) => void | Promise<void>
  /** Runs after every attempt that got a response, success or not. */
  readonly afterResponse?: (request: Request, response: Response) => void | Promise<void>
  /** Runs before a retry; `retryCount` starts at 1. */
  readonly beforeRetry?: (request: Request, retryCount: number) => void | Promise<void>
}

/** Settings accepted by {@link createContext}. */
export interface StytchConfig {
  /** Project id from the Stytch dashboard; `project-live-…` selects the live API. */
  readonly projectId: string
  /** Project secret. It is kept out of enumerable properties, JSON and errors. */
  readonly secret: string
  /** API origin override: https, or http to loopback (127.0.0.1, localhost, [::1]) for tests and emulators. */
  readonly baseUrl?: string
  /** Origin of the fraud routes (Stytch's telemetry service, default `https://telemetry.stytch.com`); same rules as `baseUrl`. */
  readonly fraudBaseUrl?: string
  /** Fetch implementation to use instead of the global one. */
  readonly fetch?: typeof globalThis.fetch
  /** Timeout of one attempt in ms (default 10000). */
  readonly timeoutMs?: number
  /** Most bytes a response body may hold (default 10 MiB); a larger one fails with `StytchResponseTooLargeError`. */
  readonly maxResponseBytes?: number
  /**
   * Retry policy of GET, PUT and DELETE calls (POST is never retried); a number sets the limit,
   * `false` disables retries. Checked on the first call that may retry, before it sends.
   */
  readonly retry?: RetryConfig | number | false
  /** Request lifecycle hooks. */
  readonly hooks?: Hooks
  /** Appended to this library's User-Agent, e.g. `my-app/1.2`. */
  readonly userAgent?: string
  /** A fixed RBAC policy: local authorization then never fetches one (tests, pinning). */
  readonly policy?: RbacPolicy
  /** How the fetched RBAC policy is cached. */
  readonly policyCache?: PolicyCacheConfig
  /** A fixed JSON Web Key Set for session JWTs: local verification then never fetches keys. */
  readonly jwks?: { readonly keys: readonly object[] }
  /**
   * A key cache to persist between serverless invocations (jose's `jwksCache` shape): read on
   * first use, updated in place after each fetch. Store it (KV, global) and pass it again.
   */
  readonly jwksCache?: JwksCache
  /** How the project's JWKS is fetched and refreshed. */
  readonly jwksRefresh?: JwksRefreshConfig
  /**
   * A store shared past one isolate (Workers KV, Redis, Deno KV) for the key set and RBAC
   * policies: read when the in-memory cache is cold, written after each fetch. Its errors and
   * timeouts count as misses. Checked on first use by the caches (kept out of endpoint bundles).
   */
  readonly cacheStore?: CacheStore
}

/** What a {@link CacheStore} holds under a key: a response body and when it was fetched (ms since epoch). */
export interface StoredEntry {
  readonly value: string
  readonly storedAt: number
}

/**
 * A key-value store for the key set and policy caches, backed by what the platform runs. Keys
 * look like `stytch-b2b:v1:<project>:<digest of base URL>/v1/…` (never a secret); values are
 * response bodies of at most `maxResponseBytes`, checked on read like a fetched body.
 */
export interface CacheStore {
  /** The entry under `key`, or nothing. Awaited on a cold cache for at most 1 s, then a miss. */
  get(key: string): Promise<StoredEntry | null | undefined> | StoredEntry | null | undefined
  /** Stores an entry; nobody awaits it and its errors are ignored. */
  put(key: string, value: string, storedAt: number): Promise<unknown> | unknown
}

/** A persisted copy of the project's key set and when it was fetched (ms since epoch). */
export interface JwksCache {
  uat?: number
  jwks?: { keys: object[] }
}

/** Fetching of the project's JWKS. */
export interface JwksRefreshConfig {
  /** Timeout of one JWKS fetch (default 5000). */
  readonly timeoutMs?: number
  /** Least time between two fetches caused by an unknown `kid` (default 30000). */
  readonly cooldownMs?: number
  /** Age after which keys are refetched before use (default 600000, 10 minutes). */
  readonly maxAgeMs?: number
}

/** Caching of the project's RBAC policy for local authorization. */
export interface PolicyCacheConfig {
  /** Age after which the next use refetches the policy (default 300000, 5 minutes). */
  readonly maxAgeMs?: number
  /** How old a policy may get while refreshes fail and it is still served (default 3600000, 1 hour). */
  readonly staleIfErrorMs?: number
  /** After a failed refresh, how long the stale policy is served before trying again (default 10000). */
  readonly retryAfterFailureMs?: number
}

/** Retry policy after defaults are applied. */
export interface RetryPolicy {
  readonly limit: number
  readonly methods: readonly RetryMethod[]
  readonly statusCodes: readonly number[]
  readonly backoffLimitMs: number
  readonly maxRetryAfterMs: number
}

/** Frozen, plain configuration shared by every call. Create it with {@link createContext}. */
export interface Context {
  readonly projectId: string
  /** Origin and optional path prefix, without a trailing slash. */
  readonly baseUrl: string
  /** The same for the fraud routes. */
  readonly fraudBaseUrl: string
  readonly timeoutMs: number
  readonly maxResponseBytes: number
  /** As given: checked, with its defaults, by the endpoints that may retry (`retryPolicy`). */
  readonly retry: StytchConfig['retry']
  readonly userAgent: string
  readonly fetch: typeof globalThis.fetch | undefined
  readonly hooks: Hooks | undefined
  // The cache settings below are kept as given and checked by the caches on first use
  // (core/settings.ts), so that an endpoint's bundle carries no code for them.
  readonly policy: RbacPolicy | undefined
  readonly policyCache: PolicyCacheConfig | undefined
  readonly jwks: { readonly keys: readonly object[] } | undefined
  readonly jwksCache: JwksCache | undefined
  readonly jwksRefresh: JwksRefreshConfig | undefined
  readonly cacheStore: CacheStore | undefined
}

/** Key of the non-enumerable credential accessor; shared across package copies. */
export const CREDENTIALS = /* @__PURE__ */ Symbol.for('stytch-b2b.credentials')

/** What the credential accessor returns. */
export interface Credentials {
  readonly authorization: string
  readonly secret: string
}

/** @internal The longest delay `setTimeout` takes. */
export const MAX_MS = 2_147_483_647

/** @internal Throws a `StytchConfigError` naming `field` unless `ok`. */
export function check(ok: unknown, field: string, problem: string): asserts ok {
  if (!ok) throw new StytchConfigError(field, problem)
}

/** @internal */
export const isInt = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== ''

/** Fails unless `value` is absent or a function. */
const optionalFunction = (value: unknown, field: string): void => check(value === undefined || typeof value === 'function', field, 'must be a function')

const CONFIG = ['projectId', 'secret', 'baseUrl', 'fraudBaseUrl', 'fetch', 'timeoutMs', 'maxResponseBytes', 'retry', 'hooks', 'userAgent', 'policy', 'policyCache', 'jwks', 'jwksCache', 'jwksRefresh', 'cacheStore'] as const
const HOOKS = ['beforeRequest', 'afterResponse', 'beforeRetry'] as const

/** The own settings of `value` (an object; undefined for none, except at the top), unknown keys refused. */
function fields<T extends object, K extends string>(value: T | undefined, known: readonly K[], path: string): Partial<Pick<T, K & keyof T>> {
  // The top level (path '') is named `config` where it is not an object.
  return ownFields(value === undefined && path ? {} : value, known, path, (field, problem) => new StytchConfigError(field || 'config', problem)) as never
}

/** @internal `defaults`, each replaced by the own value `given` has for it; other keys of `given` refused. */
export function withDefaults<T extends object>(defaults: T, given: unknown, path: string): T {
  const merged: Record<string, unknown> = fields(given as object | undefined, Object.keys(defaults), path)
  for (const key of Object.keys(merged)) merged[key] ??= defaults[key as keyof T]
  return merged as T
}

function resolveBaseUrl(fallback: string, override: unknown, field = 'baseUrl'): string {
  if (override === undefined) return fallback
  let url: URL | undefined
  try {
    url = new URL(override as string)
  } catch {}
  check(nonEmpty(override) && url, field, 'must be an absolute URL')
  check(
    url.protocol === 'https:' || (url.protocol === 'http:' && /^(127\.0\.0\.1|localhost|\[::1\])$/.test(url.hostname)),
    field,
    'must use https (http only for 127.0.0.1, localhost or [::1])',
  )
  check(!(url.username || url.password || url.search || url.hash), field, 'must not hold credentials, a query or a fragment')
  return (url.origin + url.pathname).replace(/\/+$/, '')
}

/**
 * Validates the config and returns the frozen context that every endpoint function takes first.
 *
 * Hint: creating a context does no I/O and starts no timers; the HTTP client is made on the first call.
 * Contexts of the same settings share the key-set, verified-token and RBAC policy caches, so a
 * context per request (a Worker's `env`) costs no fetch; `cacheStore` shares them past the isolate.
 *
 * @example
 * ```ts
 * const ctx = createContext({ projectId: env.STYTCH_PROJECT_ID, secret: env.STYTCH_SECRET })
 * const { organization } = await getOrganization(ctx, { organization_id })
 * ```
 * @throws {StytchConfigError} when a field is missing or malformed; the error names the field.
 *   `retry` and the cache settings (`policy`, `policyCache`, `jwks`, `jwksCache`, `jwksRefresh`,
 *   `cacheStore`) are checked when first used, still before any request: by the first call that
 *   may retry and by the caches.
 */
export function createContext(config: StytchConfig): Context {
  const settings = fields(config, CONFIG, '')
  // `rest` holds every other known setting, read as own values (undefined when absent).
  const { secret, hooks, timeoutMs = 10_000, maxResponseBytes = 10_485_760, userAgent, ...rest } = settings
  const { projectId, fetch } = rest
  check(nonEmpty(projectId) && !/[\s:]/.test(projectId), 'projectId', 'must be a non-empty string without ":" or spaces')
  // A secret pasted from a .env file often ends in a newline; Stytch would refuse it on every call.
  check(nonEmpty(secret) && !/^\s|\s$/.test(secret), 'secret', 'must be a non-empty string without leading or trailing whitespace')
  check(!/^secret-/.test(projectId), 'projectId', 'holds a secret: projectId and secret swapped?')
  const live = /^project-live-/.test(projectId)
  check(!(live ? /^secret-test-/.test(secret) : /^secret-live-/.test(secret) && /^project-test-/.test(projectId)), 'secret', 'does not match projectId: one is live, the other test')
  optionalFunction(fetch, 'fetch')
  check(isInt(timeoutMs, 1, MAX_MS), 'timeoutMs', 'must be a positive whole number of ms')
  check(isInt(maxResponseBytes, 1, 2 ** 53), 'maxResponseBytes', 'must be a positive whole number of bytes')
  check(userAgent === undefined || (nonEmpty(userAgent) && !/[\r\n]/.test(userAgent)), 'userAgent', 'must be a one-line string')
  // Every hook key set (undefined when absent, or with no hooks at all).
  const hookFns: Record<string, unknown> = fields(hooks, HOOKS, 'hooks')
  for (const name of HOOKS) optionalFunction(hookFns[name], `hooks.${name}`)
  // The retry and cache settings as given: checked by the code that reads them (retry.ts, settings.ts).
  const ctx: Context = {
    // Every key is there (fields() reads each one): undefined where not given.
    ...(rest as { [K in keyof typeof rest]-?: (typeof rest)[K] | undefined } & { projectId: string }),
    baseUrl: resolveBaseUrl(live ? 'https://api.stytch.com' : 'https://test.stytch.com', rest.baseUrl),
    fraudBaseUrl: resolveBaseUrl('https://telemetry.stytch.com', rest.fraudBaseUrl, 'fraudBaseUrl'),
    timeoutMs,
    maxResponseBytes,
    userAgent: `stytch-b2b/${VERSION}${userAgent ? ` ${userAgent}` : ''}`,
    // A fresh object already (fields() copies), frozen so that the context's hooks cannot change.
    // Kept undefined without hooks: the transport then builds no Request.
    hooks: hooks && (Object.freeze(hookFns) as Hooks),
  }
  // btoa takes Latin-1 only, so encode the UTF-8 bytes first.
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${projectId}:${secret}`)))
  const credentials: Credentials = { authorization: `Basic ${basic}`, secret }
  // A function value hides the secret from JSON.stringify, util.inspect and structured loggers.
  Object.defineProperty(ctx, CREDENTIALS, { value: () => credentials })
  return Object.freeze(ctx)
}

/** Reads the credentials of a context made by `createContext` (by any copy of this package). */
export function credentialsOf(ctx: Context): Credentials {
  const read = (ctx as unknown as Record<symbol, (() => Credentials) | undefined>)[CREDENTIALS]
  check(typeof read === 'function', 'ctx', 'is not a context made by createContext')
  return read()
}
