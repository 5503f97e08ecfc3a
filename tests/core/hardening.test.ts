import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  authenticatePassword,
  createContext,
  createMember,
  getOrganization,
  StytchApiError,
  StytchConfigError,
  StytchNetworkError,
  StytchParamsError,
  StytchResponseTooLargeError,
  updateMember,
  updateOrganization,
  authenticateSessionJwt,
  authenticateSessionJwtLocal,
  isAuthorized,
  StytchError,
  type StytchConfig,
} from '../../src/index.js'
import { createTestContext, createTestJwks, mintSessionJwt } from '../../src/testing/index.js'
import { responses } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let server: RecordingServer
let other: RecordingServer
const SECRET = 'secret-test-Zx9YwV8uT7sR6qP5oN4m'
const make = (extra: Partial<StytchConfig> = {}) =>
  createContext({ projectId: 'project-test-1', secret: SECRET, baseUrl: server.url, retry: { backoffLimitMs: 20 }, ...extra })

beforeAll(async () => {
  server = await startServer()
  other = await startServer()
})
afterAll(async () => {
  await server.close()
  await other.close()
})
beforeEach(() => {
  server.requests.length = 0
  other.requests.length = 0
})

const fail = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )

const member = { organization_id: 'org-1', member_id: 'member-1' }
const session = { session_token: 'member-session-token-abcdef', session_jwt: 'member.session.jwt' }

describe('redirects are never followed', () => {
  it.each([301, 302, 303, 307, 308])('a %i hands nothing to the other origin and is a typed error naming the status', async (status) => {
    server.reply({ status, headers: { location: `${other.url}/steal` }, body: {} })
    const error = (await fail(
      updateMember(make(), { ...member, name: 'x' }, { authorization: session }),
    )) as StytchApiError
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error).toMatchObject({ status, code: 'unexpected_redirect' })
    expect(error.message).toContain(String(status))
    expect(server.requests).toHaveLength(1)
    expect(other.requests).toHaveLength(0)
  })

  it('does not re-POST a password to the Location of a 307', async () => {
    server.reply({ status: 307, headers: { location: `${other.url}/steal` }, body: {} })
    const params = { organization_id: 'org-1', email_address: 'ada@acme.example', password: 'correct horse battery staple' }
    await expect(authenticatePassword(make(), params)).rejects.toMatchObject({ code: 'unexpected_redirect', status: 307 })
    expect(other.requests).toHaveLength(0)
  })

  it('is not retried, even on GET', async () => {
    server.reply({ status: 302, headers: { location: `${other.url}/x` }, body: {} })
    await expect(getOrganization(make({ retry: { limit: 2 } }), { organization_id: 'o' })).rejects.toMatchObject({
      code: 'unexpected_redirect',
    })
    expect(server.requests).toHaveLength(1)
    expect(other.requests).toHaveLength(0)
  })

  it('sends the policy fetch nowhere else either (the cache reports the redirect)', async () => {
    const { getProjectPolicy } = await import('../../src/rbac/index.js')
    server.reply({ status: 307, headers: { location: `${other.url}/policy` }, body: {} })
    const error = (await fail(getProjectPolicy(make()))) as StytchError
    expect(error.code).toBe('policy_unavailable')
    expect(error.cause).toMatchObject({ status: 307 })
    expect(other.requests).toHaveLength(0)
  })

  it("refuses an answer that a custom fetch got by following a redirect", async () => {
    other.reply({ status: 200, body: responses.getOrganization })
    server.reply({ status: 302, headers: { location: `${other.url}/x` }, body: {} })
    const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'follow' })
    await expect(getOrganization(make({ fetch: following }), { organization_id: 'o' })).rejects.toMatchObject({ code: 'unexpected_redirect' })
  })
})

