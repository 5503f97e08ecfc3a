import { closeSync, existsSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { MAX_JSON_DEPTH, nestsDeeper } from './body.js'
import type { State } from './state.js'
import { applyChange, changeProblem, encodeChange, isObject, RECORD_COLLECTIONS, type ChangeSet, type JournalChange } from './tracking.js'

// On disk, a state is a snapshot plus a journal of the changes made since:
// - `<path>` holds the whole state as JSON, with `sequence`, the number of the last change it
//   contains. It is only ever replaced atomically (temporary file, fsync, rename, directory fsync).
// - `<path>.journal` holds one JSON line per acknowledged change ({@link encodeChange}), each with
//   the next `seq`. A change is appended and flushed to disk (fdatasync) before the request that
//   made it is answered, so a write costs one small append however large the state.
// Loading reads the snapshot and applies the journal lines with a higher seq. When the journal
// outgrows max(1 MiB, the snapshot) it is folded into a new snapshot and deleted: a crash before
// the rename keeps the old snapshot and the whole journal; one after it finds only lines the new
// snapshot already holds, which their seq skips. The emulator also folds the journal in when it
// starts and when it is closed, so a data file at rest is a complete state on its own.

/** The version of the state file this emulator writes (version 1 files, without journal, are read too). */
export const STATE_VERSION = 2

// A saved state nests no deeper than a request body allows plus the few levels of the state
// around it (state → members → record → member → metadata); twice the body bound is ample.
const MAX_STATE_DEPTH = 2 * MAX_JSON_DEPTH

/** Collections added after the first version-1 files were written: a file without them loads with them empty. */
const ADDED_RECORDS = ['m2m_clients', 'connected_apps', 'idp_grants', 'idp_tokens', 'access_tokens', 'fraud_telemetry', 'fraud_rules', 'fraud_verdict_overrides', 'trusted_token_profiles'] as const
const LISTS = ['keys', 'outbox'] as const

/** The journal beside a data file. */
export const journalPath = (path: string): string => `${path}.journal`

/** What keeps a parsed value from being a state (version 1 or 2), checked one level into each collection. */
function shapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not a JSON object'
  if (value['version'] !== 1 && value['version'] !== STATE_VERSION) return `its version is not 1 or ${STATE_VERSION}`
  for (const key of RECORD_COLLECTIONS) {
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

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * Applies the journal's changes after `sequence` to `state`; returns the seq of the last one. The
 * text after the last newline is a line whose append never finished, and a last line that does
 * not parse is one garbled by a crash during its append: neither was acknowledged, both are
 * ignored. Any other line that is not a change, or a gap in the seqs, throws an Error naming the
 * journal.
 */
export function replayJournal(path: string, state: State, sequence: number): number {
  const lines = readFileSync(path, 'utf8').split('\n')
  lines.pop()
  let last = sequence
  for (const [i, line] of lines.entries()) {
    let parsed: unknown
    try {
      if (nestsDeeper(line, MAX_STATE_DEPTH + 1)) throw new Error(`it nests more than ${MAX_STATE_DEPTH + 1} deep`)
      parsed = JSON.parse(line)
    } catch (error) {
      if (i === lines.length - 1) break
      throw new Error(`${path}: line ${i + 1} of the journal is not JSON: ${message(error)}`, { cause: error })
    }
    const problem = changeProblem(parsed)
    if (problem) throw new Error(`${path}: line ${i + 1} of the journal is not a change: ${problem}`)
    const change = parsed as JournalChange
    if (change.seq <= sequence) continue // already in the snapshot
    if (change.seq !== last + 1) throw new Error(`${path}: line ${i + 1} of the journal has seq ${change.seq} where ${last + 1} was expected`)
    applyChange(state, change)
    last = change.seq
  }
  return last
}

/** The saved state and the seq of the last change it holds, or `undefined` when there is none. */
function readSaved(path: string): { state: State; sequence: number } | undefined {
  const journal = journalPath(path)
  if (!existsSync(path)) {
    if (existsSync(journal)) throw new Error(`${journal}: a journal without its data file ${path} (remove the journal to start with an empty state)`)
    return undefined
  }
  let parsed: unknown
  try {
    const text = readFileSync(path, 'utf8')
    if (nestsDeeper(text, MAX_STATE_DEPTH)) throw new Error(`it nests more than ${MAX_STATE_DEPTH} deep`)
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(`${path}: cannot read the emulator state file: ${message(error)}`, { cause: error })
  }
  if (isObject(parsed)) for (const key of ADDED_RECORDS) parsed[key] ??= {}
  const problem = shapeProblem(parsed)
  if (problem) throw new Error(`${path} is not an emulator state file (version 1 or ${STATE_VERSION}): ${problem}`)
  const { sequence = 0, ...saved } = parsed as Record<string, unknown>
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 0 || (saved['version'] === 1 && sequence !== 0)) {
    throw new Error(`${path} is not an emulator state file: its sequence is not a count of changes`)
  }
  // A version 1 file has the same shape, without journal: it becomes version 2 as it is.
  const state = { ...saved, version: STATE_VERSION } as unknown as State
  if (!existsSync(journal)) return { state, sequence }
  const last = replayJournal(journal, state, sequence)
  const after = last > sequence ? shapeProblem(state) : undefined
  if (after) throw new Error(`${journal}: its changes leave a state in which ${after}`)
  return { state, sequence: last }
}

/**
 * The state saved at `path` (snapshot and journal), or `undefined` when there is none yet: what a
 * restart would load. A file that cannot be read or is not a state throws an Error naming it;
 * the files are left as they are.
 */
export function loadState(path: string): State | undefined {
  return readSaved(path)?.state
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


/** Flushes a directory's entries (renames, new files) to disk, where the platform allows it. */
function fsyncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Some platforms cannot open a directory; a rename is still atomic there.
  }
}

