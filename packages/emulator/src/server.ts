import { randomUUID, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { enforcePermissions, hasSessionHeaders } from './auth.js'
import { MAX_JSON_DEPTH, nestsDeeper, type Body } from './body.js'
import type { Emulator, Route } from './core.js'
import { EmulatorError, errorBody, OAuthError, sendJson } from './errors.js'
import { beginChange, persistTo, type Change } from './transaction.js'

interface CompiledRoute {
  readonly route: Route
  readonly pattern: RegExp
  readonly names: readonly string[]
}

/** Answered requests per route, for coverage reports. */
export interface RouteHits {
  /** `METHOD path-template` → count of 2xx answers. */
  readonly ok: Map<string, number>
  /** `METHOD path-template` → count of error answers. */
  readonly failed: Map<string, number>
  /** `METHOD path-template` → count of requests whose member-session headers the route enforced. */
  readonly authorized: Map<string, number>
  /** `METHOD path-template` → the JSON text of the latest 2xx response body, for checks of the response shapes. */
  readonly samples: Map<string, string>
}

// Routing and body parsing are written here rather than taken from a library on purpose: the
// paths are the manifest's templates (one anchored pattern each, literal segments first, see
// routes/index.ts), and bodies are JSON.parse and URLSearchParams behind a size bound and a depth
// bound (body.ts) that JSON.parse lacks. A router or body-parser package would add a dependency
// for less than what these lines do, and neither bounds nesting depth.
function compile(route: Route): CompiledRoute {
  const names: string[] = []
  const source = route.path.replace(/\{(\w+)\}|[.*+?^$()[\]\\|]/g, (m, name: string | undefined) => {
    if (!name) return `\\${m}`
    names.push(name)
    return '([^/]+)'
  })
  return { route, pattern: new RegExp(`^${source}$`), names }
}

/** The largest request body the emulator reads. */
const MAX_BODY = 1 << 20
/**
 * How much more of a refused body the server reads and drops. Closing a socket with unread data
 * makes the kernel send a reset, which can discard the 413 before the client reads it; so the
 * rest of the body is drained, up to this bound, and only a client sending more is cut off.
 */
const MAX_DRAIN = 64 << 20

/**
 * The request body as text. Over {@link MAX_BODY} (by its content-length or as it arrives) it
 * rejects at once with a 413, so the answer can go out while the client is still sending.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    let chunks: Buffer[] | undefined = []
    const refuse = (): void => {
      chunks = undefined
      reject(new EmulatorError(413, 'request_too_large', 'The request body is larger than 1 MiB.'))
    }
    if (Number(req.headers['content-length']) > MAX_BODY) refuse()
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (!chunks) {
        if (size > MAX_BODY + MAX_DRAIN) req.destroy()
      } else if (size > MAX_BODY) refuse()
      else chunks.push(chunk)
    })
    req.on('end', () => {
      if (chunks) resolve(Buffer.concat(chunks).toString('utf8'))
    })
    req.on('error', reject)
  })
}

export interface ServerOptions {
  readonly em: Emulator
  readonly routes: readonly Route[]
  /** Routes that need no Basic auth (health, JWKS). */
  readonly publicPaths: readonly string[]
  /** Where to save the state, journaling every change (none: memory only). */
  readonly dataPath?: string | undefined
}

/**
 * The HTTP server: Basic auth, routing, one request at a time (so a handler sees a consistent
 * state), rollback of a failed request's changes, and a journal append flushed to disk before an
 * answer that acknowledges a change.
 */
