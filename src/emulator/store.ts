import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import type { State } from './state.js'

/** The state saved at `path`, or `undefined` when there is no file yet. */
export function loadState(path: string): State | undefined {
  if (!existsSync(path)) return undefined
  const state = JSON.parse(readFileSync(path, 'utf8')) as State
  if (state?.version !== 1) throw new Error(`${path} is not an emulator state file (version 1)`)
  return state
}

/**
 * Saves the state so that a crash at any moment leaves either the old or the new file: write a
 * temporary file beside it, flush it to disk, rename it over the old one, flush the directory.
 */
export function saveState(path: string, state: State): void {
  const temp = `${path}.${process.pid}.tmp`
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
