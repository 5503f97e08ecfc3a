import { runInNewContext } from 'node:vm'
import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createContext,
  createMember,
  deleteMember,
  getMember,
  getOrganization,
  StytchParamsError,
  updateMember,
  type JsonValue,
  unknownFields,
} from '../../src/index.js'
import { CreateMemberParamsSchema, GetMemberParamsSchema } from '../../src/schemas/index.js'
import { authenticateSessionJwt } from '../../src/jwt/index.js'
import { responses } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let server: RecordingServer
const make = () => createContext({ projectId: 'project-test-1', secret: 'secret-test-1', baseUrl: server.url, retry: 0 })

beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
})

const org = { organization_id: 'org-1' }
const newMember = { ...org, email_address: 'ada@acme.example' }
const memberDeleted = { request_id: 'request-id-test-1', member_id: 'member-1', status_code: 200 }

/** The params error a call rejects with; fails the test when it resolves or throws anything else. */
async function refusal(promise: Promise<unknown>): Promise<StytchParamsError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StytchParamsError)
  return error as StytchParamsError
}

describe('options.unknownFields reaches the wire', () => {
  it('joins the JSON body of a POST, after the params', async () => {
    server.reply({ status: 200, body: responses.createMember })
    const extra = { crm_account: 'ext-1', preferences: { theme: 'dark', tags: ['a', null, 3] }, seats: 0 }
    await createMember(make(), newMember, { unknownFields: unknownFields(extra) })
    const req = server.requests[0]!
    expect(req.rawPath).toBe('/v1/b2b/organizations/org-1/members')
    expect(req.rawBody).toBe(JSON.stringify({ ...newMember, ...extra }))
    expect(req.query.size).toBe(0)
  })

  it('joins the JSON body of a PUT', async () => {
    server.reply({ status: 200, body: responses.createMember })
    await updateMember(make(), { ...org, member_id: 'member-1' }, { unknownFields: unknownFields({ locale: 'fr' }) })
    expect(server.requests[0]!.body).toEqual({ ...org, member_id: 'member-1', locale: 'fr' })
  })

  it('joins the sorted query of a GET, beside the params, and leaves the path alone', async () => {
    server.reply({ status: 200, body: responses.createMember })
    await getMember(make(), { ...org, email_address: 'ada@acme.example' }, { unknownFields: unknownFields({ include_deleted: true, limit: 5, a_tag: 'x y' }) })
    const req = server.requests[0]!
    expect(req.rawPath).toBe('/v1/b2b/organizations/org-1/member')
    expect(req.rawBody).toBe('')
    expect(Object.fromEntries(req.query)).toEqual({ a_tag: 'x y', email_address: 'ada@acme.example', include_deleted: 'true', limit: '5' })
    expect([...req.query.keys()]).toEqual(['a_tag', 'email_address', 'include_deleted', 'limit'])
  })

  it('joins the query of a DELETE', async () => {
    server.reply({ status: 200, body: memberDeleted })
    await deleteMember(make(), { ...org, member_id: 'member-1' }, { unknownFields: unknownFields({ hard: false }) })
    expect(server.requests[0]!.rawPath).toBe('/v1/b2b/organizations/org-1/members/member-1')
    expect(Object.fromEntries(server.requests[0]!.query)).toEqual({ hard: 'false' })
  })

  it('keeps names such as constructor and __proto__ as own fields of the body', async () => {
    server.reply({ status: 200, body: responses.createMember })
    const extra = JSON.parse('{"constructor":1,"__proto__":{"admin":true}}') as Record<string, JsonValue>
    await createMember(make(), newMember, { unknownFields: unknownFields(extra) })
    expect(server.requests[0]!.rawBody).toBe(`${JSON.stringify(newMember).slice(0, -1)},"constructor":1,"__proto__":{"admin":true}}`)
  })

  it('is copied when made, and checked again by each endpoint it is passed to', async () => {
    server.reply({ status: 200, body: responses.createMember })
    const source: Record<string, JsonValue> = { name: 'Ada' }
    const fields = unknownFields(source)
    source['name'] = 'Eve'
    source['seats'] = 3
    await getMember(make(), { ...org, member_id: 'member-1' }, { unknownFields: fields })
    expect(Object.fromEntries(server.requests[0]!.query)).toEqual({ member_id: 'member-1', name: 'Ada' })
    // `name` is one of createMember's params: refused there, before sending.
    const error = await refusal(createMember(make(), newMember, { unknownFields: fields }))
    expect(error.issues).toEqual([{ path: 'options.unknownFields.name', message: 'is a known field: pass it in params' }])
    expect(server.requests).toHaveLength(1)
  })

  it('leaves the request byte for byte as it was when absent', async () => {
    server.reply({ status: 200, body: responses.createMember })
    await createMember(make(), newMember)
    await createMember(make(), newMember, {})
    await createMember(make(), newMember, { unknownFields: undefined })
    await getMember(make(), { ...org, member_id: 'member-1' }, { unknownFields: undefined })
    const [a, b, c, get] = server.requests
    for (const req of [a, b, c]) {
      expect(req!.rawBody).toBe('{"organization_id":"org-1","email_address":"ada@acme.example"}')
      expect(req!.rawPath).toBe('/v1/b2b/organizations/org-1/members')
      expect(req!.query.size).toBe(0)
    }
    expect(get!.rawBody).toBe('')
    expect(get!.rawPath).toBe('/v1/b2b/organizations/org-1/member')
    expect(get!.query.toString()).toBe('member_id=member-1')
  })

  it('is never read from Object.prototype', async () => {
    server.reply({ status: 200, body: responses.createMember })
    Object.defineProperty(Object.prototype, 'unknownFields', { value: { injected: true }, configurable: true, writable: true })
    try {
      await createMember(make(), newMember, {})
    } finally {
      delete (Object.prototype as Record<string, unknown>)['unknownFields']
    }
    expect(server.requests[0]!.rawBody).toBe(JSON.stringify(newMember))
  })
})

