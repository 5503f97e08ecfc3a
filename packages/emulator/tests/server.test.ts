// The emulator's HTTP layer: Basic auth, Stytch-shaped errors, routing, rollback, persistence.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { request, type OutgoingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nestsDeeper } from '../src/body.js'
import { DEFAULT_POLICY, type Emulator, type Route } from '../src/core.js'
import { fail } from '../src/errors.js'
import { EMULATOR_PROJECT_ID, EMULATOR_SECRET, readOutbox, startEmulator, type RunningEmulator } from '../src/index.js'
import { createEmulatorServer } from '../src/server.js'
import { loadState } from '../src/store.js'
import { emptyState } from '../src/state.js'
import { createContext, createMember, createOrganization, getRbacPolicy, loginOrSignupMagicLinkEmail, StytchApiError } from 'stytch-b2b'

const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`
const AUTH = basic(EMULATOR_PROJECT_ID, EMULATOR_SECRET)

describe('emulator HTTP layer', () => {
  let emulator: RunningEmulator
  beforeAll(async () => {
    emulator = await startEmulator()
  })
  afterAll(() => emulator.close())

  it('listens on loopback and refuses other addresses', async () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    await expect(startEmulator({ host: '0.0.0.0' as never })).rejects.toThrow(/loopback/)
  })

  it('answers with the request id and status code on success', async () => {
    const res = await fetch(`${emulator.url}/v1/b2b/rbac/policy`, { headers: { authorization: AUTH } })
    const body = (await res.json()) as Record<string, unknown>
    expect(res.status).toBe(200)
    expect(body).toMatchObject({ status_code: 200, request_id: expect.stringMatching(/^request-id-test-/), policy: DEFAULT_POLICY })
  })

  it.each([
    ['no Authorization header', undefined],
    ['a wrong secret', basic(EMULATOR_PROJECT_ID, 'secret-test-wrong')],
    ['another project', basic('project-test-other', EMULATOR_SECRET)],
  ])('refuses %s with a Stytch-shaped 401 that does not echo credentials', async (_, authorization) => {
    const res = await fetch(`${emulator.url}/v1/b2b/rbac/policy`, authorization ? { headers: { authorization } } : {})
    const text = await res.text()
    expect(res.status).toBe(401)
    expect(JSON.parse(text)).toEqual({
      status_code: 401,
      request_id: expect.stringMatching(/^request-id-test-/),
      error_type: 'unauthorized_credentials',
      error_message: expect.any(String),
      error_url: expect.stringContaining('https://stytch.com/docs/'),
    })
    expect(text).not.toContain(EMULATOR_SECRET)
  })

  it('surfaces its errors through the library as typed StytchApiError', async () => {
    const ctx = createContext({ projectId: EMULATOR_PROJECT_ID, secret: 'secret-test-wrong-0000', baseUrl: emulator.url, retry: { limit: 0 } })
    const error = await getRbacPolicy(ctx, {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error).toMatchObject({ status: 401, code: 'unauthorized_credentials' })
  })

  it('answers unknown routes 404, wrong methods 405 and malformed JSON 400', async () => {
    const unknown = await fetch(`${emulator.url}/v1/b2b/nothing`, { headers: { authorization: AUTH } })
    expect([unknown.status, ((await unknown.json()) as { error_type: string }).error_type]).toEqual([404, 'route_not_found'])
    const wrong = await fetch(`${emulator.url}/v1/b2b/rbac/policy`, { method: 'DELETE', headers: { authorization: AUTH } })
    expect([wrong.status, ((await wrong.json()) as { error_type: string }).error_type]).toEqual([405, 'method_not_allowed'])
    const bad = await fetch(`${emulator.url}/emulator/keys/rotate`, { method: 'POST', headers: { authorization: AUTH }, body: '{"retire_previous":' })
    expect([bad.status, ((await bad.json()) as { error_type: string }).error_type]).toEqual([400, 'invalid_json'])
  })

  it('lets another process read the outbox over HTTP with the project credentials (readOutbox)', async () => {
    const ctx = createContext({ projectId: EMULATOR_PROJECT_ID, secret: EMULATOR_SECRET, baseUrl: emulator.url, retry: { limit: 0 } })
    const { organization } = await createOrganization(ctx, { organization_name: 'Outbox Co' })
    await createMember(ctx, { organization_id: organization.organization_id, email_address: 'olive@outbox.test' })
    await loginOrSignupMagicLinkEmail(ctx, { organization_id: organization.organization_id, email_address: 'olive@outbox.test' })
    const messages = await readOutbox(emulator.url, { to: 'Olive@Outbox.test' })
    expect(messages).toEqual([expect.objectContaining({ channel: 'email', template: 'login', to: 'olive@outbox.test', token: expect.any(String) })])
    expect(await readOutbox(emulator.url, { to: 'olive@outbox.test', template: 'invite' })).toEqual([])
    await expect(readOutbox(emulator.url, {}, { projectId: EMULATOR_PROJECT_ID, secret: 'secret-test-wrong' })).rejects.toThrow(/401/)
  })

  it('serves the JWKS without credentials and rotates keys through the emulator-only route', async () => {
    const jwksUrl = `${emulator.url}/v1/b2b/sessions/jwks/${EMULATOR_PROJECT_ID}`
    const before = (await (await fetch(jwksUrl)).json()) as { keys: { kid: string }[] }
    const rotated = await fetch(`${emulator.url}/emulator/keys/rotate`, { method: 'POST', headers: { authorization: AUTH }, body: '{}' })
    const { kid } = (await rotated.json()) as { kid: string }
    const after = (await (await fetch(jwksUrl)).json()) as { keys: { kid: string; d?: string }[] }
    expect(after.keys.map((k) => k.kid)).toEqual([...before.keys.map((k) => k.kid), kid])
    expect(after.keys.every((k) => k.d === undefined)).toBe(true)
  })
})

describe('emulator server internals', () => {
  function serve(routes: Route[], dataPath?: string): Promise<{ em: Emulator; url: string; close(): Promise<void> }> {
    const em: Emulator = { state: emptyState(DEFAULT_POLICY), projectId: 'project-test-x', secret: 'secret-x', now: Date.now, log: () => {} }
    const { server } = createEmulatorServer({ em, routes, publicPaths: ['/t/{id}'], dataPath })
    return new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () =>
        resolve({ em, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) }),
      ),
    )
  }

  it('rolls back the state changes of a request that fails, and keeps those of one that succeeds', async () => {
    const routes: Route[] = [
      {
        method: 'POST',
        path: '/t/{id}',
        handler: ({ em, params }) => {
          em.state.outbox.push({ message_id: params['id']!, channel: 'email', to: 'a@example.com', template: 'login', sent_at: '' })
          if (params['id'] === 'bad') fail(400, 'nope', 'refused after a change')
          return { n: em.state.outbox.length }
        },
      },
    ]
    const s = await serve(routes)
    try {
      expect((await fetch(`${s.url}/t/ok`, { method: 'POST' })).status).toBe(200)
      expect((await fetch(`${s.url}/t/bad`, { method: 'POST' })).status).toBe(400)
      expect(s.em.state.outbox.map((m) => m.message_id)).toEqual(['ok'])
    } finally {
      await s.close()
    }
  })

  it('decodes path params once and hides internal errors behind a 500', async () => {
    const seen: string[] = []
    const s = await serve([
      { method: 'GET', path: '/t/{id}', handler: ({ params }) => (seen.push(params['id']!), {}) },
      { method: 'POST', path: '/t/{id}', handler: () => { throw new Error('boom with internals') } },
    ])
    try {
      await fetch(`${s.url}/t/a%2Fb%20c`)
      expect(seen).toEqual(['a/b c'])
      const res = await fetch(`${s.url}/t/x`, { method: 'POST' })
      const text = await res.text()
      expect(res.status).toBe(500)
      expect(text).not.toContain('boom')
    } finally {
      await s.close()
    }
  })

  it('journals a change before acknowledging it: what a restart loads holds it, no temp file is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'))
    const path = join(dir, 'state.json')
    const s = await serve([{ method: 'POST', path: '/t/{id}', handler: ({ em, params }) => (em.state.outbox.push({ message_id: params['id']!, channel: 'sms', to: '+1', template: 'otp', sent_at: '' }), {}) }], path)
    try {
      for (const id of ['m1', 'm2', 'm3']) {
        expect((await fetch(`${s.url}/t/${id}`, { method: 'POST' })).status).toBe(200)
        expect(loadState(path)?.outbox.at(-1)?.message_id).toBe(id)
      }
      expect(readdirSync(dir).sort()).toEqual(['state.json', 'state.json.journal'])
    } finally {
      await s.close()
      rmSync(dir, { recursive: true, force: true })
    }
    expect(existsSync(path)).toBe(false)
  })
})

/** POSTs `chunks` one by one with node:http (waiting for drain), and resolves with the whole answer. */
function streamPost(url: string, chunks: readonly Buffer[], headers: OutgoingHttpHeaders): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { authorization: AUTH, ...headers }, agent: false }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      res.on('error', reject)
    })
    req.on('error', reject)
    void (async () => {
      // Keeps sending after an early answer, as a client that does not watch for one would.
      for (const chunk of chunks) {
        if (req.destroyed) return
        if (!req.write(chunk)) await new Promise((r) => req.once('drain', r))
      }
      req.end()
    })()
  })
}

/** `{"a":{"a":…1…}}` nested `depth` deep. */
const nestedObjects = (depth: number): string => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1)

describe('emulator request limits', () => {
  let emulator: RunningEmulator
  const lines: string[] = []
  beforeAll(async () => {
    emulator = await startEmulator({ log: (line) => lines.push(line) })
  })
  afterAll(() => emulator.close())

  const tooLarge = {
    status_code: 413,
    request_id: expect.stringMatching(/^request-id-test-/),
    error_type: 'request_too_large',
    error_message: expect.stringContaining('1 MiB'),
    error_url: expect.stringContaining('https://stytch.com/docs/'),
  }

  it('answers a body over 1 MiB with the whole Stytch-shaped 413, not a connection reset (fetch)', async () => {
    const res = await fetch(`${emulator.url}/v1/b2b/organizations`, {
      method: 'POST',
      headers: { authorization: AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ organization_name: 'x'.repeat(2 << 20) }),
    })
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual(tooLarge)
  })

  it.each([
    ['with a content-length', { 'content-length': 5 << 20 }],
    ['chunked, without a content-length', {}],
  ])('answers 413 to a client that keeps sending 5 MiB %s, then serves the next request (node:http)', async (_, headers) => {
    const chunks = Array.from({ length: 80 }, () => Buffer.alloc(64 << 10, 0x78))
    const { status, text } = await streamPost(`${emulator.url}/v1/b2b/organizations`, chunks, headers)
    expect(status).toBe(413)
    expect(JSON.parse(text)).toEqual(tooLarge)
    const next = await fetch(`${emulator.url}/v1/b2b/rbac/policy`, { headers: { authorization: AUTH } })
    expect(next.status).toBe(200)
  })

  it('accepts a body of exactly 1 MiB', async () => {
    const padding = (1 << 20) - JSON.stringify({ organization_name: '' }).length
    const body = JSON.stringify({ organization_name: 'y'.repeat(padding) })
    expect(Buffer.byteLength(body)).toBe(1 << 20)
    const res = await fetch(`${emulator.url}/v1/b2b/organizations`, { method: 'POST', headers: { authorization: AUTH }, body })
    expect(res.status).toBe(200)
  })

  it.each([
    ['objects', `{"organization_name":"Deep","trusted_metadata":${nestedObjects(10_000)}}`],
    ['arrays', `{"organization_name":"Deep","trusted_metadata":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`],
    ['arrays at the top', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
  ])('refuses %s nested 10,000 deep with a 400, not a 500 from a stack overflow', async (_, body) => {
    const before = Object.keys(emulator.snapshot().organizations).length
    lines.length = 0
    const res = await fetch(`${emulator.url}/v1/b2b/organizations`, { method: 'POST', headers: { authorization: AUTH }, body })
    const json = (await res.json()) as Record<string, unknown>
    expect(res.status).toBe(400)
    expect(json).toMatchObject({ status_code: 400, error_type: 'invalid_json', error_url: expect.stringContaining('https://stytch.com/docs/') })
    expect(lines.filter((l) => l.includes('internal error'))).toEqual([])
    expect(Object.keys(emulator.snapshot().organizations)).toHaveLength(before)
  })

  it('accepts JSON nested 64 deep and refuses 65; brackets inside strings do not count', async () => {
    const post = (body: string): Promise<Response> => fetch(`${emulator.url}/v1/b2b/organizations`, { method: 'POST', headers: { authorization: AUTH }, body })
    // The body object is level 1, so its trusted_metadata may nest 63 levels.
    const ok = await post(`{"organization_name":"Depth 64","trusted_metadata":${nestedObjects(63)}}`)
    expect(ok.status).toBe(200)
    const { organization } = (await ok.json()) as { organization: { trusted_metadata: unknown } }
    expect(JSON.stringify(organization.trusted_metadata)).toBe(nestedObjects(63))
    const deep = await post(`{"organization_name":"Depth 65","trusted_metadata":${nestedObjects(64)}}`)
    expect([deep.status, ((await deep.json()) as { error_message: string }).error_message]).toEqual([400, expect.stringContaining('64')])
    const name = `"[{${'['.repeat(200)}\\`
    const quoted = await post(JSON.stringify({ organization_name: name, trusted_metadata: { note: '}]'.repeat(200) } }))
    expect(quoted.status).toBe(200)
    expect(((await quoted.json()) as { organization: { organization_name: string } }).organization.organization_name).toBe(name)
  })

  it('measures nesting as the parsed value has it, whatever the strings hold (nestsDeeper)', () => {
    const depth = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0)
    const text = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a') })
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(text, tie('node'), { maxKeys: 3 })),
    })).node
    fc.assert(
      fc.property(value, fc.nat(8), (v, max) => {
        expect(nestsDeeper(JSON.stringify(v), max)).toBe(depth(v) > max)
      }),
      { numRuns: 2000 },
    )
  })
})
