// The tracking view a write request runs against: what it reports as changed replays to the same
// state, and a rollback restores exactly what was there, without copying the state up front.
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_POLICY } from '../src/core.js'
import { emptyState, type MemberRecord, type OutboxMessage, type State } from '../src/state.js'
import { applyChange, changeProblem, copy, encodeChange, OUTBOX_LIMIT, RECORD_COLLECTIONS, track, trimOutbox, type JournalChange } from '../src/tracking.js'

const message = (id: string): OutboxMessage => ({ message_id: id, channel: 'email', to: `${id}@example.com`, template: 'login', sent_at: '2024-01-01T00:00:00.000Z' })

function member(id: string, status: 'active' | 'invited' = 'active'): MemberRecord {
  return { member: { member_id: id, organization_id: 'org-1', email_address: `${id}@example.com`, status, name: id, roles: [] } as unknown as MemberRecord['member'], direct_roles: [], providers: {} }
}

function sample(): State {
  const state = emptyState(structuredClone(DEFAULT_POLICY))
  for (const id of ['m1', 'm2', 'm3']) state.members[id] = member(id)
  state.outbox.push(message('a'), message('b'))
  return state
}

/** What the journal line of the view's changes gives when applied to a copy of the state before. */
function replayed(before: State, tracking: ReturnType<typeof track>): State {
  const copy = structuredClone(before)
  const changes = tracking.changes()
  if (changes) {
    const line = JSON.parse(encodeChange(1, changes)) as JournalChange
    expect(changeProblem(line)).toBeUndefined()
    applyChange(copy, line)
  } else trimOutbox(copy)
  tracking.keep()
  return copy
}

