// Checks response bodies against the response types of spec/b2b-api.json: every field the spec
// marks `required: true` must be present, at every depth, with the right coarse JSON kind. The
// end-to-end run (scripts/e2e-coverage.mjs) feeds it the latest 2xx body of every route.

/** The coarse JSON kind of a value: string, number, boolean, array, object or null. */
export function jsonKind(value) {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value === 'object' ? 'object' : typeof value
}

// Spec primitives and the JSON kind each is sent as; `any` accepts everything.
const PRIMITIVES = {
  string: 'string',
  timestamp: 'string',
  integer: 'number',
  number: 'number',
  duration: 'number',
  boolean: 'boolean',
  any: undefined,
}

// Deeper than any type of the spec nests; guards against a self-referencing type.
const MAX_DEPTH = 32

/**
 * The problems of `value` as an instance of the spec type expression `type`, each as
 * `path: problem` (e.g. `member.roles[0].role_id: missing`). `types` is the spec's `types` map.
 */
export function typeProblems(types, type, value, path = '', depth = 0) {
  const at = path === '' ? '(body)' : path
  if (depth > MAX_DEPTH) return []
  if (typeof type === 'string') {
    if (!(type in PRIMITIVES)) return [`${at}: unknown spec type ${JSON.stringify(type)}`]
    const want = PRIMITIVES[type]
    return want === undefined || jsonKind(value) === want ? [] : [`${at}: expected ${want} (${type}), got ${jsonKind(value)}`]
  }
  if (type.enum) return jsonKind(value) === 'string' ? [] : [`${at}: expected string (enum), got ${jsonKind(value)}`]
  if (type.external) return [] // a type from another Go package (a JWT NumericDate): not described
  if (type.array !== undefined) {
    if (!Array.isArray(value)) return [`${at}: expected array, got ${jsonKind(value)}`]
    return value.flatMap((item, i) => typeProblems(types, type.array, item, `${path}[${i}]`, depth + 1))
  }
  if (type.map !== undefined) {
    if (jsonKind(value) !== 'object') return [`${at}: expected object (map), got ${jsonKind(value)}`]
    return Object.entries(value).flatMap(([k, v]) => typeProblems(types, type.map, v, `${path}[${JSON.stringify(k)}]`, depth + 1))
  }
  if (type.ref !== undefined) {
    const named = types[type.ref]
    if (!named) return [`${at}: unknown spec type ${JSON.stringify(type.ref)}`]
    if (named.kind === 'alias') return typeProblems(types, named.type, value, path, depth + 1)
    if (named.kind === 'enum') return jsonKind(value) === 'string' ? [] : [`${at}: expected string (enum), got ${jsonKind(value)}`]
    return objectProblems(types, named, value, path, depth + 1)
  }
  return [`${at}: unknown spec type ${JSON.stringify(type)}`]
}

/**
 * Problems of an object type: a required field missing or of the wrong kind; an optional field
 * that is present (and not null) is checked too, so its own required fields count.
 */
function objectProblems(types, named, value, path, depth) {
  const at = path === '' ? '(body)' : path
  if (jsonKind(value) !== 'object') return [`${at}: expected object, got ${jsonKind(value)}`]
  const problems = []
  for (const field of named.fields) {
    const fieldPath = path === '' ? field.name : `${path}.${field.name}`
    const present = Object.hasOwn(value, field.name) && value[field.name] !== undefined
    if (field.required === true) {
      if (!present) problems.push(`${fieldPath}: missing`)
      else problems.push(...typeProblems(types, field.type, value[field.name], fieldPath, depth))
    } else if (present && value[field.name] !== null) {
      problems.push(...typeProblems(types, field.type, value[field.name], fieldPath, depth))
    }
  }
  return problems
}

/** The spec method (B2B or consumer) with this manifest id, or undefined. */
export function specMethod(spec, id) {
  return [...spec.methods, ...spec.consumerMethods].find((m) => m.id === id)
}

/** Problems of a response body of the route with this manifest id (its method's `responseType`). */
export function responseProblems(spec, id, body) {
  const method = specMethod(spec, id)
  if (!method) return [`no method ${id} in the spec`]
  if (!method.responseType) return []
  return typeProblems(spec.types, { ref: method.responseType }, body)
}

/**
 * Checks sampled bodies, `METHOD path-template` → list of bodies, of the manifest's routes; keys
 * of no manifest route (the emulator's own routes) are skipped. Returns the routes with problems.
 */
export function checkSamples(spec, endpoints, samples) {
  const byKey = new Map(endpoints.map((e) => [`${e.method} ${e.path}`, e]))
  const failures = []
  for (const [key, bodies] of Object.entries(samples)) {
    const entry = byKey.get(key)
    if (!entry) continue
    const problems = [...new Set(bodies.flatMap((body) => responseProblems(spec, entry.id, body)))]
    if (problems.length > 0) failures.push({ id: entry.id, key, problems })
  }
  return failures.sort((a, b) => a.id.localeCompare(b.id))
}
