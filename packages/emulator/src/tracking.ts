import type { State } from './state.js'

// What a write request changed, found without copying the state. During the request `em.state`
// is a view of the real state. A record read through it is a copy-on-write view: reading costs
// nothing, and the first write anywhere inside it (a nested field, an array push) first keeps the
// record's JSON. Small top-level values (keys, policy) are kept whole when first used, and the
// outbox is tracked as an append-only list, since it grows with every message sent. At the end,
// only the records written are compared and journaled, or restored on failure, so the cost of a
// write follows what it wrote, not the size of the state; scans (`Object.values`) stay cheap.
//
// The views are Proxies, which `structuredClone` refuses; the emulator's code copies values with
// {@link copy}, which clones a value that holds views from the real objects behind them.

/** The collections of records keyed by id; a change to a record is recorded as that one record. */
export const RECORD_COLLECTIONS = [
  'organizations',
  'members',
  'sessions',
  'intermediate_sessions',
  'tokens',
  'otps',
  'sso_connections',
  'scim_connections',
  'm2m_clients',
  'connected_apps',
  'idp_grants',
  'idp_tokens',
  'access_tokens',
  'fraud_telemetry',
  'fraud_rules',
  'fraud_verdict_overrides',
  'trusted_token_profiles',
] as const satisfies readonly (keyof State)[]
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number]

const collectionNames: ReadonlySet<string> = new Set(RECORD_COLLECTIONS)
const isCollection = (key: string): key is RecordCollection => collectionNames.has(key)

/**
 * How many messages the outbox keeps: when a change takes it past this, the oldest messages are
 * dropped (when the change is kept, in memory and in the journal alike). A long-running emulator
 * sending an email per test would otherwise grow its state, and every snapshot, without bound.
 */
export const OUTBOX_LIMIT = 10_000

/** What one request changed, as JSON text (ready for the journal). */
export interface ChangeSet {
  /** Per collection: each changed record's new JSON, or `undefined` for a record deleted. */
  readonly records: ReadonlyMap<RecordCollection, ReadonlyMap<string, string | undefined>>
  /** Top-level values replaced whole (keys, policy, a collection or outbox assigned anew): new JSON, or `undefined` if deleted. */
  readonly values: ReadonlyMap<string, string | undefined>
  /** JSON array of the messages added at the end of the outbox, if any (and the outbox was not replaced). */
  readonly outboxAppended?: string
}

/** A tracked request: the view to give its handler, and what to do at its end (one of keep or rollback). */
export interface Tracking {
  /** Stands for the state during the request; every change made through it reaches the real state. */
  readonly view: State
  /** The changes since tracking began, or `undefined` when nothing changed. */
  changes(): ChangeSet | undefined
  /** Ends tracking, keeping the changes: what was written is made plain JSON again (no views left in the state). */
  keep(): void
  /** Ends tracking, putting back every record and value the request touched as it was when tracking began. */
  rollback(): void
}

type Json = Record<string, unknown>

const toJson = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value))

/** The array index a property key names, or `undefined`. */
function arrayIndex(key: string | symbol): number | undefined {
  if (typeof key !== 'string') return undefined
  const n = Number(key)
  return Number.isInteger(n) && n >= 0 && String(n) === key ? n : undefined
}

/** Drops the oldest messages beyond {@link OUTBOX_LIMIT} (see there). */
export function trimOutbox(state: State): void {
  const excess = state.outbox.length - OUTBOX_LIMIT
  if (excess > 0) state.outbox.splice(0, excess)
}

interface CollectionTrack {
  readonly name: RecordCollection
  readonly records: Json
  /** JSON of each record written, as it was before (`undefined`: there was none). */
  readonly before: Map<string, string | undefined>
  /** Key order before the first delete, so that a rollback puts deleted records back in place. */
  order?: string[]
}

/** The key under which a view gives the real object behind it (no real object has it). */
const TARGET = Symbol('target of a state view')

/** The real object behind a view, or `undefined` for an object that is not one. */
const targetOf = (value: object): object | undefined => (value as { [TARGET]?: object })[TARGET]

/** What the views of records report to their change. */
interface Recorder {
  /** The view of an object inside the record `views` stands for (the object itself if it is a view). */
  viewOf(value: object, views: RecordViews): object
  /** Before the first write to a record: keeps its JSON. */
  write(track: CollectionTrack, id: string): void
}

/** The proxy handler of one record's views (the record and every object inside it): a write to any is a write to the record. */
class RecordViews implements ProxyHandler<Json> {
  constructor(
    private readonly recorder: Recorder,
    private readonly track: CollectionTrack,
    private readonly id: string,
  ) {}