describe('tracking view', () => {
  it('reports nothing for a request that only reads, even one that scans a collection', () => {
    const state = sample()
    const t = track(state)
    expect(Object.values(t.view.members).filter((r) => r.member.status === 'active')).toHaveLength(3)
    expect(t.view.members['m1']?.member.name).toBe('m1')
    expect(t.view.policy.roles.length).toBeGreaterThan(0)
    expect(t.view.outbox.map((m) => m.message_id)).toEqual(['a', 'b'])
    expect(t.changes()).toBeUndefined()
    t.keep()
  })

  it('stringifies nothing for a scan, and only the record written for a write found by one', () => {
    const state = sample()
    for (let i = 0; i < 1000; i++) state.members[`x${i}`] = member(`x${i}`, 'invited')
    const stringify = vi.spyOn(JSON, 'stringify')
    try {
      const t = track(state)
      expect(Object.values(t.view.members).filter((r) => r.member.status === 'active' && r.member.roles.length === 0)).toHaveLength(3)
      expect(stringify).not.toHaveBeenCalled()
      const found = Object.values(t.view.members).find((r) => r.member.member_id === 'x500')!
      found.member.name = 'found'
      expect(stringify).toHaveBeenCalledTimes(1)
      expect([...t.changes()!.records.get('members')!.keys()]).toEqual(['x500'])
      t.keep()
    } finally {
      stringify.mockRestore()
    }
  })

  it('copies views with copy() while a change is open, leaves the global structuredClone alone, and no view in the state', () => {
    const state = sample()
    const t = track(state)
    const record = t.view.members['m1']!
    expect(() => structuredClone(record)).toThrow() // views are Proxies: the native clone refuses them
    expect(copy(record)).toEqual(state.members['m1'])
    expect(copy({ ...record.member, roles: [{ role_id: 'r' }] })).toMatchObject({ member_id: 'm1', roles: [{ role_id: 'r' }] })
    t.view.members['m2']!.providers = record.providers // one record's object stored in another
    record.providers['google'] = { provider_subject: 's' } as never
    t.view.members['m3']!.direct_roles.push('admin')
    const replay = replayed(structuredClone(sample()), t)
    expect(() => structuredClone(state)).not.toThrow()
    expect(replay).toEqual(state)
    expect(state.members['m2']!.providers).not.toBe(state.members['m1']!.providers) // as after a restart
    expect(state.members['m2']!.providers['google']).toEqual({ provider_subject: 's' })
  })

  it('reports the records changed in place, added and deleted, and nothing else', () => {
    const state = sample()
    const t = track(state)
    const found = Object.values(t.view.members).find((r) => r.member.member_id === 'm2')!
    found.member.status = 'invited' // a nested field of a record reached through Object.values
    t.view.members['m4'] = member('m4')
    delete t.view.members['m3']
    t.view.members['m1']!.member.name = 'm1' // the same value: no change
    const changes = t.changes()!
    expect([...changes.records.keys()]).toEqual(['members'])
    expect([...changes.records.get('members')!.keys()].sort()).toEqual(['m2', 'm3', 'm4'])
    expect(changes.records.get('members')!.get('m3')).toBeUndefined()
    expect(changes.values.size).toBe(0)
    expect(changes.outboxAppended).toBeUndefined()
    t.keep()
  })

  it('journals messages sent as an append, and an outbox emptied or rewritten whole', () => {
    const appended = track(sample())
    appended.view.outbox.push(message('c'))
    expect(appended.changes()).toMatchObject({ outboxAppended: JSON.stringify([message('c')]) })
    const emptied = track(sample())
    emptied.view.outbox = []
    expect(emptied.changes()?.values.get('outbox')).toBe('[]')
    const shifted = track(sample())
    shifted.view.outbox.shift()
    shifted.view.outbox.push(message('c'))
    expect(JSON.parse(shifted.changes()!.values.get('outbox')!)).toEqual([message('b'), message('c')])
    for (const t of [appended, emptied, shifted]) t.keep()
  })

  it('journals keys and policy whole when they change', () => {
    const state = sample()
    const t = track(state)
    t.view.keys.push({ kid: 'k1', private_jwk: {}, public_jwk: {}, created_at: '' })
    t.view.policy.roles = []
    const changes = t.changes()!
    expect([...changes.values.keys()].sort()).toEqual(['keys', 'policy'])
    t.keep()
  })

  it('rolls back exactly the touched records, the outbox and the values, keeping the order of ids', () => {
    const state = sample()
    const before = structuredClone(state)
    const t = track(state)
    delete t.view.members['m2']
    t.view.members['m2'] = member('m2', 'invited')
    t.view.members['m9'] = member('m9')
    Object.values(t.view.members).forEach((r) => (r.member.name = 'renamed'))
    t.view.outbox.push(message('c'))
    t.view.outbox[0]!.to = 'changed@example.com'
    t.view.keys = [{ kid: 'k', private_jwk: {}, public_jwk: {}, created_at: '' }]
    t.rollback()
    expect(state).toEqual(before)
    expect(Object.keys(state.members)).toEqual(['m1', 'm2', 'm3'])
    expect(() => structuredClone(state)).not.toThrow()
  })

  it('bounds the outbox to the newest messages when a change is kept', () => {
    const state = sample()
    const t = track(state)
    for (let i = 0; i < OUTBOX_LIMIT; i++) t.view.outbox.push(message(`n${i}`))
    const replay = replayed(structuredClone(sample()), t)
    trimOutbox(state)
    expect(state.outbox).toHaveLength(OUTBOX_LIMIT)
    expect(state.outbox[0]?.message_id).toBe('n0')
    expect(replay).toEqual(state)
  })

  type Op =
    | { kind: 'set'; id: number; name: string }
    | { kind: 'delete'; id: number }
    | { kind: 'nested'; id: number; name: string }
    | { kind: 'scan-mutate'; name: string }
    | { kind: 'send'; id: number }
    | { kind: 'clear' }
    | { kind: 'shift' }
    | { kind: 'key' }
    | { kind: 'org'; id: number }
    | { kind: 'share'; id: number; other: number }
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), id: fc.nat(5), name: fc.string({ maxLength: 4 }) }),
    fc.record({ kind: fc.constant('delete' as const), id: fc.nat(5) }),
    fc.record({ kind: fc.constant('nested' as const), id: fc.nat(5), name: fc.string({ maxLength: 4 }) }),
    fc.record({ kind: fc.constant('scan-mutate' as const), name: fc.string({ maxLength: 4 }) }),
    fc.record({ kind: fc.constant('send' as const), id: fc.nat(100) }),
    fc.record({ kind: fc.constant('clear' as const) }),
    fc.record({ kind: fc.constant('shift' as const) }),
    fc.record({ kind: fc.constant('key' as const) }),
    fc.record({ kind: fc.constant('org' as const), id: fc.nat(3) }),
    fc.record({ kind: fc.constant('share' as const), id: fc.nat(5), other: fc.nat(5) }),
  )
  function run(view: State, ops: readonly Op[]): void {
    for (const o of ops) {
      const id = 'id' in o ? `m${o.id}` : ''
      if (o.kind === 'set') view.members[id] = { ...member(id), direct_roles: [o.name] }
      else if (o.kind === 'delete') delete view.members[id]
      else if (o.kind === 'nested') {
        const record = view.members[id]
        if (record) record.member.name = o.name
      } else if (o.kind === 'scan-mutate') {
        for (const record of Object.values(view.members)) if (record.member.status === 'active') record.member.untrusted_metadata = { n: o.name }
      } else if (o.kind === 'send') view.outbox.push(message(`s${o.id}`))
      else if (o.kind === 'clear') view.outbox = []
      else if (o.kind === 'shift') view.outbox.shift()
      else if (o.kind === 'key') view.keys.push({ kid: `k${view.keys.length}`, private_jwk: {}, public_jwk: {}, created_at: '' })
      else if (o.kind === 'org') view.organizations[`o${o.id}`] = { organization_id: `o${o.id}` } as never
      else {
        const [a, b] = [view.members[id], view.members[`m${o.other}`]]
        if (a && b) {
          a.providers = b.providers
          b.providers[`p${o.other}`] = { provider_subject: id } as never
        }
      }
    }
  }

  it('replays what it reports to the same state, and rolls back to the state before, for any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const state = sample()
        const before = structuredClone(state)
        const t = track(state)
        run(t.view, ops)
        const replay = replayed(before, t)
        trimOutbox(state)
        expect(replay).toEqual(state)
        expect(() => structuredClone(state)).not.toThrow()

        const again = sample()
        const r = track(again)
        run(r.view, ops)
        r.rollback()
        expect(again).toEqual(before)
        expect(Object.keys(again.members)).toEqual(Object.keys(before.members))
      }),
      { numRuns: 300 },
    )
  })
})

describe('collections', () => {
  it('tracks every collection of records the state has, so no write escapes the journal or a rollback', () => {
    const collections = Object.entries(emptyState(DEFAULT_POLICY))
      .filter(([key, value]) => key !== 'policy' && typeof value === 'object' && value !== null && !Array.isArray(value))
      .map(([key]) => key)
    expect([...RECORD_COLLECTIONS].sort()).toEqual(collections.sort())
  })
})