describe('options.authorization is validated strictly', () => {
  it.each([
    ['a camelCase key', { sessionToken: 'VALUE-123' }, 'options.authorization.sessionToken'],
    ['a foreign key', { jwt: 'VALUE-123' }, 'options.authorization.jwt'],
    ['an array value', { session_token: ['VALUE-123'] }, 'options.authorization.session_token'],
    ['an empty string', { session_jwt: '' }, 'options.authorization.session_jwt'],
    ['a value with a newline', { session_token: 'VALUE-123\r\nX-Injected: 1' }, 'options.authorization.session_token'],
    ['no key at all', {}, 'options.authorization'],
    ['only undefined values', { session_token: undefined }, 'options.authorization'],
    ['a string', 'VALUE-123', 'options.authorization'],
  ])('refuses %s before sending', async (_, authorization, path) => {
    const error = (await fail(updateOrganization(make(), { organization_id: 'o' }, { authorization } as never))) as StytchParamsError
    expect(error).toBeInstanceOf(StytchParamsError)
    expect(error.issues[0]?.path).toBe(path)
    expect(error.message).not.toContain('VALUE-123')
    expect(server.requests).toHaveLength(0)
  })

  it('suggests the key a misspelt one resembles', async () => {
    const error = (await fail(updateOrganization(make(), { organization_id: 'o' }, { authorization: { Session_Token: 'x' } } as never))) as StytchParamsError
    expect(error.issues[0]?.message).toContain('did you mean session_token?')
  })

  it('refuses an unknown call option, such as a misspelt timeout', async () => {
    const error = (await fail(getOrganization(make(), { organization_id: 'o' }, { timeOutMs: 5 } as never))) as StytchParamsError
    expect(error.issues[0]).toEqual({ path: 'options.timeOutMs', message: 'is not a known field (did you mean timeoutMs?)' })
    expect(server.requests).toHaveLength(0)
  })
})

/** Runs `body` with `Object.prototype[key]` set, and always removes it. */
async function polluted<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false })
  try {
    return await body()
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key]
  }
}