  get(target: Json, key: string | symbol): unknown {
    if (key === TARGET) return target
    const value: unknown = Reflect.get(target, key)
    // Objects found on the prototype (`__proto__`) are not part of the record.
    return typeof value === 'object' && value !== null && Object.hasOwn(target, key) ? this.recorder.viewOf(value, this) : value
  }

  set(target: Json, key: string | symbol, value: unknown): boolean {
    this.recorder.write(this.track, this.id)
    return Reflect.set(target, key, value)
  }

  defineProperty(target: Json, key: string | symbol, descriptor: PropertyDescriptor): boolean {
    this.recorder.write(this.track, this.id)
    return Reflect.defineProperty(target, key, descriptor)
  }

  deleteProperty(target: Json, key: string | symbol): boolean {
    this.recorder.write(this.track, this.id)
    return Reflect.deleteProperty(target, key)
  }
}

/** A plain copy of `value` where every view is replaced by (a copy of) the object behind it. */
function withoutViews(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value
  const known = copies.get(value)
  if (known !== undefined) return known
  const target: object = targetOf(value) ?? value
  if (Array.isArray(target)) {
    const copy: unknown[] = []
    copies.set(value, copy)
    for (let i = 0; i < target.length; i++) copy[i] = withoutViews(target[i], copies)
    return copy
  }
  const proto: unknown = Object.getPrototypeOf(target)
  if (proto !== Object.prototype && proto !== null) return target // Date, Map, typed arrays…: as they are
  const copy: Json = {}
  copies.set(value, copy)
  for (const key of Object.keys(target)) copy[key] = withoutViews((target as Json)[key], copies)
  return copy
}

/**
 * A deep copy of `value`, as `structuredClone` makes it, also when it holds views of a change in
 * progress (which `structuredClone` refuses): those are copied from the real objects behind them.
 */
export function copy<T>(value: T): T {
  try {
    return structuredClone(value)
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'DataCloneError')) throw error
    return structuredClone(withoutViews(value, new Map())) as T
  }
}