describe('options.unknownFields refuses, before sending', () => {
  // Each call is typed loosely (`never`) where the types already refuse the value: this is what
  // untyped callers, or casts, would reach at runtime.
  // Async: what the helper refuses is thrown when it runs, before the call.
  const post = async (extra: unknown) => createMember(make(), newMember, { unknownFields: unknownFields(extra as never) })
  const get = async (extra: unknown) => getMember(make(), org, { unknownFields: unknownFields(extra as never) })
  const del = async (extra: unknown) => deleteMember(make(), { ...org, member_id: 'm' }, { unknownFields: unknownFields(extra as never) })
  const at = 'options.unknownFields'
  const inQuery = 'must be a string, number or boolean in a query'
  const cases: Array<[string, () => Promise<unknown>, string, string]> = [
    ['a field the schema knows', () => post({ name: 'Ada' }), `${at}.name`, 'is a known field: pass it in params'],
    ['a path param', () => post({ organization_id: 'org-2' }), `${at}.organization_id`, 'is a path param: pass it in params'],
    ['a path param on a GET', () => get({ organization_id: 'org-2' }), `${at}.organization_id`, 'is a path param: pass it in params'],
    ['a Date', () => post({ since: new Date() }), `${at}.since`, 'expected a plain object or array'],
    ['a Date nested in an object', () => post({ a: { b: [new Date()] } }), `${at}.a.b.0`, 'expected a plain object or array'],
    ['a function', () => post({ f: () => 1 }), `${at}.f`, 'expected JSON data, received function'],
    ['a bigint', () => post({ n: 1n }), `${at}.n`, 'expected JSON data, received bigint'],
    ['undefined', () => post({ later: undefined }), `${at}.later`, 'must be JSON data'],
    ['an object for a GET', () => get({ filter: { a: 1 } }), `${at}.filter`, inQuery],
    ['an array for a GET', () => get({ ids: ['a'] }), `${at}.ids`, inQuery],
    ['null for a DELETE', () => del({ hard: null }), `${at}.hard`, inQuery],
    ['an empty object', () => post({}), at, 'must hold at least one field'],
    ['an array', () => post([1]), at, 'must be an object'],
    ['null', () => post(null), at, 'must be an object'],
    ['a string', () => post('a=1'), at, 'must be an object'],
    ['an object with a prototype of its own', () => post(Object.create({ tier: 'pro' })), at, 'expected a plain object or array'],
    ['a plain object, not made by the helper', () => createMember(make(), newMember, { unknownFields: { seats: 3 } as never }), at, 'must be made by unknownFields()'],
  ]

  it.each(cases)('%s', async (_, run, path, message) => {
    const error = await refusal(run())
    expect(error.issues).toEqual([{ path, message }])
    expect(error.message).not.toContain('org-2')
    expect(server.requests).toHaveLength(0)
  })

  // Object.prototype is polluted in another realm (a vm context), as it may be in a caller's code.
  // (Polluting this realm's would trip valibot first, which walks the schema's entries with `for…in`.)
  it('a field inherited from a polluted Object.prototype, sending only own fields', async () => {
    const empty = runInNewContext('Object.prototype.tier = "enterprise"; ({})') as Record<string, JsonValue>
    const error = await refusal(post(empty))
    expect(error.issues).toEqual([{ path: 'options.unknownFields', message: 'must hold at least one field' }])
    expect(server.requests).toHaveLength(0)
    server.reply({ status: 200, body: responses.createMember })
    const some = runInNewContext('Object.prototype.tier = "enterprise"; ({ seats: 3 })') as Record<string, JsonValue>
    await createMember(make(), newMember, { unknownFields: unknownFields(some) })
    expect(server.requests[0]!.rawBody).toBe(JSON.stringify({ ...newMember, seats: 3 }))
  })

  it('does not let a known field through params unchecked: a misspelt param still fails', async () => {
    const error = await refusal(createMember(make(), { ...newMember, nmae: 'Ada' } as never, { unknownFields: unknownFields({ nmae: 'Ada' }) }))
    expect(error.issues[0]).toEqual({ path: 'nmae', message: 'is not a known field' })
    expect(server.requests).toHaveLength(0)
  })
})