/** Replaces `path` with `text` so that a crash at any moment leaves either the old or the new file. */
function writeAtomically(path: string, text: string): void {
  const temp = tempPath(path, process.pid)
  const fd = openSync(temp, 'w', 0o600)
  try {
    writeFully(fd, Buffer.from(text))
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temp, path)
  fsyncDirectory(dirname(path))
}

function writeFully(fd: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written)
}

/** Where an emulator keeps its state: a snapshot and a journal (see the top of this file). */
export class Store {
  readonly journalPath: string
  /** Seq of the last change written (journal or snapshot). */
  #sequence: number
  #journal: number | undefined
  #journalBytes = 0
  #snapshotBytes = 0
  #started = false
  #closed = false
  #broken: Error | undefined

  constructor(
    readonly path: string,
    sequence: number,
  ) {
    this.journalPath = journalPath(path)
    this.#sequence = sequence
  }

  /** Replaces the snapshot with `state` (holding every change so far) and deletes the journal. */
  snapshot(state: State): void {
    const text = JSON.stringify({ ...state, sequence: this.#sequence })
    writeAtomically(this.path, text)
    this.#snapshotBytes = Buffer.byteLength(text)
    this.#started = true
    if (this.#journal !== undefined) closeSync(this.#journal)
    this.#journal = undefined
    this.#journalBytes = 0
    // No directory fsync: should the deletion be lost, the journal's seqs are all in the snapshot.
    rmSync(this.journalPath, { force: true })
  }

  /** Appends a change to the journal and flushes it to disk; throws (having written nothing) if it cannot. */
  append(changes: ChangeSet): void {
    if (this.#closed) throw new Error(`${this.path}: the emulator was closed, so a change is no longer saved`)
    if (!this.#started) throw new Error(`${this.path}: a change before the first snapshot`)
    if (this.#broken) throw this.#broken
    const line = Buffer.from(`${encodeChange(this.#sequence + 1, changes)}\n`)
    if (this.#journal === undefined) {
      this.#journal = openSync(this.journalPath, 'a', 0o600)
      this.#journalBytes = fstatSync(this.#journal).size
      fsyncDirectory(dirname(this.path)) // the new journal's name must survive a crash as well
    }
    try {
      writeFully(this.#journal, line)
      fdatasyncSync(this.#journal)
    } catch (error) {
      // Cut off what reached the file, lest the next line be appended to a fragment.
      try {
        ftruncateSync(this.#journal, this.#journalBytes)
        fdatasyncSync(this.#journal)
      } catch (cause) {
        this.#broken = new Error(`${this.journalPath}: a failed append could not be undone (${message(cause)}); restart the emulator`, { cause })
      }
      throw error
    }
    this.#sequence++
    this.#journalBytes += line.length
  }

  /** Whether the journal has outgrown max(1 MiB, the snapshot), so that {@link snapshot} should fold it in. */
  get compactionDue(): boolean {
    return this.#journalBytes > Math.max(1 << 20, this.#snapshotBytes)
  }

  /** Folds the journal into the snapshot (if there is one) and stops accepting changes. */
  close(state: State): void {
    if (this.#closed) return
    this.#closed = true
    if (this.#journal !== undefined) this.snapshot(state)
  }
}

/**
 * Opens the state at `path`: removes stale temporary files, loads the snapshot and the journal.
 * The caller starts the store with {@link Store.snapshot} of the state it will serve.
 */
export function openStore(path: string): { state: State | undefined; store: Store } {
  removeStaleTemps(path)
  const saved = readSaved(path)
  return { state: saved?.state, store: new Store(path, saved?.sequence ?? 0) }
}

/** A store at `path` whose content will be replaced by the caller's state (whatever the files hold). */
export function replacingStore(path: string): Store {
  removeStaleTemps(path)
  rmSync(journalPath(path), { force: true })
  return new Store(path, 0)
}