/** Starts tracking the changes made to `state` through the returned view. */
export function track(state: State): Tracking {
  const root = state as unknown as Json
  // Top-level references when tracking began: a collection or outbox assigned anew is journaled whole.
  const start: Json = { ...root }
  const outbox = state.outbox
  const outboxLength = outbox.length
  /** JSON of the top-level values (not collections, not the outbox) used, as they were before. */
  const values = new Map<string, string | undefined>()
  const tracks = new Map<object, CollectionTrack>()
  /** The view of each object reached. */
  const views = new Map<object, object>()
  /** JSON of the original messages read, by index (a handler could mutate one). */
  const messagesBefore = new Map<number, string>()
  /** JSON of the original messages, taken before the first change that is not an append. */
  let outboxBefore: string | undefined
  /** JSON of the records written, as they are now (filled by {@link changes}). */
  let after: Map<CollectionTrack, Map<string, string | undefined>> | undefined

  const rememberValue = (key: string): void => {
    if (!values.has(key)) values.set(key, Object.hasOwn(root, key) ? toJson(root[key]) : undefined)
  }

  const recorder: Recorder = {
    viewOf(value, handler) {
      if (targetOf(value) !== undefined) return value
      let view = views.get(value)
      if (!view) views.set(value, (view = new Proxy(value as Json, handler)))
      return view
    },
    write(track, id) {
      if (!track.before.has(id)) track.before.set(id, Object.hasOwn(track.records, id) ? toJson(track.records[id]) : undefined)
      after = undefined
    },
  }

  function collectionView(name: RecordCollection, records: Json): object {
    const existing = views.get(records)
    if (existing) return existing
    const t: CollectionTrack = { name, records, before: new Map() }
    tracks.set(records, t)
    const view = new Proxy(records, {
      get(target, key) {
        if (key === TARGET) return target
        const value: unknown = Reflect.get(target, key)
        if (typeof value !== 'object' || value === null || typeof key !== 'string' || !Object.hasOwn(target, key)) return value
        return views.get(value) ?? recorder.viewOf(value, new RecordViews(recorder, t, key))
      },
      set(target, key, value) {
        if (typeof key === 'string') recorder.write(t, key)
        return Reflect.set(target, key, value)
      },
      defineProperty(target, key, descriptor) {
        if (typeof key === 'string') recorder.write(t, key)
        return Reflect.defineProperty(target, key, descriptor)
      },
      deleteProperty(target, key) {
        if (typeof key === 'string' && Object.hasOwn(target, key)) {
          recorder.write(t, key)
          t.order ??= Object.keys(target)
        }
        return Reflect.deleteProperty(target, key)
      },
    })
    views.set(records, view)
    return view
  }

  /** Before a change to the original messages other than an append. */
  const rewriting = (): void => {
    outboxBefore ??= JSON.stringify(outbox.slice(0, outboxLength))
  }
  const rewrites = (key: string | symbol, value?: unknown): boolean => {
    const i = arrayIndex(key)
    return (i !== undefined && i < outboxLength) || (key === 'length' && Number(value) < outboxLength)
  }
  const outboxView = new Proxy(outbox, {
    get(target, key) {
      if (key === TARGET) return target
      const i = arrayIndex(key)
      if (i !== undefined && i < outboxLength && outboxBefore === undefined && !messagesBefore.has(i)) messagesBefore.set(i, JSON.stringify(target[i]))
      return Reflect.get(target, key)
    },
    set(target, key, value) {
      if (rewrites(key, value)) rewriting()
      return Reflect.set(target, key, value)
    },
    defineProperty(target, key, descriptor) {
      if (rewrites(key, descriptor.value)) rewriting()
      return Reflect.defineProperty(target, key, descriptor)
    },
    deleteProperty(target, key) {
      if (rewrites(key)) rewriting()
      return Reflect.deleteProperty(target, key)
    },
  })

  const unwrap = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (targetOf(value) ?? value) : value)

  const view = new Proxy(root, {
    get(target, key) {
      if (key === TARGET) return target
      if (typeof key !== 'string') return Reflect.get(target, key)
      const value = target[key]
      if (isCollection(key)) return isObject(value) ? collectionView(key, value) : value
      if (key === 'outbox') return value === outbox ? outboxView : value
      rememberValue(key)
      return value
    },
    set(target, key, value) {
      if (typeof key === 'string' && !isCollection(key) && key !== 'outbox') rememberValue(key)
      return Reflect.set(target, key, unwrap(value))
    },
    defineProperty(target, key, descriptor) {
      if (typeof key === 'string' && !isCollection(key) && key !== 'outbox') rememberValue(key)
      return Reflect.defineProperty(target, key, 'value' in descriptor ? { ...descriptor, value: unwrap(descriptor.value) } : descriptor)
    },
    deleteProperty(target, key) {
      if (typeof key === 'string' && !isCollection(key) && key !== 'outbox') rememberValue(key)
      return Reflect.deleteProperty(target, key)
    },
  }) as unknown as State

  /** Top-level keys holding collections or the outbox, before or now. */
  const containerKeys = (): string[] => [...new Set([...Object.keys(start), ...Object.keys(root)])].filter((k) => isCollection(k) || k === 'outbox')

  /** JSON of every record written, as it is now (`undefined`: deleted). */
  function recordsNow(): Map<CollectionTrack, Map<string, string | undefined>> {
    if (after) return after
    after = new Map()
    for (const t of tracks.values()) {
      const now = new Map<string, string | undefined>()
      for (const id of t.before.keys()) now.set(id, Object.hasOwn(t.records, id) ? toJson(t.records[id]) : undefined)
      after.set(t, now)
    }
    return after
  }

  function changes(): ChangeSet | undefined {
    const changedValues = new Map<string, string | undefined>()
    for (const key of containerKeys()) if (root[key] !== start[key]) changedValues.set(key, toJson(root[key]))
    for (const [key, before] of values) {
      const now = toJson(root[key])
      if (now !== before) changedValues.set(key, now)
    }
    const records = new Map<RecordCollection, Map<string, string | undefined>>()
    for (const [target, t] of tracks) {
      // A collection assigned anew is journaled whole; one no longer in the state not at all.
      if (root[t.name] !== target || changedValues.has(t.name)) continue
      for (const [id, now] of recordsNow().get(t) ?? []) {
        if (now === t.before.get(id)) continue
        let changed = records.get(t.name)
        if (!changed) records.set(t.name, (changed = new Map()))
        changed.set(id, now)
      }
    }
    let outboxAppended: string | undefined
    if (root['outbox'] === outbox) {
      const rewritten = outboxBefore !== undefined || [...messagesBefore].some(([i, before]) => toJson(outbox[i]) !== before)
      if (rewritten) changedValues.set('outbox', JSON.stringify(outbox))
      else if (outbox.length > outboxLength) outboxAppended = JSON.stringify(outbox.slice(outboxLength))
    }
    if (records.size === 0 && changedValues.size === 0 && outboxAppended === undefined) return undefined
    return { records, values: changedValues, ...(outboxAppended !== undefined && { outboxAppended }) }
  }

  function keep(): void {
    // A handler may have stored a view inside the state (e.g. one record's array in another):
    // whatever was written becomes plain JSON again, as a restart would load it.
    const plain = (json: string): unknown => JSON.parse(json)
    for (const [t, now] of recordsNow()) for (const [id, json] of now) if (json !== undefined) t.records[id] = plain(json)
    for (const key of containerKeys()) {
      const value = root[key]
      if (value !== start[key] && value !== undefined) root[key] = plain(JSON.stringify(value))
    }
    for (const [key, before] of values) {
      const now = toJson(root[key])
      if (now !== before && now !== undefined) root[key] = plain(now)
    }
    if (root['outbox'] === outbox) {
      const written = outboxBefore !== undefined ? outbox.keys() : [...messagesBefore.keys(), ...Array.from({ length: Math.max(0, outbox.length - outboxLength) }, (_, i) => outboxLength + i)]
      for (const i of written) if (i < outbox.length) outbox[i] = plain(JSON.stringify(outbox[i])) as State['outbox'][number]
    }
  }

  function rollback(): void {
    for (const [target, t] of tracks) {
      const records = target as Json
      for (const [id, before] of t.before) {
        if (before === undefined) delete records[id]
        else records[id] = JSON.parse(before)
      }
      if (t.order) {
        // Re-adding a deleted record put it last; rebuild the original order (ids only, in place).
        for (const id of t.order) {
          if (!Object.hasOwn(records, id)) continue
          const record = records[id]
          delete records[id]
          records[id] = record
        }
      }
    }
    if (outboxBefore !== undefined) {
      const original = JSON.parse(outboxBefore) as unknown[]
      outbox.length = 0
      for (const message of original) outbox.push(message as State['outbox'][number])
    } else outbox.length = outboxLength
    for (const [i, before] of messagesBefore) if (toJson(outbox[i]) !== before) outbox[i] = JSON.parse(before)
    for (const key of containerKeys()) {
      if (Object.hasOwn(start, key)) root[key] = start[key]
      else delete root[key]
    }
    for (const [key, before] of values) {
      if (before === undefined) delete root[key]
      else if (toJson(root[key]) !== before) root[key] = JSON.parse(before)
    }
  }

  return { view, changes, keep, rollback }
}

