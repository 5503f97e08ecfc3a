import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeQuery, fillPath } from '../../src/core/url.js'
import { StytchParamsError } from '../../src/index.js'

// /v1/b2b/organizations/{organization_id}/members/{member_id}, as generated (see PathParts).
const TEMPLATE = ['/v1/b2b/organizations/', 'organization_id', '/members/', 'member_id']

describe('fillPath', () => {
  it('never lets a value leave its path segment', () => {
    const segment = fc.string({ unit: 'binary', minLength: 1 }).filter((s) => s !== '.' && s !== '..')
    fc.assert(
      fc.property(segment, segment, (org, member) => {
        const path = fillPath(TEMPLATE, { organization_id: org, member_id: member })
        const url = new URL(path, 'https://api.example')
        // The URL parser sees exactly the template's segments, with our values decoded back.
        const parts = url.pathname.split('/')
        expect(url.origin).toBe('https://api.example')
        expect(url.search).toBe('')
        expect(url.hash).toBe('')
        expect(parts).toHaveLength(7)
        expect(parts.slice(0, 5)).toEqual(['', 'v1', 'b2b', 'organizations', parts[4]])
        expect(parts[5]).toBe('members')
        expect(decodeURIComponent(parts[4]!)).toBe(org)
        expect(decodeURIComponent(parts[6]!)).toBe(member)
      }),
      { numRuns: 2000 },
    )
  })

  it.each(['', '.', '..', undefined, 7, '\uD800'])('rejects the route-changing value %j', (value) => {
    expect(() => fillPath(TEMPLATE, { organization_id: value, member_id: 'm' })).toThrow(StytchParamsError)
  })

  it('places the path params and nothing else', () => {
    expect(fillPath(TEMPLATE, { organization_id: 'o', member_id: 'm', include_deleted: true })).toBe('/v1/b2b/organizations/o/members/m')
  })
})

describe('encodeQuery', () => {
  it('round-trips scalars through URLSearchParams, sorted, without empty values', () => {
    const value = fc.oneof(fc.string({ unit: 'binary' }), fc.boolean(), fc.integer(), fc.constant(undefined))
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary', minLength: 1 }), value), (params) => {
        const text = encodeQuery(params)
        const expected = Object.entries(params)
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => [k, String(v)])
          .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0))
        expect(text === '' ? [] : [...new URLSearchParams(text.slice(1))]).toEqual(expected)
        if (expected.length === 0) expect(text).toBe('')
      }),
      { numRuns: 2000 },
    )
  })

  it('leaves out the path params of the template', () => {
    expect(encodeQuery({ organization_id: 'o', member_id: 'm', include_deleted: true }, TEMPLATE)).toBe('?include_deleted=true')
  })

  it('spells booleans and numbers plainly', () => {
    expect(encodeQuery({ include_deleted: false, limit: 0, cursor: '' })).toBe('?include_deleted=false&limit=0')
  })
})