export function createEmulatorServer(options: ServerOptions): { server: Server; hits: RouteHits } {
  const { em, dataPath } = options
  if (dataPath) persistTo(em, dataPath)
  const compiled = options.routes.map(compile)
  const hits: RouteHits = { ok: new Map(), failed: new Map(), authorized: new Map(), samples: new Map() }
  const expected = Buffer.from(`Basic ${Buffer.from(`${em.projectId}:${em.secret}`).toString('base64')}`)
  let queue: Promise<void> = Promise.resolve()

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = `request-id-test-${randomUUID()}`
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://emulator.invalid')
    let key = `${method} ${url.pathname}`
    let change: Change | undefined
    try {
      const raw = await readBody(req)
      let match: { route: Route; params: Record<string, string> } | undefined
      let pathKnown = false
      for (const c of compiled) {
        const m = c.pattern.exec(url.pathname)
        if (!m) continue
        pathKnown = true
        if (c.route.method !== method) continue
        const params: Record<string, string> = {}
        c.names.forEach((name, i) => {
          try {
            params[name] = decodeURIComponent(m[i + 1] ?? '')
          } catch {
            throw new EmulatorError(400, 'invalid_request', `${name}: malformed percent-encoding`)
          }
        })
        match = { route: c.route, params }
        break
      }
      if (!match) {
        throw pathKnown
          ? new EmulatorError(405, 'method_not_allowed', `${method} is not allowed on ${url.pathname}.`)
          : new EmulatorError(404, 'route_not_found', `The emulator has no route ${method} ${url.pathname}.`)
      }
      key = `${method} ${match.route.path}`
      if (!options.publicPaths.includes(match.route.path)) {
        const given = Buffer.from(req.headers.authorization ?? '')
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          throw new EmulatorError(401, 'unauthorized_credentials', 'The project id and secret in the Authorization header are not valid for this project.')
        }
      }
      let body: Body = Object.fromEntries(url.searchParams)
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
      if (match.route.form && method === 'POST' && contentType === 'application/x-www-form-urlencoded') {
        // The OAuth 2.0 routes take form bodies; a repeated field keeps its last value.
        body = { ...body, ...Object.fromEntries(new URLSearchParams(raw)) }
      } else if (method === 'POST' || method === 'PUT') {
        if (nestsDeeper(raw, MAX_JSON_DEPTH)) throw new EmulatorError(400, 'invalid_json', `The request body nests arrays and objects more than ${MAX_JSON_DEPTH} deep.`)
        try {
          const parsed: unknown = raw === '' ? {} : JSON.parse(raw)
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
          body = { ...body, ...(parsed as Body) }
        } catch {
          throw new EmulatorError(400, 'invalid_json', 'The request body must be a JSON object.')
        }
      }
      if (method !== 'GET') change = await beginChange(em)
      const rc = { em, params: match.params, body, headers: req.headers }
      // The one place that enforces member-session headers, for every route that accepts them.
      if (match.route.authorize && hasSessionHeaders(req.headers)) {
        hits.authorized.set(key, (hits.authorized.get(key) ?? 0) + 1)
        await enforcePermissions(rc, match.route.authorize)
      }
      const result = await match.route.handler(rc)
      change?.commit()
      hits.ok.set(key, (hits.ok.get(key) ?? 0) + 1)
      // The text already sent is the sample: no second copy of the answer.
      hits.samples.set(key, sendJson(res, 200, { request_id: requestId, status_code: 200, ...result }))
    } catch (error) {
      change?.rollback()
      hits.failed.set(key, (hits.failed.get(key) ?? 0) + 1)
      if (error instanceof EmulatorError) {
        sendJson(res, error.status, errorBody(error.status, error.errorType, error.message, requestId, error instanceof OAuthError))
      } else {
        em.log(`internal error on ${key}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        sendJson(res, 500, errorBody(500, 'internal_server_error', 'The emulator failed to handle this request; see its log.', requestId))
      }
    }
  }

  const server = createServer((req, res) => {
    // handle() answers every error itself; the catch only keeps one broken socket from stalling
    // the queue for every later request.
    queue = queue
      .then(() => handle(req, res))
      .catch((error: unknown) => {
        em.log(`could not answer ${req.method} ${req.url}: ${String(error)}`)
        res.destroy()
      })
  })
  return { server, hits }
}
