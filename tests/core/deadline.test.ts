// Attempts with the same timeout that start close together share one deadline signal on Node and
// Bun (core/deadline.node.ts, `#deadline` under those conditions): each still times out no earlier
// than its timeout, a signal serves a bounded number of attempts, and a finished attempt leaves
// later ones alone. Elsewhere (core/deadline.ts) each attempt has its own signal and timer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deadlineSignal as ownDeadline } from '../../src/core/deadline.js'
import { createContext, getOrganization, StytchTimeoutError } from '../../src/index.js'
import { responses } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let server: RecordingServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.close())

let secrets = 0
/** A context whose fetch is the global one, recording the signal of each attempt. */
function recording(timeoutMs: number): { ctx: ReturnType<typeof createContext>; signals: AbortSignal[] } {
  const signals: AbortSignal[] = []
  const ctx = createContext({
    projectId: 'project-test-deadline',
    secret: `secret-test-deadline-${++secrets}`,
    baseUrl: server.url,
    retry: 0,
    timeoutMs,
    // The real request goes out a turn later, so that a burst of calls starts within one moment.
    fetch: (input, init) => {
      signals.push(init?.signal as AbortSignal)
      return new Promise((resolve) => setImmediate(resolve)).then(() => fetch(input, init))
    },
  })
  return { ctx, signals }
}

describe('shared deadlines', () => {
  it('times every attempt out, never before its timeout, when many share a signal', async () => {
    server.reply({ status: 200, body: responses.getOrganization, delayMs: 4000 })
    // 1500 ms: attempts starting within 15 ms of the first share its signal.
    const { ctx, signals } = recording(1500)
    const started = Date.now()
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => getOrganization(ctx, { organization_id: 'organization-test-1' })))
    const elapsed = Date.now() - started
    for (const result of results) {
      expect(result.status).toBe('rejected')
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(StytchTimeoutError)
    }
    expect(elapsed).toBeGreaterThanOrEqual(1500)
    expect(new Set(signals).size).toBeLessThan(signals.length)
  })

  it('serves at most 1000 attempts with one signal', async () => {
    server.reply({ status: 200, body: responses.getOrganization })
    const { ctx, signals } = recording(60_000)
    await Promise.all(Array.from({ length: 1200 }, () => getOrganization(ctx, { organization_id: 'organization-test-1' })))
    const uses = [...new Set(signals)].map((signal) => signals.filter((s) => s === signal).length)
    expect(Math.max(...uses)).toBeLessThanOrEqual(1000)
    expect(uses.reduce((a, b) => a + b, 0)).toBe(1200)
  })

  it('gives a later attempt its own deadline once the shared one has passed', async () => {
    const { ctx, signals } = recording(200)
    server.reply({ status: 200, body: responses.getOrganization })
    await getOrganization(ctx, { organization_id: 'organization-test-1' })
    // Past the first signal's deadline: a slow answer within its own timeout still succeeds.
    await new Promise((resolve) => setTimeout(resolve, 260))
    server.reply({ status: 200, body: responses.getOrganization, delayMs: 120 })
    await expect(getOrganization(ctx, { organization_id: 'organization-test-1' })).resolves.toMatchObject({ organization: { organization_id: expect.any(String) } })
    expect(signals[0]?.aborted).toBe(true)
    expect(signals[1]).not.toBe(signals[0])
    expect(signals[1]?.aborted).toBe(false)
  })

  it('shares per timeout: calls alternating between two timeouts each reuse their own signal', async () => {
    server.reply({ status: 200, body: responses.getOrganization })
    const a = recording(30_000)
    const b = recording(40_000)
    await Promise.all(Array.from({ length: 20 }, (_, i) => getOrganization(i % 2 ? a.ctx : b.ctx, { organization_id: 'o' })))
    expect(new Set(a.signals).size).toBeLessThan(a.signals.length)
    expect(new Set(b.signals).size).toBeLessThan(b.signals.length)
  })

  it('keeps different timeouts apart', async () => {
    server.reply({ status: 200, body: responses.getOrganization })
    const a = recording(5000)
    const b = recording(7000)
    await Promise.all([getOrganization(a.ctx, { organization_id: 'o' }), getOrganization(b.ctx, { organization_id: 'o' })])
    expect(a.signals[0]).not.toBe(b.signals[0])
  })
})

describe('deadlines elsewhere (Workers, Deno, browsers)', () => {
  it('gives every attempt its own signal, which aborts after its timeout unless released', async () => {
    const [a, releaseA] = ownDeadline(30)
    const [b, releaseB] = ownDeadline(30)
    expect(a).not.toBe(b)
    releaseB!()
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(a.aborted).toBe(true)
    // Released: its timer was cleared, so it never fires.
    expect(b.aborted).toBe(false)
    releaseA!()
  })
})
