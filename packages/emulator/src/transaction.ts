import type { Emulator } from './core.js'
import type { State } from './state.js'
import { replacingStore, type Store } from './store.js'
import { track, trimOutbox } from './tracking.js'

// Changes to an emulator's state, one at a time: each runs against a tracking view of the state
// (tracking.ts), then is either kept — journaled and flushed to disk first when the emulator has a
// data file (store.ts) — or rolled back, restoring exactly the records it touched.

interface Books {
  /** Resolves when the change (or journal compaction) under way is over. */
  lock: Promise<void>
  store?: Store
  /** The real state while a change is open (`em.state` is then its view). */
  open?: State
  /** How many changes were rolled back, so that indexes over the state know when to rebuild. */
  rollbacks: number
}

const books = new WeakMap<Emulator, Books>()

function booksOf(em: Emulator): Books {
  let b = books.get(em)
  if (!b) books.set(em, (b = { lock: Promise.resolve(), rollbacks: 0 }))
  return b
}

/** Waits for the changes before, then holds the emulator's lock until the returned function is called. */
async function acquire(b: Books): Promise<() => void> {
  const before = b.lock
  let release!: () => void
  b.lock = new Promise<void>((resolve) => (release = resolve))
  await before
  return release
}

/** The real state, also while a change is open (`structuredClone` cannot copy the view). */
export function rawState(em: Emulator): State {
  return books.get(em)?.open ?? em.state
}

/** How many changes of the emulator were rolled back so far: an index built over its state is stale when this moved. */
export function rollbackCount(em: Emulator): number {
  return books.get(em)?.rollbacks ?? 0
}

/** A change under way; exactly one of its methods is called (a second call does nothing). */
export interface Change {
  /** Keeps the change: journaled and flushed to disk before this returns. If that fails, the change is rolled back and this throws. */
  commit(): void
  /** Undoes every change made since {@link beginChange}. */
  rollback(): void
}

/**
 * Starts a change: waits for the one under way, then makes `em.state` a tracking view until
 * {@link Change.commit} or {@link Change.rollback}. GET requests need none: they do not write.
 */
export async function beginChange(em: Emulator): Promise<Change> {
  const b = booksOf(em)
  const release = await acquire(b)
  const state = em.state
  const tracking = track(state)
  em.state = tracking.view
  b.open = state
  let over = false
  const end = (): boolean => {
    if (over) return false
    over = true
    const replaced = em.state !== tracking.view
    em.state = state
    delete b.open
    return !replaced
  }
  return {
    commit() {
      if (over) return
      const store = b.store
      try {
        if (!end()) throw new Error('a handler replaced em.state; it must change the state in place')
        const changes = store && tracking.changes()
        if (changes) store.append(changes)
        tracking.keep()
        trimOutbox(state)
      } catch (error) {
        tracking.rollback()
        b.rollbacks++
        release()
        throw error
      }
      if (!store?.compactionDue) return release()
      // Folded in once the answer is on its way, and before the next change starts.
      setImmediate(() => {
        try {
          store.snapshot(state)
        } catch (error) {
          em.log(`could not fold the journal into ${store.path} (it is kept, nothing is lost): ${error instanceof Error ? error.message : String(error)}`)
        } finally {
          release()
        }
      })
    },
    rollback() {
      if (!over) {
        end()
        tracking.rollback()
        b.rollbacks++
        release()
      }
    },
  }
}

/** Runs `change` as one change of the state: kept (and saved) if it returns, rolled back if it throws. */
export async function changeState<T>(em: Emulator, change: () => T | Promise<T>): Promise<T> {
  const c = await beginChange(em)
  try {
    const result = await change()
    c.commit()
    return result
  } catch (error) {
    c.rollback()
    throw error
  }
}

/**
 * Saves the emulator's changes from now on in `store`, starting it with a snapshot of the current
 * state (which folds in the journal it was loaded with).
 */
export function attachStore(em: Emulator, store: Store): void {
  store.snapshot(rawState(em))
  booksOf(em).store = store
}

/** Saves the emulator's state to `path` from now on, unless it already does; what the files held is replaced. */
export function persistTo(em: Emulator, path: string): void {
  if (booksOf(em).store?.path !== path) attachStore(em, replacingStore(path))
}

/** After the change under way, folds the journal into the snapshot and stops saving changes. */
export async function closeStore(em: Emulator): Promise<void> {
  const b = books.get(em)
  const store = b?.store
  if (!b || !store) return
  const release = await acquire(b)
  try {
    store.close(em.state)
  } catch (error) {
    em.log(`could not fold the journal into ${store.path} (it is kept, nothing is lost): ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    release()
  }
}
