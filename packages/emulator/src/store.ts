import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { MAX_JSON_DEPTH, nestsDeeper } from './body.js'
import type { State } from './state.js'

// A saved state nests no deeper than a request body allows plus the few levels of the state
// around it (state → members → record → member → metadata); twice the body bound is ample.
const MAX_STATE_DEPTH = 2 * MAX_JSON_DEPTH

const RECORDS = ['organizations', 'members', 'sessions', 'intermediate_sessions', 'tokens', 'otps', 'sso_connections', 'scim_connections', 'm2m_clients', 'connected_apps', 'idp_grants', 'idp_tokens', 'access_tokens', 'fraud_telemetry', 'fraud_rules', 'fraud_verdict_overrides', 'trusted_token_profiles'] as const
/** Collections added after the first version-1 files were written: a file without them loads with them empty. */
const ADDED_RECORDS = ['m2m_clients', 'connected_apps', 'idp_grants', 'idp_tokens', 'access_tokens', 'fraud_telemetry', 'fraud_rules', 'fraud_verdict_overrides', 'trusted_token_profiles'] as const
const LISTS = ['keys', 'outbox'] as const

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What keeps a parsed value from being a state of version 1, checked one level into each collection. */
function shapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not a JSON object'
  if (value['version'] !== 1) return 'its version is not 1'
  for (const key of RECORDS) {
    const records = value[key]
    if (!isObject(records) || !Object.values(records).every(isObject)) return `${key} is not an object of records`
  }
  for (const key of LISTS) {
    const list = value[key]
    if (!Array.isArray(list) || !list.every(isObject)) return `${key} is not an array of objects`
  }
  const policy = value['policy']
  if (!isObject(policy) || !Array.isArray(policy['roles']) || !Array.isArray(policy['resources'])) return 'policy is not { roles: [...], resources: [...] }'
  return undefined
}

/**
 * The state saved at `path`, or `undefined` when there is no file yet. A file that cannot be read
 * or is not a state throws an Error naming the path; the file is left as it is.
 */
export function loadState(path: string): State | undefined {
  if (!existsSync(path)) return undefined
  let parsed: unknown
  try {
    const text = readFileSync(path, 'utf8')
    if (nestsDeeper(text, MAX_STATE_DEPTH)) throw new Error(`it nests more than ${MAX_STATE_DEPTH} deep`)
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(`${path}: cannot read the emulator state file: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  if (isObject(parsed)) for (const key of ADDED_RECORDS) parsed[key] ??= {}
  const problem = shapeProblem(parsed)
  if (problem) throw new Error(`${path} is not an emulator state file (version 1): ${problem}`)
  return parsed as State
}

/** The temporary file a process with this pid writes before renaming it over `path` (see {@link removeStaleTemps}). */
const tempPath = (path: string, pid: number): string => `${path}.${pid}.tmp`

/** Whether a process with this pid exists (signal 0 only checks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Deletes the temporary files beside `path` that an emulator killed mid-save left behind. Such a
 * file was never renamed, so no answer acknowledged its content. A file whose writer still runs
 * (another emulator on the same file) is kept. This process's own are always stale: its saves are
 * synchronous, so none is under way when it starts an emulator.
 */
export function removeStaleTemps(path: string): void {
  const dir = dirname(path)
  const prefix = `${basename(path)}.`
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return // no directory yet: the first save reports the problem
  }
  for (const name of names) {
    const digits = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length))?.[1] : undefined
    if (digits === undefined) continue
    const pid = Number(digits)
    if (pid === process.pid || !running(pid)) rmSync(join(dir, name), { force: true })
  }
}

/**
 * Saves the state so that a crash at any moment leaves either the old or the new file: write a
 * temporary file beside it, flush it to disk, rename it over the old one, flush the directory.
 */
export function saveState(path: string, state: State): void {
  const temp = tempPath(path, process.pid)
  const fd = openSync(temp, 'w', 0o600)
  try {
    writeSync(fd, JSON.stringify(state))
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temp, path)
  try {
    const dir = openSync(dirname(path), 'r')
    try {
      fsyncSync(dir)
    } finally {
      closeSync(dir)
    }
  } catch {
    // Some platforms cannot open a directory; the rename itself is still atomic there.
  }
}
