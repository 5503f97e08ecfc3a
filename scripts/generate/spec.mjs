// The spec as the emitters see it: its routes, the names of their models, and type helpers.
// Pure: reading the spec writes nothing.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { functionName, groupOf } from '../naming.mjs'
import { fieldDoc } from './field-docs.mjs'

export const root = join(import.meta.dirname, '..', '..')
export const SPEC_FILE = 'spec/b2b-api.json'
export const spec = JSON.parse(readFileSync(join(root, SPEC_FILE), 'utf8'))
export const TYPES = spec.types

/** The first line of every generated file. */
export const BANNER = `// Generated from ${SPEC_FILE} by \`npm run generate\`; do not edit.`

/** Routes whose response carries a member session that `options.claims` can validate (the `*WithClaims` methods' bases). */
const CLAIMS = new Set(spec.methods.filter((m) => m.kind === 'with_claims').map((m) => m.baseMethod))

// The B2B routes and those of the consumer clients the official SDKs also put on their B2B client.
const allMethods = [...spec.methods, ...(spec.consumerMethods ?? [])]

/** Every JSON route, sorted by id, with what the emitters need. */
export const routes = allMethods
  .filter((m) => m.kind === 'http')
  .sort((a, b) => a.id.localeCompare(b.id))
  .map((m) => ({
    ...m,
    name: functionName(m.id),
    group: groupOf(m.id),
    auth: m.memberSession !== null && m.memberSession !== undefined,
    claims: CLAIMS.has(m.id),
    telemetry: m.origin === 'telemetry',
  }))

/**
 * Routes with a request of their own (the form-encoded OAuth endpoints, without the project's
 * Basic auth): their modules are written by hand, and the spec only routes them.
 */
export const formRoutes = allMethods
  .filter((m) => m.directRequest)
  .sort((a, b) => a.id.localeCompare(b.id))
  .map((m) => ({ id: m.id, name: functionName(m.id), group: groupOf(m.id), httpMethod: m.directRequest.httpMethod, path: m.directRequest.path, auth: false, claims: false }))
for (const r of routes) if (r.auth && r.claims) throw new Error(`${r.id}: claims with member-session authorization is not supported`)

const pascal = (name) => name.replace(/OAuth/g, 'Oauth').replace(/[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)/g, (m) => m[0] + m.slice(1).toLowerCase())
export const upperFirst = (s) => s[0].toUpperCase() + s.slice(1)

// A type name used by more than one package is prefixed with its package.
const nameCount = new Map()
for (const [key, type] of Object.entries(TYPES)) {
  if (type.kind !== 'object') continue
  const name = key.split('.').pop()
  nameCount.set(name, (nameCount.get(name) ?? 0) + 1)
}
/** The TypeScript name of a nested object type. */
export function modelName(key) {
  const name = key.split('.').pop()
  if (nameCount.get(name) > 1) {
    const pkg = key.slice(0, key.lastIndexOf('.')).split('/').pop()
    return pascal(upperFirst(pkg === 'scim' || pkg === 'sso' ? pkg.toUpperCase() : pkg)) + pascal(name)
  }
  return pascal(name)
}

const refOf = (type) => (typeof type === 'object' && type.ref && !type.enum ? type.ref : undefined)
/** The object types a field's type refers to, through arrays and maps. */
export function refsIn(type) {
  let t = type
  while (typeof t === 'object' && (t.array || t.map)) t = t.array ?? t.map
  return refOf(t) ? [refOf(t)] : []
}
function closure(roots) {
  const seen = new Set()
  const visit = (key) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const field of TYPES[key].fields) for (const ref of refsIn(field.type)) visit(ref)
  }
  for (const key of roots) for (const field of TYPES[key].fields) for (const ref of refsIn(field.type)) visit(ref)
  return seen
}
/** Object types nested in responses (emitted as interfaces in models.ts). */
export const responseModels = closure(routes.map((r) => r.responseType))
/** Object types nested in params (emitted as valibot schemas in schemas.ts). */
export const paramModels = closure(routes.map((r) => r.paramsType))

