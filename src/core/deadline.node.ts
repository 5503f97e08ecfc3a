// The current shared deadline per timeout (see deadlineSignal): when it started, its uses, its signal.
const shared = new Map<number, { at: number; uses: number; signal: AbortSignal }>()
let unrefs: boolean | undefined

/** The longest delay `setTimeout` takes. */
const MAX_MS = 2_147_483_647

/**
 * @internal A signal that aborts at least `ms` from now, and a release to call when the attempt
 * is over (undefined when there is nothing to release): the target of `#deadline` under the
 * `node` and `bun` conditions.
 *
 * Where timers can be unref'd (Node, Bun), attempts with the same timeout that start within
 * `ms / 100` (at most 100 ms) of each other share one signal, which aborts when the last of them
 * is due: a deadline is then up to 1 % late, and a call saves the signal and timer it would make
 * (on Node 20 an AbortSignal alone costs about 2.5 µs). A signal serves at most 1000 attempts, so
 * that none gathers more listeners than fetch implementations allow. At most 8 timeouts share at
 * once; attempts with a ninth get their own. A runtime that picks the `node` condition without
 * unref'able timers (Deno) gets one signal and one cleared timer per attempt, as deadline.ts does.
 */
export function deadlineSignal(ms: number): [AbortSignal, (() => void)?] {
  const now = Date.now()
  const slack = Math.min(100, Math.floor(ms / 100), MAX_MS - ms)
  if (slack && (unrefs ??= typeof (setTimeout(() => {}) as { unref?: unknown })?.unref === 'function')) {
    const current = shared.get(ms)
    if (current && now - current.at <= slack && current.uses++ < 1000 && !current.signal.aborted) return [current.signal]
    if (current || shared.size < 8) {
      const controller = new AbortController()
      // Nothing to clear later: the timer fires once, and does not hold the process open meanwhile.
      ;(setTimeout(() => controller.abort(), ms + slack) as unknown as { unref(): void }).unref()
      shared.set(ms, { at: now, uses: 1, signal: controller.signal })
      return [controller.signal]
    }
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), ms)
  return [controller.signal, () => clearTimeout(timer)]
}