describe('inherited properties never become params, options or settings', () => {
  it('does not send roles inherited from Object.prototype', async () => {
    server.reply({ status: 200, body: responses.createMember })
    await polluted('roles', ['stytch_admin'], () => createMember(make(), { organization_id: 'org-1', email_address: 'ada@acme.example' }))
    expect(server.requests[0]!.rawBody).not.toContain('roles')
    expect(server.requests[0]!.body).toEqual({ organization_id: 'org-1', email_address: 'ada@acme.example' })
  })

  it('keeps working, and sends nothing inherited, when the pollution is enumerable (plain assignment)', async () => {
    server.reply({ status: 200, body: responses.createMember })
    const proto = Object.prototype as Record<string, unknown>
    proto['roles'] = ['stytch_admin']
    proto['session_duration_minutes'] = 525_600
    try {
      await createMember(make(), { organization_id: 'org-1', email_address: 'ada@acme.example' })
      server.reply({ status: 200, body: responses.getOrganization })
      await getOrganization(make(), { organization_id: 'org-1' })
    } finally {
      delete proto['roles']
      delete proto['session_duration_minutes']
    }
    expect(server.requests).toHaveLength(2)
    expect(server.requests[0]!.body).toEqual({ organization_id: 'org-1', email_address: 'ada@acme.example' })
    expect(server.requests[1]!.rawPath).toBe('/v1/b2b/organizations/org-1')
  })

  it('does not fill a path param from Object.prototype', async () => {
    const error = await polluted('organization_id', 'polluted-org', () => fail(getOrganization(make(), {} as never)))
    expect(error).toBeInstanceOf(StytchParamsError)
    expect((error as StytchParamsError).issues[0]).toEqual({ path: 'organization_id', message: 'is required' })
    expect(server.requests).toHaveLength(0)
  })

  it('does not send an inherited session_duration_minutes, nor one inside nested objects', async () => {
    server.reply({ status: 200, body: responses.authenticateMagicLink })
    const params = { organization_id: 'org-1', email_address: 'ada@acme.example', password: 'pw-0123456789' }
    await polluted('session_duration_minutes', 60 * 24 * 365, () => authenticatePassword(make(), params).catch(() => undefined))
    expect(server.requests[0]!.rawBody).not.toContain('session_duration_minutes')
  })

  it('does not read call options or settings from Object.prototype', async () => {
    server.reply({ status: 200, body: responses.getOrganization })
    await polluted('authorization', { session_token: 'polluted' }, () => getOrganization(make(), { organization_id: 'o' }, {}))
    expect(server.requests[0]!.headers['x-stytch-member-session']).toBeUndefined()
    const ctx = await polluted('baseUrl', 'https://polluted.example', async () => createContext({ projectId: 'project-test-1', secret: SECRET }))
    expect(ctx.baseUrl).toBe('https://test.stytch.com')
  })

  it('does not authorize by roles or ids inherited from Object.prototype', async () => {
    const policy = { roles: [{ role_id: 'stytch_admin', permissions: [{ resource_id: 'documents', actions: ['*'] }] }] }
    const check = { organization_id: 'org-1', resource_id: 'documents', action: 'delete' }
    const refused = (run: () => unknown): unknown => {
      try {
        return run()
      } catch (error) {
        return error
      }
    }
    const noRoles = await polluted('roles', ['stytch_admin'], async () => refused(() => isAuthorized(policy, { organization_id: 'org-1' } as never, check)))
    expect(noRoles).toBeInstanceOf(StytchError)
    expect((noRoles as StytchError).code).toBe('invalid_params')
    const noOrg = await polluted('organization_id', 'org-1', async () =>
      refused(() => isAuthorized(policy, { roles: ['stytch_admin'] } as never, { resource_id: 'documents', action: 'delete' } as never)),
    )
    expect((noOrg as StytchError).code).toBe('invalid_params')
    expect(isAuthorized(policy, { organization_id: 'org-1', roles: ['stytch_admin'] }, check)).toBe(true)
  })

  it('does not take JWT options or params from Object.prototype', async () => {
    const { jwks, signer } = await createTestJwks()
    const ctx = createTestContext({ jwks })
    const iat = Math.floor(Date.now() / 1000) - 4000
    const expired = await mintSessionJwt(signer, { member_id: 'member-test-1', organization_id: 'org-1', iat, exp: iat + 300 })
    // An inherited tolerance of a day would let an expired token through.
    const local = await polluted('clockToleranceSeconds', 86_400, () => authenticateSessionJwtLocal(ctx, expired).catch((e: unknown) => e))
    expect((local as StytchError).code).toBe('jwt_expired')
    const fresh = await mintSessionJwt(signer, { member_id: 'member-test-1', organization_id: 'org-1' })
    // An inherited max age would turn the remote check into a local one.
    const remote = await polluted('max_token_age_seconds', 300, () => authenticateSessionJwt(ctx, { session_jwt: fresh }).catch((e: unknown) => e))
    expect((remote as StytchError).code).toBe('network_error')
  })

  it('hands the request to no hook inherited from Object.prototype', async () => {
    server.reply({ status: 200, body: responses.getOrganization })
    const seen: string[] = []
    const spy = (request: Request): void => void seen.push(request.headers.get('authorization') ?? '')
    await polluted('beforeRequest', spy, () => getOrganization(make(), { organization_id: 'o' }))
    expect(seen).toEqual([])
    expect(server.requests).toHaveLength(1)
  })

  it('verifies with no key set inherited from Object.prototype through an empty jwksCache', async () => {
    const { jwks, signer } = await createTestJwks()
    const forged = await mintSessionJwt(signer, { member_id: 'member-test-1', organization_id: 'org-1' })
    const proto = Object.prototype as Record<string, unknown>
    let outcome: unknown
    proto['jwks'] = jwks
    proto['uat'] = Date.now()
    try {
      const ctx = createContext({ projectId: 'project-test-00000000-0000-4000-8000-000000000000', secret: SECRET, baseUrl: server.url, jwksCache: {} })
      server.reply({ status: 200, body: { keys: [] } })
      outcome = await authenticateSessionJwtLocal(ctx, forged).catch((e: unknown) => e)
    } finally {
      delete proto['jwks']
      delete proto['uat']
    }
    expect((outcome as StytchError).code).toBe('jwks_no_matching_key')
  })

  it('keeps record keys named constructor, prototype and __proto__', async () => {
    server.reply({ status: 200, body: responses.createMember })
    const trusted_metadata = JSON.parse('{"constructor":"c","prototype":{"p":1},"__proto__":{"admin":true},"plain":2}') as Record<string, unknown>
    await createMember(make(), { organization_id: 'org-1', email_address: 'ada@acme.example', trusted_metadata })
    const sent = JSON.parse(server.requests[0]!.rawBody) as { trusted_metadata: Record<string, unknown> }
    expect(Object.keys(sent.trusted_metadata)).toEqual(['constructor', 'prototype', '__proto__', 'plain'])
    expect(JSON.stringify(sent.trusted_metadata)).toBe(JSON.stringify(trusted_metadata))
  })

  it('sends any JSON metadata exactly as given (property)', async () => {
    server.reply({ status: 200, body: responses.createMember })
    const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'))
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 8 }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        tie('object'),
      ),
      object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    }))
    await fc.assert(
      fc.asyncProperty(json.object, async (metadata) => {
        server.requests.length = 0
        // A JSON round trip makes every key, __proto__ included, an own data property, as a user's parsed JSON has.
        const trusted_metadata = JSON.parse(JSON.stringify(metadata)) as Record<string, unknown>
        await createMember(make(), { organization_id: 'org-1', email_address: 'ada@acme.example', trusted_metadata })
        const sent = JSON.parse(server.requests[0]!.rawBody) as { trusted_metadata: unknown }
        expect(JSON.stringify(sent.trusted_metadata)).toBe(JSON.stringify(trusted_metadata))
      }),
      { numRuns: 60 },
    )
  })

  it.each([
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a function', () => 1],
    ['a bigint', 1n],
  ])('refuses %s inside params, naming the field', async (_, value) => {
    const error = (await fail(
      createMember(make(), { organization_id: 'org-1', email_address: 'a@b.c', trusted_metadata: { when: value } }),
    )) as StytchParamsError
    expect(error).toBeInstanceOf(StytchParamsError)
    expect(error.issues[0]?.path).toBe('trusted_metadata.when')
    expect(server.requests).toHaveLength(0)
  })

  it('refuses params nested deeper than the bound, without overflowing the stack', async () => {
    let deep: Record<string, unknown> = {}
    const root = deep
    for (let i = 0; i < 10_000; i++) deep = deep['a'] = {}
    const error = await fail(createMember(make(), { organization_id: 'org-1', email_address: 'a@b.c', trusted_metadata: root }))
    expect(error).toBeInstanceOf(StytchParamsError)
    expect((error as StytchParamsError).message).toContain('nested deeper')
    expect(server.requests).toHaveLength(0)
  })

  it('sends params 64 levels deep, the params object being level 1 (the emulator takes as much), and refuses 65', async () => {
    server.reply({ status: 200, body: responses.createMember })
    const nest = (levels: number): Record<string, unknown> => (levels === 1 ? {} : { a: nest(levels - 1) })
    await createMember(make(), { organization_id: 'org-1', email_address: 'a@b.c', trusted_metadata: nest(63) })
    expect(server.requests).toHaveLength(1)
    await expect(createMember(make(), { organization_id: 'org-1', email_address: 'a@b.c', trusted_metadata: nest(64) })).rejects.toBeInstanceOf(StytchParamsError)
    expect(server.requests).toHaveLength(1)
  })
})

