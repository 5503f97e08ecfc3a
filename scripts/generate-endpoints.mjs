#!/usr/bin/env node
// Writes src/endpoints/** from the API catalog (facts only: routes, field names, kinds, required
// flags). The generated files are committed; building and testing never run this script.
//
//   node scripts/generate-endpoints.mjs ../shared/api/b2b-catalog.json [Id ...]
//
// With no ids, every `http` route of the catalog is generated.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DOCS, SEE } from './endpoint-docs.mjs'
import { functionName, groupOf } from './naming.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [catalogPath, ...onlyIds] = process.argv.slice(2)
if (!catalogPath) throw new Error('usage: generate-endpoints.mjs <catalog.json> [Id ...]')
const catalog = JSON.parse(readFileSync(catalogPath, 'utf8'))
const TYPES = catalog.types
const methods = catalog.methods.filter((m) => m.kind === 'http' && (onlyIds.length === 0 || onlyIds.includes(m.id)))
const missing = onlyIds.filter((id) => !methods.some((m) => m.id === id))
if (missing.length) throw new Error(`unknown ids: ${missing.join(', ')}`)
// Routes whose response carries a member session with custom claims (the reference's *WithClaims).
const CLAIMS = new Set(catalog.methods.filter((m) => m.kind === 'with_claims').map((m) => m.baseMethod ?? m.id.replace(/WithClaims$/, '')))

const pascal = (name) =>
  name.replace(/OAuth/g, 'Oauth').replace(/[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)/g, (m) => m[0] + m.slice(1).toLowerCase())
const upperFirst = (s) => s[0].toUpperCase() + s.slice(1)

// ---- model (nested type) names ------------------------------------------------------------
const paramRoots = new Set(methods.map((m) => m.paramsType))
const responseRoots = new Set(methods.map((m) => m.responseType))
const allHttp = catalog.methods.filter((m) => m.kind === 'http')
const goNameCount = new Map()
for (const [key, type] of Object.entries(TYPES)) {
  if (type.kind !== 'object') continue
  const name = key.split('.').pop()
  goNameCount.set(name, (goNameCount.get(name) ?? 0) + 1)
}
function modelName(key) {
  const [pkgPath, name] = [key.slice(0, key.lastIndexOf('.')), key.split('.').pop()]
  if (goNameCount.get(name) > 1) {
    const pkg = pkgPath.split('/').pop()
    return pascal(upperFirst(pkg === 'scim' || pkg === 'sso' ? pkg.toUpperCase() : pkg)) + pascal(name)
  }
  return pascal(name)
}
const refOf = (type) => (typeof type === 'object' && type.ref && !type.enum ? type.ref : undefined)
const inner = (type) => (typeof type === 'object' ? (type.array ?? type.map ?? type) : type)
function refsIn(type) {
  let t = type
  while (typeof t === 'object' && (t.array || t.map)) t = inner(t)
  return refOf(t) ? [refOf(t)] : []
}