/** Whether a value is a JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A change as the journal holds it (see `store.ts`), already parsed. */
export interface JournalChange {
  readonly seq: number
  readonly records?: Partial<Record<RecordCollection, Record<string, unknown>>>
  readonly values?: Record<string, unknown>
  readonly outbox_appended?: unknown[]
}

/** What keeps a parsed journal line from being a change, or `undefined`. */
export function changeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not a JSON object'
  const seq = value['seq']
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return 'its seq is not a positive integer'
  const records = value['records']
  if (records !== undefined) {
    if (!isObject(records)) return 'records is not an object'
    for (const [name, changed] of Object.entries(records)) {
      if (!isCollection(name)) return `records names ${JSON.stringify(name)}, which is not a collection`
      if (!isObject(changed) || !Object.values(changed).every((r) => r === null || isObject(r))) return `records.${name} is not an object of records (or null)`
    }
  }
  if (value['values'] !== undefined && !isObject(value['values'])) return 'values is not an object'
  const appended = value['outbox_appended']
  if (appended !== undefined && (!Array.isArray(appended) || !appended.every(isObject))) return 'outbox_appended is not an array of objects'
  return undefined
}

/** Applies a journaled change (checked with {@link changeProblem}) to `state`, as the live emulator did. */
export function applyChange(state: State, change: JournalChange): void {
  const root = state as unknown as Json
  for (const [key, value] of Object.entries(change.values ?? {})) {
    if (value === null) delete root[key]
    else root[key] = value
  }
  for (const [name, changed] of Object.entries(change.records ?? {}) as [RecordCollection, Record<string, unknown>][]) {
    const records = state[name] as Json
    for (const [id, record] of Object.entries(changed)) {
      if (record === null) delete records[id]
      else records[id] = record
    }
  }
  for (const message of change.outbox_appended ?? []) state.outbox.push(message as State['outbox'][number])
  trimOutbox(state)
}

/** The journal line of a change set: one JSON object, `seq` first, built from the JSON texts already at hand. */
export function encodeChange(seq: number, set: ChangeSet): string {
  const parts = [`"seq":${seq}`]
  if (set.records.size > 0) {
    const collections = [...set.records].map(([name, changed]) => `${JSON.stringify(name)}:{${[...changed].map(([id, json]) => `${JSON.stringify(id)}:${json ?? 'null'}`).join(',')}}`)
    parts.push(`"records":{${collections.join(',')}}`)
  }
  if (set.values.size > 0) parts.push(`"values":{${[...set.values].map(([key, json]) => `${JSON.stringify(key)}:${json ?? 'null'}`).join(',')}}`)
  if (set.outboxAppended !== undefined) parts.push(`"outbox_appended":${set.outboxAppended}`)
  return `{${parts.join(',')}}`
}