/** A raw server for answers the recording server cannot give: broken or endless bodies. */
async function rawServer(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0
  const srv: Server = createServer((req, res) => {
    hits++
    handler!(req, res)
  })
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => (srv.closeAllConnections(), srv.close(() => resolve()))),
  }
}

describe('retries and response bodies', () => {
  it('calls beforeRetry when retrying after a network error', async () => {
    server.reply({ destroy: true }, { status: 200, body: responses.getOrganization })
    const retries: number[] = []
    const ctx = make({ hooks: { beforeRetry: (_request, count) => void retries.push(count) } })
    await getOrganization(ctx, { organization_id: 'o' })
    expect(server.requests).toHaveLength(2)
    expect(retries).toEqual([1])
  })

  it('does not retry a 200 whose body breaks off, and says the response could not be read', async () => {
    const broken = await rawServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      res.write('{"request_id":"')
      setTimeout(() => res.socket?.destroy(), 20)
    })
    try {
      const error = (await fail(getOrganization(make({ baseUrl: broken.url }), { organization_id: 'o' }))) as StytchNetworkError
      expect(error).toBeInstanceOf(StytchNetworkError)
      expect(error.message).toContain('read')
      expect(error.message).not.toMatch(/^Network request/)
      expect(broken.hits()).toBe(1)
    } finally {
      await broken.close()
    }
  })

  it('stops reading a body past maxResponseBytes, with a typed error and no second download', async () => {
    let written = 0
    const endless = await rawServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const pump = (): void => {
        // Bounded: 64 MiB at most, far past the client's limit.
        while (written < 64 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        res.end()
      }
      res.socket?.on('close', () => (written = Number.POSITIVE_INFINITY))
      pump()
    })
    try {
      const error = (await fail(getOrganization(make({ baseUrl: endless.url, maxResponseBytes: 256 * 1024 }), { organization_id: 'o' }))) as StytchResponseTooLargeError
      expect(error).toBeInstanceOf(StytchResponseTooLargeError)
      expect(error).toMatchObject({ code: 'response_too_large', limitBytes: 256 * 1024 })
      expect(endless.hits()).toBe(1)
    } finally {
      await endless.close()
    }
  })

  it('fails at once on a declared Content-Length over the bound', async () => {
    server.reply({ status: 200, raw: 'x'.repeat(5000), headers: { 'content-type': 'application/json' } })
    await expect(getOrganization(make({ maxResponseBytes: 4096 }), { organization_id: 'o' })).rejects.toBeInstanceOf(StytchResponseTooLargeError)
    expect(server.requests).toHaveLength(1)
  })

  it('reads a body of exactly maxResponseBytes', async () => {
    const body = JSON.stringify(responses.getOrganization)
    server.reply({ status: 200, raw: body, headers: { 'content-type': 'application/json' } })
    const result = await getOrganization(make({ maxResponseBytes: Buffer.byteLength(body) }), { organization_id: 'o' })
    expect(result.organization).toEqual(responses.getOrganization.organization)
  })

  it('bounds an error body too', async () => {
    server.reply({ status: 400, raw: 'x'.repeat(5000), headers: { 'content-type': 'application/json' } })
    await expect(getOrganization(make({ maxResponseBytes: 4096, retry: 0 }), { organization_id: 'o' })).rejects.toMatchObject({ code: 'http_error', status: 400 })
  })
})