// ---- TypeScript types (responses) -------------------------------------------------------
const models = new Map() // key -> name, for response-side nested types
function tsType(type) {
  if (typeof type === 'string') {
    return { string: 'string', timestamp: 'string', integer: 'number', number: 'number', boolean: 'boolean', any: 'unknown' }[type]
  }
  if (type.enum) return `${type.enum.map((v) => `'${v}'`).join(' | ')} | (string & {})`
  if (type.array) {
    const item = tsType(type.array)
    return /[ |]/.test(item) ? `Array<${item}>` : `${item}[]`
  }
  if (type.map) return `Record<string, ${tsType(type.map)}>`
  if (type.ref) {
    collectModel(type.ref)
    return modelName(type.ref)
  }
  throw new Error(`unsupported type ${JSON.stringify(type)}`)
}
function collectModel(key) {
  if (models.has(key)) return
  models.set(key, modelName(key))
  for (const field of TYPES[key].fields) for (const ref of refsIn(field.type)) collectModel(ref)
}
const propName = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`)
function tsFields(key, indent, override = {}) {
  return TYPES[key].fields
    .map((f) => {
      const type = tsType(f.type) // always, so that overridden fields still collect their models
      return `${indent}${propName(f.name)}${f.required ? '' : '?'}: ${override[f.name] ?? type}`
    })
    .join('\n')
}

// ---- valibot schemas (params) -------------------------------------------------------------
const paramModels = new Map() // key -> schema name, for nested param objects
function schemaOf(type) {
  if (typeof type === 'string') {
    return { string: 'v.string()', timestamp: 'v.string()', integer: 'int()', number: 'v.number()', boolean: 'v.boolean()', any: 'v.unknown()' }[type]
  }
  if (type.enum) return `openEnum<${type.enum.map((v) => `'${v}'`).join(' | ')}>()`
  if (type.array) return `v.array(${schemaOf(type.array)})`
  if (type.map) return `v.record(v.string(), ${schemaOf(type.map)})`
  if (type.ref) {
    collectParamModel(type.ref)
    return `${modelName(type.ref)}Schema`
  }
  throw new Error(`unsupported type ${JSON.stringify(type)}`)
}
function collectParamModel(key) {
  if (paramModels.has(key)) return
  paramModels.set(key, `${modelName(key)}Schema`)
  for (const field of TYPES[key].fields) for (const ref of refsIn(field.type)) collectParamModel(ref)
}
function schemaFields(key, indent) {
  return TYPES[key].fields
    .map((f) => {
      const schema = schemaOf(f.type)
      return `${indent}${propName(f.name)}: ${f.required ? schema : `v.optional(${schema})`},`
    })
    .join('\n')
}
const usesHelper = (text, helper) => new RegExp(`\\b${helper}<?\\(`).test(text) || text.includes(`${helper}<`)

// ---- response shape ------------------------------------------------------------------------
function kindOf(type) {
  if (typeof type === 'string') return { string: 's', timestamp: 's', integer: 'n', number: 'n', boolean: 'b' }[type]
  if (type.enum) return 's'
  if (type.array) return 'a'
  return 'o'
}

function wrap(text, width = 100) {
  const lines = []
  let line = ' *'
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width && line !== ' *') {
      lines.push(line)
      line = ' *'
    }
    line += ` ${word}`
  }
  return [...lines, line]
}

// ---- emit ------------------------------------------------------------------------------------
const out = join(root, 'src', 'endpoints')
const written = []
for (const m of methods) {
  const name = functionName(m.id)
  const Name = upperFirst(name)
  const group = groupOf(m.id)
  const [summary, hint] = DOCS[m.id] ?? (() => { throw new Error(`no docs for ${m.id}`) })()
  const params = TYPES[m.paramsType]
  const response = TYPES[m.responseType]
  const hasRequired = params.fields.some((f) => f.required)
  const auth = Boolean(m.requestOptions)
  const claims = CLAIMS.has(m.id)

  const schemaBody = schemaFields(m.paramsType, '  ')
  const override = claims ? { member_session: "Omit<MemberSession, 'custom_claims'> & { custom_claims: Claims }" } : {}
  const responseBody = tsFields(m.responseType, '  ', override)
  const shape = response.fields.filter((f) => f.required && kindOf(f.type)).map((f) => `${propName(f.name)}: '${kindOf(f.type)}'`)
  const usedModels = [...new Set([...responseBody.matchAll(/\b([A-Z]\w+)\b/g)].map((x) => x[1]))]
    .filter((n) => [...models.values()].includes(n) && n !== Name)
  const usedSchemas = [...new Set([...schemaBody.matchAll(/\b([A-Z]\w+Schema)\b/g)].map((x) => x[1]))]
  const helpers = ['int', 'openEnum'].filter((h) => usesHelper(schemaBody, h))

  if (claims && auth) throw new Error(`${m.id}: claims with member-session authorization is not supported`)
  const optionsType = claims ? 'ClaimsCallOptions<S>' : auth ? 'AuthorizedCallOptions' : 'CallOptions'
  const coreTypes = ['Endpoint', claims ? 'ClaimsCallOptions' : optionsType]
  const see = `https://stytch.com/docs/b2b/api${SEE[m.id] ? `/${SEE[m.id]}` : ''}`
  const doc = [
    '/**',
    ...wrap(summary),
    ...(hint ? [' *', ...wrap(`Hint: ${hint}`)] : []),
    ...(claims ? [' *', ' * Pass `options.claims` (a valibot schema) to validate and type `member_session.custom_claims`.'] : []),
    ' *',
    ' * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch\'s `error_type` as `code`),',
    ' *   or a network, timeout, abort or decode error.',
    ` * @see ${see}`,
    ' */',
  ]
  const signature = claims
    ? `export function ${name}<S extends ClaimsSchema | undefined = undefined>(\n  ctx: Context,\n  params: ${Name}Params,\n  options?: ${optionsType},\n): Promise<${Name}Response<ClaimsOf<S>>> {\n  return call(ctx, endpoint, params, options)\n}`
    : `export function ${name}(\n  ctx: Context,\n  params${hasRequired ? '' : '?'}: ${Name}Params,\n  options?: ${optionsType},\n): Promise<${Name}Response> {\n  return call(ctx, endpoint, params, options)\n}`

  const lines = [
    `// Generated from the API catalog by scripts/generate-endpoints.mjs; route: ${m.httpMethod} ${m.path}`,
    "import * as v from 'valibot'",
    ...(claims ? ["import type { ClaimsOf, ClaimsSchema } from '../../core/claims.js'"] : []),
    "import type { Context } from '../../core/context.js'",
    "import { call } from '../../core/pipeline.js'",
    ...(helpers.length ? [`import { ${helpers.join(', ')} } from '../../core/schema.js'`] : []),
    `import type { ${coreTypes.join(', ')} } from '../../core/types.js'`,
    ...(usedModels.length ? [`import type { ${usedModels.sort().join(', ')} } from '../models.js'`] : []),
    ...(usedSchemas.length ? [`import { ${usedSchemas.sort().join(', ')} } from '../schemas.js'`] : []),
    '',
    `/** Schema of {@link ${Name}Params}: strict, so a misspelt key fails before sending. */`,
    `export const ${Name}ParamsSchema = v.strictObject({${schemaBody ? `\n${schemaBody}\n` : ''}})`,
    '',
    `/** Params of {@link ${name}}. */`,
    `export type ${Name}Params = v.InferInput<typeof ${Name}ParamsSchema>`,
    '',
    `/** Response of {@link ${name}}. */`,
    claims
      ? `export interface ${Name}Response<Claims = Record<string, unknown>> {\n${responseBody}\n}`
      : `export interface ${Name}Response {\n${responseBody}\n}`,
    '',
    `const endpoint: Endpoint = {`,
    `  method: '${m.httpMethod}',`,
    `  path: '${m.path}',`,
    `  params: ${Name}ParamsSchema,`,
    ...(auth ? ['  auth: true,'] : []),
    ...(claims ? ['  claims: true,'] : []),
    `  response: { ${shape.join(', ')} },`,
    '}',
    '',
    ...doc,
    signature,
    '',
  ]
  const text = lines.join('\n')
  const file = join(out, group, `${name}.ts`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
  written.push({ id: m.id, name, group, method: m.httpMethod, path: m.path, auth, claims, hasRequired })
}

// Nested param schemas, in dependency order.
const schemaLines = []
const emitted = new Set()
function emitSchema(key) {
  if (emitted.has(key)) return
  emitted.add(key)
  for (const f of TYPES[key].fields) for (const ref of refsIn(f.type)) emitSchema(ref)
  schemaLines.push(`/** Schema of a nested \`${modelName(key)}\` param object. */`, `export const ${modelName(key)}Schema = v.strictObject({\n${schemaFields(key, '  ')}\n})`, '')
}
for (const key of [...paramModels.keys()].sort()) emitSchema(key)
const schemaText = schemaLines.join('\n')
const schemaHelpers = ['int', 'openEnum'].filter((h) => usesHelper(schemaText, h))
writeFileSync(
  join(out, 'schemas.ts'),
  [
    '// Generated from the API catalog by scripts/generate-endpoints.mjs: nested param objects.',
    "import * as v from 'valibot'",
    ...(schemaHelpers.length ? [`import { ${schemaHelpers.join(', ')} } from '../core/schema.js'`] : []),
    '',
    schemaText,
  ].join('\n'),
)

// Response models, sorted by name.
const modelLines = ['// Generated from the API catalog by scripts/generate-endpoints.mjs: objects nested in responses.', '']
for (const [key, name] of [...models].sort((a, b) => a[1].localeCompare(b[1]))) {
  modelLines.push(`/** The \`${name}\` object of Stytch responses. */`, `export interface ${name} {\n${tsFields(key, '  ')}\n}`, '')
}
writeFileSync(join(out, 'models.ts'), modelLines.join('\n'))

// Barrel of every endpoint module.
const barrel = written
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((e) => `export * from './${e.group}/${e.name}.js'`)
writeFileSync(join(out, 'index.ts'), ['// Generated by scripts/generate-endpoints.mjs.', "export type * from './models.js'", ...barrel, ''].join('\n'))

// The endpoint index (stytch-b2b/manifest): data only, imported by no endpoint.
writeFileSync(
  join(root, 'src', 'manifest.ts'),
  [
    '// Generated by scripts/generate-endpoints.mjs: one entry per HTTP route of the Stytch B2B API.',
    '',
    '/** One route of the Stytch B2B API and the function of this package that calls it. */',
    'export interface EndpointEntry {',
    '  /** The reference method id, e.g. `MagicLinks.Email.LoginOrSignup`. */',
    '  readonly id: string',
    '  /** Name of the function exported from `stytch-b2b`. */',
    '  readonly name: string',
    "  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'",
    '  /** Path template with `{param}` placeholders. */',
    '  readonly path: string',
    '}',
    '',
    '/** Every route, sorted by id. */',
    'export const endpoints: readonly EndpointEntry[] = [',
    ...[...written]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => `  { id: '${e.id}', name: '${e.name}', method: '${e.method}', path: '${e.path}' },`),
    ']',
    '',
  ].join('\n'),
)