export const propName = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`)
const enumUnion = (values) => `${values.map((v) => `'${v}'`).join(' | ')}`

/** The TypeScript type of a response field; enums are open unions, so new values still type-check. */
export function tsType(type) {
  if (typeof type === 'string') {
    return { string: 'string', timestamp: 'string', integer: 'number', number: 'number', boolean: 'boolean', any: 'unknown' }[type]
  }
  if (type.enum) return `${enumUnion(type.enum)} | (string & {})`
  if (type.array) {
    const item = tsType(type.array)
    return /[ |]/.test(item) ? `Array<${item}>` : `${item}[]`
  }
  if (type.map) return `Record<string, ${tsType(type.map)}>`
  if (type.ref) return modelName(type.ref)
  throw new Error(`unsupported type ${JSON.stringify(type)}`)
}

// Enum values by field name, from every enum field of the spec: a plain string field of the same
// name (most response fields are typed so) gets them as an open union too.
const ENUM_BY_NAME = new Map()
for (const type of Object.values(TYPES)) {
  if (type.kind !== 'object') continue
  for (const f of type.fields) {
    let t = f.type
    while (typeof t === 'object' && t.array) t = t.array
    if (typeof t === 'object' && t.enum) ENUM_BY_NAME.set(f.name, [...new Set([...(ENUM_BY_NAME.get(f.name) ?? []), ...t.enum])].sort())
  }
}
/** The field's type, with enum values for a string (or string array) field named like an enum field. */
function withEnum(name, type) {
  const values = ENUM_BY_NAME.get(name)
  if (!values) return type
  if (type === 'string') return { ref: name, enum: values }
  if (typeof type === 'object' && type.array === 'string') return { array: { ref: name, enum: values } }
  return type
}

/** A field's one-line TSDoc, when its name does not say it all. */
const doc = (indent, name) => {
  const text = fieldDoc(name)
  return text ? `${indent}/** ${text} */\n` : ''
}

/** The fields of an object type as interface members. */
export function tsFields(key, indent, override = {}) {
  return TYPES[key].fields
    .map((f) => `${doc(indent, f.name)}${indent}${propName(f.name)}${f.required ? '' : '?'}: ${override[f.name] ?? tsType(withEnum(f.name, f.type))}`)
    .join('\n')
}

/** The valibot schema of a param field. */
export function schemaOf(type) {
  if (typeof type === 'string') {
    return { string: 'v.string()', timestamp: 'v.string()', integer: 'int()', number: 'v.number()', boolean: 'v.boolean()', any: 'v.unknown()' }[type]
  }
  if (type.enum) return `openEnum<${enumUnion(type.enum)}>()`
  if (type.array) return `v.array(${schemaOf(type.array)})`
  if (type.map) return `v.record(v.string(), ${schemaOf(type.map)})`
  if (type.ref) return `${modelName(type.ref)}Schema`
  throw new Error(`unsupported type ${JSON.stringify(type)}`)
}

/** The fields of an object type as strict-object schema entries. */
export function schemaFields(key, indent) {
  return TYPES[key].fields
    .map((f) => `${doc(indent, f.name)}${indent}${propName(f.name)}: ${f.required ? schemaOf(f.type) : `v.optional(${schemaOf(f.type)})`},`)
    .join('\n')
}

/** The TypeScript type of a param field (nested objects are the `…Input` interfaces of inputs.ts). */
export function inputType(type) {
  if (typeof type === 'string') return tsType(type)
  if (type.enum) return tsType(type)
  if (type.array) {
    const item = inputType(type.array)
    return /[ |]/.test(item) ? `Array<${item}>` : `${item}[]`
  }
  if (type.map) return `Record<string, ${inputType(type.map)}>`
  if (type.ref) return inputName(type.ref)
  throw new Error(`unsupported type ${JSON.stringify(type)}`)
}

/** The name of the interface of a nested param object. */
export const inputName = (key) => `${modelName(key)}Input`

/** The fields of a param object type as interface members (optional ones also take `undefined`). */
export function inputFields(key, indent) {
  return TYPES[key].fields
    .map((f) => `${doc(indent, f.name)}${indent}${propName(f.name)}${f.required ? '' : '?'}: ${inputType(f.type)}${f.required ? '' : ' | undefined'}`)
    .join('\n')
}

/** The name of the shape constant of a nested param object (shapes.ts). */
export const shapeName = (key) => `${modelName(key)}Shape`

/**
 * The run-time spec of a param field that core/check.ts reads: a code (`s` string, `i` integer,
 * `n` number, `b` boolean, `u` any JSON, `r` JSON object), upper case when required, or
 * `['a', item]` / `['o', shape]` with a trailing `1` when required. Array items are always required.
 */
export function specOf(type, required) {
  if (typeof type === 'string' || type.enum) {
    const code = type.enum ? 's' : { string: 's', timestamp: 's', integer: 'i', number: 'n', boolean: 'b', any: 'u' }[type]
    if (!code) throw new Error(`unsupported type ${JSON.stringify(type)}`)
    return `'${required ? code.toUpperCase() : code}'`
  }
  if (type.map) {
    if (type.map !== 'any') throw new Error(`unsupported map ${JSON.stringify(type)}`)
    return `'${required ? 'R' : 'r'}'`
  }
  const tail = required ? ', 1' : ''
  if (type.array) return `['a', ${specOf(type.array, false)}${tail}]`
  if (type.ref) return `['o', ${shapeName(type.ref)}${tail}]`
  throw new Error(`unsupported type ${JSON.stringify(type)}`)
}

/** The fields of a param object type as the entries of its shape, on one line. */
export const shapeEntries = (key) => TYPES[key].fields.map((f) => `${propName(f.name)}: ${specOf(f.type, f.required)}`).join(', ')

/** The schema helpers of core/schema.ts that a piece of generated code calls. */
export const helpersUsed = (text) => ['int', 'openEnum', 'strict'].filter((h) => new RegExp(`\\b${h}<?\\(`).test(text) || text.includes(`${h}<`))

/** The coarse kind the decoder checks for an always-present response field (undefined: not checked). */
export function kindOf(type) {
  if (typeof type === 'string') return { string: 's', timestamp: 's', integer: 'n', number: 'n', boolean: 'b' }[type]
  if (type.enum) return 's'
  if (type.array) return 'a'
  return 'o'
}