describe('createContext refuses settings that would fail later or leak', () => {
  const valid = { projectId: 'project-test-123', secret: 'secret-test-XYZ-0123456789' }
  const configError = (config: unknown): StytchConfigError => {
    try {
      createContext(config as StytchConfig)
    } catch (error) {
      expect(error).toBeInstanceOf(StytchConfigError)
      return error as StytchConfigError
    }
    throw new Error('expected a StytchConfigError')
  }

  it.each([
    [{ ...valid, timeOutMs: 5 }, 'timeOutMs', 'did you mean timeoutMs?'],
    [{ ...valid, baseURL: 'https://x.example' }, 'baseURL', 'did you mean baseUrl?'],
    [{ ...valid, hooks: { beforeReqest: () => {} } }, 'hooks.beforeReqest', 'is not a known field'],
  ])('refuses an unknown key (%#)', (config, field, hint) => {
    const error = configError(config)
    expect(error.field).toBe(field)
    expect(error.message).toContain(hint)
  })

  // Cache settings are checked when a cache first reads them: still a typed error before any request.
  it.each([
    [{ policyCache: { maxAge: 1 } }, 'policyCache.maxAge', 'is not a known field'],
    [{ jwksRefresh: { cooldownMS: 1 } }, 'jwksRefresh.cooldownMS', 'did you mean cooldownMs?'],
    [{ policyCache: { maxAgeMs: -1 } }, 'policyCache.maxAgeMs', 'must be a whole number of ms'],
    [{ jwksRefresh: 5 }, 'jwksRefresh', 'must be an object'],
    [{ policy: { role: [] } }, 'policy', 'must be an object with a roles array'],
    [{ jwks: { key: [] } }, 'jwks', 'must be a JSON Web Key Set'],
  ])('refuses a bad cache setting on first use, before any request (%#)', async (more, field, hint) => {
    const { getProjectPolicy } = await import('../../src/rbac/index.js')
    const { authenticateSessionJwtLocal } = await import('../../src/jwt/index.js')
    // Nothing listens on port 9: a request made by mistake fails as a network error, not a config error.
    const ctx = createContext({ ...valid, baseUrl: 'http://127.0.0.1:9', retry: 0, ...more } as StytchConfig)
    for (const attempt of [() => getProjectPolicy(ctx), () => authenticateSessionJwtLocal(ctx, 'a.b.c')]) {
      const error = await attempt().then(() => undefined, (e: unknown) => e)
      expect(error).toBeInstanceOf(StytchConfigError)
      expect((error as StytchConfigError).field).toBe(field)
      expect((error as StytchConfigError).message).toContain(hint)
    }
  })

  // The retry setting is checked by the first call that may retry (GET, PUT, DELETE): POST bundles carry no retry code.
  it.each([
    [{ retry: { limt: 1 } }, 'retry.limt', 'is not a known field'],
    [{ retry: { limit: 1, methods: ['GET', 'post'] } }, 'retry.methods', 'may hold only GET, PUT and DELETE'],
    [{ retry: 11 }, 'retry.limit', 'must be an integer from 0 to 10'],
    [{ retry: { methods: ['POST'] } }, 'retry.methods', 'may hold only GET, PUT and DELETE'],
    [{ retry: { statusCodes: [200] } }, 'retry.statusCodes', 'must be an array of HTTP error statuses'],
    [{ retry: { maxRetryAfterMs: -1 } }, 'retry.maxRetryAfterMs', 'must be a whole number of ms'],
    [{ retry: 'yes' }, 'retry', 'must be a number, false or an object'],
  ])('refuses a bad retry setting on the first call that may retry, before it sends (%#)', async (more, field, hint) => {
    const { getOrganization, deleteMember, authenticateMagicLink } = await import('../../src/index.js')
    // Nothing listens on port 9: a request made by mistake fails as a network error, not a config error.
    const ctx = createContext({ ...valid, baseUrl: 'http://127.0.0.1:9', ...more } as StytchConfig)
    for (const attempt of [() => getOrganization(ctx, { organization_id: 'o' }), () => deleteMember(ctx, { organization_id: 'o', member_id: 'm' })]) {
      const error = await attempt().then(() => undefined, (e: unknown) => e)
      expect(error).toBeInstanceOf(StytchConfigError)
      expect((error as StytchConfigError).field).toBe(field)
      expect((error as StytchConfigError).message).toContain(hint)
    }
    // A POST is never retried, so it does not read the setting: it fails on the network instead.
    await expect(authenticateMagicLink(ctx, { magic_links_token: 't' })).rejects.toMatchObject({ code: 'network_error' })
  })

  it.each([
    ['a trailing newline', `${valid.secret}\n`],
    ['a trailing space', `${valid.secret} `],
    ['a leading tab', `\t${valid.secret}`],
  ])('refuses a secret with %s, without quoting it', (_, secret) => {
    const error = configError({ ...valid, secret })
    expect(error.field).toBe('secret')
    expect(error.message).not.toContain(valid.secret)
  })

  it.each([
    ['a live project with a test secret', { projectId: 'project-live-123', secret: 'secret-test-XYZ-0123456789' }, 'secret'],
    ['a test project with a live secret', { projectId: 'project-test-123', secret: 'secret-live-XYZ-0123456789' }, 'secret'],
    ['the two swapped', { projectId: 'secret-test-XYZ-0123456789', secret: 'project-test-123' }, 'projectId'],
  ])('refuses %s', (_, config, field) => {
    const error = configError(config)
    expect(error.field).toBe(field)
    expect(error.message).not.toContain('XYZ-0123456789')
  })

  it('accepts matching live and test pairs', () => {
    expect(createContext({ projectId: 'project-live-1', secret: 'secret-live-abc' }).baseUrl).toBe('https://api.stytch.com')
    expect(createContext({ projectId: 'project-test-1', secret: 'secret-test-abc' }).baseUrl).toBe('https://test.stytch.com')
  })
})