// ---- test cases: params with sample values and a response fixture per endpoint -------------
const SAMPLE_TIME = '2024-03-03T09:00:00Z'
function sample(name, type, depth = 0) {
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (/(^|_)email(_address)?$/.test(name)) return 'ada@acme.example'
        if (/url$/.test(name)) return 'https://app.acme.example/callback'
        if (/_id$/.test(name)) return `${name.replace(/_id$/, '').replace(/_/g, '-')}-test-0001`
        if (/token$/.test(name)) return `${name}-sample`
        if (/phone_number$/.test(name)) return '+12025550123'
        return `${name}-value`
      case 'timestamp':
        return SAMPLE_TIME
      case 'integer':
        return name === 'status_code' ? 200 : 3
      case 'number':
        return 1.5
      case 'boolean':
        return true
      case 'any':
        return { note: 'any' }
    }
  }
  if (type.enum) return type.enum[0]
  if (type.array) return depth > 3 ? [] : [sample(name.replace(/s$/, ''), type.array, depth + 1)]
  if (type.map) return depth > 3 ? {} : { key: sample('value', type.map, depth + 1) }
  if (type.ref) return depth > 3 ? {} : sampleObject(type.ref, depth + 1)
  throw new Error(`no sample for ${JSON.stringify(type)}`)
}
// Nested objects keep their required fields and optional scalars, so fixtures stay readable.
function sampleObject(key, depth = 0) {
  const fields = TYPES[key].fields.filter((f) => depth === 0 || f.required || typeof f.type === 'string' || f.type.enum)
  return Object.fromEntries(fields.map((f) => [f.name, sample(f.name, f.type, depth)]))
}
const WEIRD = { organization_id: 'org/../x?y#z', member_id: 'member 1%2F', connection_id: '..x', certificate_id: 'cert/1', member_password_id: 'pw?1', project_id: 'project-test-1' }
const cases = methods.map((m) => {
  const pathParams = new Set(m.pathParams)
  const params = Object.fromEntries(
    TYPES[m.paramsType].fields.map((f) => [f.name, pathParams.has(f.name) ? (WEIRD[f.name] ?? `${f.name}/x`) : sample(f.name, f.type)]),
  )
  if (m.httpMethod === 'GET' || m.httpMethod === 'DELETE') {
    for (const f of TYPES[m.paramsType].fields) {
      if (!pathParams.has(f.name) && typeof f.type !== 'string') throw new Error(`${m.id}: non-scalar query param ${f.name}`)
    }
  }
  return { id: m.id, name: functionName(m.id), method: m.httpMethod, path: m.path, auth: Boolean(m.requestOptions), claims: CLAIMS.has(m.id), params, response: sampleObject(m.responseType) }
})
writeFileSync(
  join(root, 'tests', 'endpoints', 'cases.generated.ts'),
  [
    '// Generated by scripts/generate-endpoints.mjs: sample params and response bodies for every route.',
    '// Path params hold characters that would leave their segment if they were not encoded.',
    '',
    'export interface EndpointCase {',
    '  id: string',
    '  name: string',
    "  method: 'GET' | 'POST' | 'PUT' | 'DELETE'",
    '  path: string',
    '  auth: boolean',
    '  claims: boolean',
    '  params: Record<string, unknown>',
    '  response: Record<string, unknown>',
    '}',
    '',
    'export const cases: EndpointCase[] = [',
    ...cases.map((c) => `  ${JSON.stringify(c)},`),
    ']',
    '',
  ].join('\n'),
)
console.log(`wrote ${written.length} endpoint modules, ${models.size} models, ${paramModels.size} nested param schemas`)

