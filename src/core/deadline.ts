/**
 * @internal A signal that aborts `ms` from now, and a release to call when the attempt is over.
 *
 * This is the target of `#deadline` (package.json `imports`) for Workers, Deno, browsers and edge
 * bundles: every attempt gets its own signal and timer, cleared when it ends, since a timer there
 * may belong to one request's context and must not outlive it. Under `node` and `bun`,
 * deadline.node.ts shares signals between attempts instead.
 */
export function deadlineSignal(ms: number): [AbortSignal, (() => void)?] {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), ms)
  return [controller.signal, () => clearTimeout(timer)]
}
