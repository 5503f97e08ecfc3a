import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import type { Policy } from 'stytch-b2b'
import { DEFAULT_POLICY, type Emulator, type Route } from './core.js'
import { rotateKey } from './keys.js'
import { allRoutes } from './routes/index.js'
import { OAUTH2_PUBLIC_PATHS } from './routes/oauth2.js'
import { filterOutbox } from './routes/emulator.js'
import { createEmulatorServer, type RouteHits } from './server.js'
import { emptyState, type OutboxMessage, type State } from './state.js'
import { openStore } from './store.js'
import { attachStore, changeState, closeStore, rawState } from './transaction.js'
import { copy } from './tracking.js'

export type { OutboxMessage } from './state.js'
export { DEFAULT_POLICY } from './core.js'
export { totpCode } from './totp.js'

/** Options of {@link startEmulator}; all optional. */
export interface EmulatorOptions {
  /** TCP port on 127.0.0.1 (default 0: a free port). */
  readonly port?: number
  /** Loopback address to listen on (default `127.0.0.1`). */
  readonly host?: '127.0.0.1' | '::1' | 'localhost'
  /** Project id callers must present (default {@link EMULATOR_PROJECT_ID}). */
  readonly projectId?: string
  /** Secret callers must present (default {@link EMULATOR_SECRET}). */
  readonly secret?: string
  /** RBAC policy (default: the saved one with `dataPath`, else {@link DEFAULT_POLICY}); replaces a saved policy when given. */
  readonly policy?: Policy
  /** A JSON file to keep the state in across restarts (default: memory only). */
  readonly dataPath?: string
  /** Clock in milliseconds since the epoch (default `Date.now`), for tests of expiry. */
  readonly now?: () => number
  /** Receives one line per notable event (default: silent). */
  readonly log?: (line: string) => void
}

/** A running emulator. */
export interface RunningEmulator {
  /** Base URL to pass as the context's `baseUrl`, e.g. `http://127.0.0.1:8789`. */
  readonly url: string
  readonly port: number
  readonly projectId: string
  readonly secret: string
  /** Messages "sent" so far, oldest first, optionally filtered. */
  outbox(filter?: { to?: string; template?: OutboxMessage['template']; channel?: 'email' | 'sms' }): OutboxMessage[]
  /** Adds a signing key (older keys stay in the JWKS unless `retirePrevious`); returns its kid. */
  rotateKeys(options?: { retirePrevious?: boolean }): Promise<string>
  /** 2xx and error answers per `METHOD path-template`. */
  readonly hits: RouteHits
  /** A deep copy of the current state. */
  snapshot(): State
  /** Stops listening and closes open connections. */
  close(): Promise<void>
}

/** Project id the emulator accepts unless told otherwise. */
export const EMULATOR_PROJECT_ID = 'project-test-00000000-0000-4000-8000-000000000000'
/** Secret the emulator accepts unless told otherwise. */
export const EMULATOR_SECRET = 'secret-test-emulator-0000000000000000'

/** The routes the emulator answers (API and emulator-only), and whether each enforces member-session headers. */
export const emulatorRoutes: readonly (Pick<Route, 'method' | 'path'> & { readonly sessionHeaders: boolean })[] = allRoutes.map(({ method, path, authorize }) => ({
  method,
  path,
  sessionHeaders: authorize !== undefined,
}))

/** Reads an RBAC policy file: `{ roles, resources }` or a `getRbacPolicy` response `{ policy }`. */
export function readPolicyFile(path: string): Policy {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { policy?: Policy } & Partial<Policy>
  const policy = (parsed.policy ?? parsed) as Partial<Policy>
  if (!Array.isArray(policy.roles) || policy.roles.some((r) => typeof r?.role_id !== 'string' || !Array.isArray(r.permissions))) {
    throw new Error(`${path}: expected { roles: [{ role_id, permissions: [...] }], resources: [...] }`)
  }
  return { roles: policy.roles.map((r) => ({ ...r, description: r.description ?? '' })), resources: policy.resources ?? [], scopes: policy.scopes ?? [] }
}

/**
 * Starts a stateful Stytch B2B emulator on loopback: every route of the API, Stytch-shaped
 * errors, Basic auth, session JWTs from its own JWKS, an outbox for emails and SMS. Node only.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const projectId = options.projectId ?? EMULATOR_PROJECT_ID
  const secret = options.secret ?? EMULATOR_SECRET
  const host = options.host ?? '127.0.0.1'
  if (!['127.0.0.1', '::1', 'localhost'].includes(host)) throw new Error('The emulator listens on loopback only')
  const opened = options.dataPath ? openStore(options.dataPath) : undefined
  const saved = opened?.state
  const em: Emulator = {
    state: saved ?? emptyState(copy(options.policy ?? DEFAULT_POLICY)),
    projectId,
    secret,
    now: options.now ?? Date.now,
    log: options.log ?? (() => {}),
  }
  if (saved && options.policy) em.state.policy = copy(options.policy)
  if (em.state.keys.length === 0) await rotateKey(em)
  if (opened) attachStore(em, opened.store)
  const { server, hits } = createEmulatorServer({ em, routes: allRoutes, publicPaths: ['/emulator/health', '/v1/b2b/sessions/jwks/{project_id}', ...OAUTH2_PUBLIC_PATHS], dataPath: options.dataPath })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  em.log(`listening on ${url} for project ${projectId}${options.dataPath ? `, state in ${options.dataPath}` : ''}`)
  return {
    url,
    port,
    projectId,
    secret,
    hits,
    outbox: (filter = {}) => copy(filterOutbox(rawState(em).outbox, filter)),
    rotateKeys: async (o = {}) => (await changeState(em, () => rotateKey(em, o))).kid,
    snapshot: () => copy(rawState(em)),
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
      await closeStore(em)
    },
  }
}

/**
 * Reads the outbox of an emulator running in another process (e.g. started by the CLI).
 * @example const [mail] = await readOutbox('http://127.0.0.1:8789', { to: 'ada@example.com' })
 */
export async function readOutbox(
  url: string,
  filter: { to?: string; template?: OutboxMessage['template']; channel?: 'email' | 'sms' } = {},
  credentials: { projectId: string; secret: string } = { projectId: EMULATOR_PROJECT_ID, secret: EMULATOR_SECRET },
): Promise<OutboxMessage[]> {
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string'))
  const response = await fetch(`${url}/emulator/outbox?${query}`, {
    headers: { authorization: `Basic ${Buffer.from(`${credentials.projectId}:${credentials.secret}`).toString('base64')}` },
  })
  if (!response.ok) throw new Error(`The emulator answered ${response.status} to GET /emulator/outbox`)
  return ((await response.json()) as { messages: OutboxMessage[] }).messages
}
