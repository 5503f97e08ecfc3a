// The response-field checker of the end-to-end run (scripts/response-fields.mjs).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkSamples, responseProblems, typeProblems, type Spec } from '../../scripts/response-fields.mjs'

const spec = JSON.parse(readFileSync(new URL('../../spec/b2b-api.json', import.meta.url), 'utf8')) as Spec

/** A tiny spec: a response with a nested object, a list of objects, a map, an alias and an enum. */
const mini: Spec = {
  methods: [{ id: 'Things.Get', responseType: 'things.GetResponse' }],
  consumerMethods: [{ id: 'Other.Get', responseType: 'other.Response' }],
  types: {
    'things.GetResponse': {
      kind: 'object',
      fields: [
        { name: 'request_id', type: 'string', required: true },
        { name: 'thing', type: { ref: 'things.Thing' }, required: true },
        { name: 'extra', type: { ref: 'things.Thing' }, required: false },
      ],
    },
    'things.Thing': {
      kind: 'object',
      fields: [
        { name: 'id', type: { ref: 'things.Id' }, required: true },
        { name: 'created_at', type: 'timestamp', required: true },
        { name: 'count', type: 'integer', required: true },
        { name: 'kind', type: { enum: ['a', 'b'], ref: 'things.Kind' }, required: true },
        { name: 'parts', type: { array: { ref: 'things.Part' } }, required: true },
        { name: 'labels', type: { map: { ref: 'things.Part' } }, required: true },
        { name: 'anything', type: 'any', required: true },
        { name: 'note', type: 'string', required: false },
      ],
    },
    'things.Part': { kind: 'object', fields: [{ name: 'name', type: 'string', required: true }] },
    'things.Id': { kind: 'alias', type: 'string' },
    'things.Kind': { kind: 'enum', values: ['a', 'b'] },
    'other.Response': { kind: 'object', fields: [{ name: 'ok', type: 'boolean', required: true }] },
  },
}

const thing = () => ({ id: 't1', created_at: '2024-01-01T00:00:00Z', count: 2, kind: 'a', parts: [{ name: 'p' }], labels: { x: { name: 'l' } }, anything: null })

describe('response field checker', () => {
  it('accepts a complete body, with extra fields and absent optional ones', () => {
    expect(responseProblems(mini, 'Things.Get', { request_id: 'r', thing: { ...thing(), unknown: 1 } })).toEqual([])
    expect(responseProblems(mini, 'Other.Get', { ok: false })).toEqual([])
  })

  it('reports a nested required field that is missing, by its path', () => {
    const { count: _, ...noCount } = thing()
    expect(responseProblems(mini, 'Things.Get', { request_id: 'r', thing: noCount })).toEqual(['thing.count: missing'])
    const parts = { ...thing(), parts: [{ name: 'a' }, {}] }
    expect(responseProblems(mini, 'Things.Get', { request_id: 'r', thing: parts })).toEqual(['thing.parts[1].name: missing'])
    const labels = { ...thing(), labels: { x: {} } }
    expect(responseProblems(mini, 'Things.Get', { request_id: 'r', thing: labels })).toEqual(['thing.labels["x"].name: missing'])
  })

  it('reports wrong coarse kinds, and checks optional fields that are present', () => {
    const wrong = { ...thing(), id: 5, created_at: 0, count: '2', kind: 1, parts: {}, labels: [] }
    expect(responseProblems(mini, 'Things.Get', { request_id: 'r', thing: wrong, extra: { ...thing(), note: 3, parts: null } })).toEqual([
      'thing.id: expected string (string), got number',
      'thing.created_at: expected string (timestamp), got number',
      'thing.count: expected number (integer), got string',
      'thing.kind: expected string (enum), got number',
      'thing.parts: expected array, got object',
      'thing.labels: expected object (map), got array',
      'extra.parts: expected array, got null',
      'extra.note: expected string (string), got number',
    ])
    // A required field that is null is not an object; an optional one may be null.
    expect(responseProblems(mini, 'Things.Get', { request_id: 'r', thing: null, extra: null })).toEqual(['thing: expected object, got null'])
    expect(typeProblems(mini.types, 'no-such-primitive', 1)).toEqual(['(body): unknown spec type "no-such-primitive"'])
  })

  it('checks real spec types: a member without is_locked in a create-member response', () => {
    const body = JSON.parse(readFileSync(new URL('./fixtures/create-member-response.json', import.meta.url), 'utf8')) as { member: Record<string, unknown> }
    expect(responseProblems(spec, 'Organizations.Members.Create', body)).toEqual([])
    delete body.member['is_locked']
    ;(body.member['roles'] as Record<string, unknown>[])[0]!['sources'] = 'direct'
    expect(responseProblems(spec, 'Organizations.Members.Create', body)).toEqual(['member.is_locked: missing', 'member.roles[0].sources: expected array, got string'])
  })

  it('maps sampled routes to manifest ids and skips keys of no manifest route', () => {
    const endpoints = [
      { id: 'Things.Get', method: 'GET', path: '/things/{id}' },
      { id: 'Other.Get', method: 'GET', path: '/other' },
    ]
    const failures = checkSamples(mini, endpoints, {
      'GET /things/{id}': [{ request_id: 'r', thing: thing() }, { request_id: 'r' }],
      'GET /other': [{ ok: true }],
      'GET /emulator/health': [{}],
    })
    expect(failures).toEqual([{ id: 'Things.Get', key: 'GET /things/{id}', problems: ['thing: missing'] }])
  })
})
