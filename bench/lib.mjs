// Helpers shared by bench/run.mjs and the case scripts it spawns: statistics over repetitions,
// fresh-process runs, and the in-process timing loops. Nothing here opens a socket.
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'

// ---- statistics -------------------------------------------------------------------------------

/** The median (the mean of the two middle values for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** `median<unit> (min–max)` with `digits` decimals. */
export function summary(values, digits = 2, unit = '') {
  const f = (x) => x.toFixed(digits)
  return `${f(median(values))}${unit} (${f(Math.min(...values))}–${f(Math.max(...values))})`
}

/** `list` rotated left by `r` places: the order of contenders in repetition `r`. */
export function rotate(list, r) {
  const k = ((r % list.length) + list.length) % list.length
  return [...list.slice(k), ...list.slice(0, k)]
}

/**
 * Runs `reps` repetitions; in each, `once(who, r)` for every contender in a rotated order, so
 * that no contender always runs first or last. Returns one record per repetition, keyed by
 * contender, which is what paired ratios are taken from.
 */
export async function interleave(reps, contenders, once, label) {
  const records = []
  for (let r = 0; r < reps; r++) {
    if (label) console.error(`[bench] ${label} ${r + 1}/${reps}`)
    const record = {}
    for (const who of rotate(contenders, r)) record[who] = await once(who, r)
    records.push(record)
  }
  return records
}

/** `pick(record)` of every repetition. */
export const column = (records, pick) => records.map(pick)

/** `a(record) / b(record)` within each repetition: the values whose median is reported. */
export const ratios = (records, a, b) => records.map((record) => a(record) / b(record))

// ---- fresh processes ------------------------------------------------------------------------------

/**
 * Spawns `node ...args` and resolves with its wall time (spawn to exit, ms) and trimmed stdout.
 * stderr passes through. Killed after `timeoutMs`; a non-zero exit rejects.
 */
export function runNode(args, { cwd, env, timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const ms = performance.now() - started
      clearTimeout(timer)
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code ?? signal}`))
      else resolve({ ms, out: out.trim() })
    })
  })
}

/** Runs a case script and parses the JSON object on the last line of its stdout. */
export async function runCase(args, options) {
  const { out } = await runNode(args, options)
  return JSON.parse(out.split('\n').at(-1))
}

// ---- timing inside a case -----------------------------------------------------------------------------

// A result every timed call feeds, so that no call can be optimized away as unused.
let sink = 0
export const sunk = () => sink

/**
 * Nanoseconds per call of a synchronous `fn`: the call count is doubled until one block takes
 * `blockMs` (this also warms the JIT), then the median of `blocks` such blocks. A median of
 * blocks keeps one GC pause or scheduler hiccup on a shared machine from deciding the figure.
 */
export function timeSync(fn, { blockMs = 20, blocks = 9 } = {}) {
  let n = 1
  for (;;) {
    const start = performance.now()
    for (let i = 0; i < n; i++) sink += fn() ? 1 : 0
    if (performance.now() - start >= blockMs) break
    n *= 2
  }
  const perCall = []
  for (let b = 0; b < blocks; b++) {
    const start = performance.now()
    for (let i = 0; i < n; i++) sink += fn() ? 1 : 0
    perCall.push(((performance.now() - start) * 1e6) / n)
  }
  return median(perCall)
}

/** As {@link timeSync}, for a `fn` returning a promise, awaited one call at a time. */
export async function timeAsync(fn, { blockMs = 40, blocks = 11 } = {}) {
  let n = 1
  for (;;) {
    const start = performance.now()
    for (let i = 0; i < n; i++) sink += (await fn()) ? 1 : 0
    if (performance.now() - start >= blockMs) break
    n *= 2
  }
  const perCall = []
  for (let b = 0; b < blocks; b++) {
    const start = performance.now()
    for (let i = 0; i < n; i++) sink += (await fn()) ? 1 : 0
    perCall.push(((performance.now() - start) * 1e6) / n)
  }
  return median(perCall)
}

/**
 * Nanoseconds per item when `items` are handed to `batchFn` `size` at a time (each batch awaited
 * before the next): the median over batches. For work that may not be repeated on the same input,
 * such as verifying tokens that must each be first-seen.
 */
export async function timeBatches(items, size, batchFn) {
  const perItem = []
  for (let i = 0; i + size <= items.length; i += size) {
    const batch = items.slice(i, i + size)
    const start = performance.now()
    await batchFn(batch)
    perItem.push(((performance.now() - start) * 1e6) / size)
  }
  return median(perItem)
}
