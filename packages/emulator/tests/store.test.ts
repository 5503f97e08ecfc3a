// The data file and its journal: torn or garbled journal lines, the crash points of a compaction,
// version 1 files. The files are written by a Store (or by hand, for what a crash leaves).
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../src/core.js'
import { emptyState, type OutboxMessage, type State } from '../src/state.js'
import { journalPath, loadState, openStore, replacingStore, type Store } from '../src/store.js'
import { track, trimOutbox } from '../src/tracking.js'

const dir = mkdtempSync(join(tmpdir(), 'emulator-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0

const message = (id: string): OutboxMessage => ({ message_id: id, channel: 'sms', to: '+15550100', template: 'otp', code: id, sent_at: '2024-01-01T00:00:00.000Z' })

/** Makes one change to `state` through a tracking view and journals it, as a request would. */
function write(store: Store, state: State, change: (view: State) => void): void {
  const t = track(state)
  change(t.view)
  const changes = t.changes()
  if (changes) store.append(changes)
  t.keep()
  trimOutbox(state)
}

/** A store with a snapshot and three journaled changes, and the state after each of them. */
function journaled(): { path: string; store: Store; state: State; after: State[] } {
  const path = join(dir, `state-${files++}.json`)
  const store = replacingStore(path)
  const state = emptyState(structuredClone(DEFAULT_POLICY))
  store.snapshot(state)
  const after: State[] = []
  write(store, state, (s) => (s.organizations['o1'] = { organization_id: 'o1', organization_name: 'One' } as never))
  after.push(structuredClone(state))
  write(store, state, (s) => {
    s.organizations['o1']!.organization_name = 'Uno'
    s.outbox.push(message('1'))
  })
  after.push(structuredClone(state))
  write(store, state, (s) => {
    delete s.organizations['o1']
    s.outbox.push(message('2'))
  })
  after.push(structuredClone(state))
  return { path, store, state, after }
}

const lines = (path: string): string[] => readFileSync(journalPath(path), 'utf8').split('\n').slice(0, -1)

describe('journal', () => {
  it('replays every change after the snapshot', () => {
    const { path, after } = journaled()
    expect(lines(path).map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2, 3])
    expect(loadState(path)).toEqual(after[2])
  })

  it('ignores a last line whose append was cut short, at any byte', () => {
    const { path, after } = journaled()
    const journal = journalPath(path)
    const whole = readFileSync(journal)
    const third = whole.length - Buffer.byteLength(`${lines(path)[2]}\n`)
    for (let cut = third; cut < whole.length; cut++) {
      writeFileSync(journal, whole.subarray(0, cut))
      expect(loadState(path), `cut at byte ${cut}`).toEqual(after[1])
    }
    writeFileSync(journal, whole)
    appendFileSync(journal, '{"seq":4,"records":{"organizations":{"o2":{"organization_')
    expect(loadState(path)).toEqual(after[2])
  })

  it('ignores a whole last line garbled by a crash during its append', () => {
    const { path, after } = journaled()
    appendFileSync(journalPath(path), `${'\0'.repeat(40)}\n`)
    expect(loadState(path)).toEqual(after[2])
    const text = readFileSync(journalPath(path), 'utf8').split('\n')
    text[2] = `{"seq":3,"rec${'\0'.repeat(10)}`
    writeFileSync(journalPath(path), text.slice(0, 3).join('\n') + '\n')
    expect(loadState(path)).toEqual(after[1])
  })

  it('refuses, naming the journal, a garbled line that is not the last, a gap in the seqs, or a line that is not a change', () => {
    for (const edit of [
      (l: string[]) => (l[1] = `${'\0'.repeat(8)}`),
      (l: string[]) => l.splice(1, 1),
      (l: string[]) => (l[1] = '{"seq":2,"records":{"nothing":{}}}'),
      (l: string[]) => (l[1] = '[2]'),
    ]) {
      const { path } = journaled()
      const l = lines(path)
      edit(l)
      writeFileSync(journalPath(path), `${l.join('\n')}\n`)
      expect(() => loadState(path)).toThrow(journalPath(path))
    }
  })

  it('refuses a journal whose data file is gone', () => {
    const { path } = journaled()
    rmSync(path)
    expect(() => loadState(path)).toThrow(journalPath(path))
  })

  it('refuses changes once closed, leaving what was saved as it was', () => {
    const { path, store, state, after } = journaled()
    store.close(state)
    expect(() => statSync(journalPath(path))).toThrow() // closing folded the journal in
    expect(() => write(store, state, (s) => (s.organizations['o9'] = { organization_id: 'o9' } as never))).toThrow(/closed/)
    expect(loadState(path)).toEqual(after[2])
  })
})

describe('compaction', () => {
  it('folds the journal into the snapshot, which records the last seq, and deletes the journal', () => {
    const { path, store, state, after } = journaled()
    expect(store.compactionDue).toBe(false)
    store.snapshot(state)
    expect((JSON.parse(readFileSync(path, 'utf8')) as { sequence: number }).sequence).toBe(3)
    expect(() => statSync(journalPath(path))).toThrow()
    expect(loadState(path)).toEqual(after[2])
    write(store, state, (s) => s.outbox.push(message('3')))
    expect(lines(path).map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([4])
    expect(loadState(path)).toEqual(state)
  })

  it('loses nothing and applies nothing twice, wherever a crash interrupts it', () => {
    // Before the rename: the new snapshot is only a temporary file; the old one and the whole journal are intact.
    {
      const { path, state, after } = journaled()
      const dead = spawnSync(process.execPath, ['-e', '']).pid
      writeFileSync(`${path}.${dead}.tmp`, JSON.stringify({ ...state, sequence: 3 }).slice(0, 100))
      expect(loadState(path)).toEqual(after[2])
      const opened = openStore(path) // as a restart does: the stale temporary file goes
      expect(opened.state).toEqual(after[2])
    }
    // After the rename, before the journal is deleted: its lines are all in the snapshot (the
    // outbox appends would show up twice if they were applied again).
    {
      const { path, store, state, after } = journaled()
      const kept = `${journalPath(path)}.kept`
      copyFileSync(journalPath(path), kept)
      store.snapshot(state)
      copyFileSync(kept, journalPath(path))
      expect(loadState(path)).toEqual(after[2])
      expect(loadState(path)?.outbox.map((m) => m.message_id)).toEqual(['1', '2'])
    }
    // After the journal is deleted, and after a new journal's first line was cut short.
    {
      const { path, store, state, after } = journaled()
      store.snapshot(state)
      expect(loadState(path)).toEqual(after[2])
      write(store, state, (s) => s.outbox.push(message('3')))
      truncateSync(journalPath(path), 10)
      expect(loadState(path)).toEqual(after[2])
    }
  })

  it('is due once the journal outgrows 1 MiB and the snapshot', () => {
    const path = join(dir, `state-${files++}.json`)
    const store = replacingStore(path)
    const state = emptyState(structuredClone(DEFAULT_POLICY))
    store.snapshot(state)
    let writes = 0
    while (!store.compactionDue && writes < 100) write(store, state, (s) => (s.organizations[`o${writes++}`] = { organization_id: 'x'.repeat(32 << 10) } as never))
    expect(writes).toBeGreaterThan(30)
    expect(writes).toBeLessThan(40)
    expect(statSync(journalPath(path)).size).toBeGreaterThan(1 << 20)
  })
})

describe('data files', () => {
  it('loads a version 1 file (no journal, no sequence) as version 2', () => {
    const path = join(dir, `state-${files++}.json`)
    const v1 = { ...emptyState(structuredClone(DEFAULT_POLICY)), version: 1, outbox: [message('old')] }
    writeFileSync(path, JSON.stringify(v1))
    expect(loadState(path)).toEqual({ ...v1, version: 2 })
  })

  it('refuses a version 2 file without a sequence it can use', () => {
    const path = join(dir, `state-${files++}.json`)
    writeFileSync(path, JSON.stringify({ ...emptyState(structuredClone(DEFAULT_POLICY)), sequence: -1 }))
    expect(() => loadState(path)).toThrow(path)
  })
})