// README: every reference method → our function → route, between markers.
if (onlyIds.length === 0) {
  const byId = new Map(written.map((e) => [e.id, e]))
  const LOCAL = 'local verification with keys from `GET /v1/b2b/sessions/jwks/{project_id}`'
  const FALLBACK = `${LOCAL}; falls back to \`POST /v1/b2b/sessions/authenticate\``
  const JWT = {
    'Sessions.AuthenticateJWT': ['`authenticateSessionJwt` (`stytch-b2b/jwt`)', FALLBACK],
    'Sessions.AuthenticateJWTLocal': ['`authenticateSessionJwtLocal` (`stytch-b2b/jwt`)', LOCAL],
    'Sessions.AuthenticateJWTWithClaims': ['`authenticateSessionJwt` with `claims` (`stytch-b2b/jwt`)', FALLBACK],
  }
  const rows = [...catalog.methods]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((m) => {
      if (m.kind === 'http') {
        const e = byId.get(m.id)
        return `| \`${m.id}\` | \`${e.name}\`${e.auth ? ' ¹' : ''} | \`${m.httpMethod} ${m.path}\` |`
      }
      if (m.kind === 'with_claims') {
        const base = catalog.methods.find((b) => b.id === m.baseMethod)
        return `| \`${m.id}\` | \`${functionName(m.baseMethod)}\` with \`{ claims }\` | \`${base.httpMethod} ${base.path}\` |`
      }
      const [fn, route] = JWT[m.id] ?? ['not covered', '']
      return `| \`${m.id}\` | ${fn} | ${route} |`
    })
  const table = ['| reference method | function | route |', '|---|---|---|', ...rows].join('\n')
  const readmePath = join(root, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const start = '<!-- endpoints:start -->'
  const end = '<!-- endpoints:end -->'
  if (!readme.includes(start)) throw new Error('README lacks the endpoints markers')
  writeFileSync(readmePath, readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`))
}