describe('authenticateSessionJwt', () => {
  it('does not take unknownFields, since it may answer locally', async () => {
    const error = await refusal(authenticateSessionJwt(make(), { session_jwt: 'a.b.c' }, { unknownFields: unknownFields({ x: 1 }) } as never))
    expect(error.issues).toEqual([{ path: 'options.unknownFields', message: 'is not a known field' }])
    expect(server.requests).toHaveLength(0)
  })
})

describe('unknown response fields', () => {
  it('reach the caller, at the top level and nested', async () => {
    const organization = { ...responses.getOrganization.organization, brand_new_setting: { on: true } }
    server.reply({ status: 200, body: { ...responses.getOrganization, organization, new_top_level: [1, 'two'] } })
    const result = (await getOrganization(make(), org)) as unknown as Record<string, unknown>
    expect(result['new_top_level']).toEqual([1, 'two'])
    expect((result['organization'] as Record<string, unknown>)['brand_new_setting']).toEqual({ on: true })
  })
})

describe('property: the server receives exactly params + unknown fields', () => {
  // Names the schemas do not know, among them ones that are traps for a naive copy.
  const name = (known: object, unit: 'binary' | 'grapheme') =>
    fc
      .oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', ''), fc.string({ unit, maxLength: 12 }))
      .filter((key) => !Object.hasOwn(known, key))
  const fields = <V>(known: object, unit: 'binary' | 'grapheme', value: fc.Arbitrary<V>) =>
    fc
      .uniqueArray(fc.tuple(name(known, unit), value), { minLength: 1, maxLength: 6, selector: ([key]) => key })
      .map((entries) => Object.fromEntries(entries))

  it('POST: the body is the params and the fields', async () => {
    server.reply({ status: 200, body: responses.createMember })
    await fc.assert(
      fc.asyncProperty(fields(CreateMemberParamsSchema.entries, 'binary', fc.jsonValue({ maxDepth: 3 })), async (extra) => {
        server.requests.length = 0
        await createMember(make(), newMember, { unknownFields: unknownFields(extra as Record<string, JsonValue>) })
        const req = server.requests[0]!
        // JSON carries -0 as 0: compare with what JSON can hold.
        expect(req.body).toEqual(JSON.parse(JSON.stringify({ ...newMember, ...extra })))
        expect(req.rawPath).toBe('/v1/b2b/organizations/org-1/members')
      }),
      { numRuns: 150 },
    )
  })

  it('GET: the query is the params and the fields, as strings', async () => {
    server.reply({ status: 200, body: responses.createMember })
    // Empty strings are left out of a query, params and unknown fields alike (see encodeQuery).
    const scalar = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean())
    await fc.assert(
      fc.asyncProperty(fields(GetMemberParamsSchema.entries, 'grapheme', scalar), async (extra) => {
        server.requests.length = 0
        const params = { ...org, email_address: 'ada@acme.example' }
        await getMember(make(), params, { unknownFields: unknownFields(extra) })
        const req = server.requests[0]!
        const expected = Object.fromEntries([['email_address', params.email_address], ...Object.entries(extra).map(([k, v]) => [k, String(v)])])
        expect(Object.fromEntries(req.query)).toEqual(expected)
        expect(req.query.size).toBe(Object.keys(expected).length)
        expect(req.rawPath).toBe('/v1/b2b/organizations/org-1/member')
      }),
      { numRuns: 150 },
    )
  })
})
