// Emits tests/endpoints/cases.generated.ts: sample params and a response body for every route.
import { BANNER, routes, TYPES, upperFirst } from './spec.mjs'

const SAMPLE_TIME = '2024-03-03T09:00:00Z'
function sample(name, type, depth = 0, required = false) {
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
  // Deep down only what is required, so that params stay valid and fixtures readable.
  if (type.array) return depth > 3 && !required ? [] : [sample(name.replace(/s$/, ''), type.array, depth + 1, required)]
  if (type.map) return depth > 3 ? {} : { key: sample('value', type.map, depth + 1) }
  if (type.ref) return depth > 8 ? {} : sampleObject(type.ref, depth + 1)
  throw new Error(`no sample for ${JSON.stringify(type)}`)
}
// Nested objects keep their required fields and optional scalars, so fixtures stay readable.
function sampleObject(key, depth = 0) {
  const fields = TYPES[key].fields.filter((f) => depth === 0 || f.required || (depth <= 3 && (typeof f.type === 'string' || f.type.enum)))
  return Object.fromEntries(fields.map((f) => [f.name, sample(f.name, f.type, depth, f.required)]))
}
// Path params hold characters that would leave their segment if they were not encoded.
const HOSTILE = {
  organization_id: 'org/../x?y#z',
  member_id: 'member 1%2F',
  connection_id: '..x',
  certificate_id: 'cert/1',
  member_password_id: 'pw?1',
  project_id: 'project-test-1',
  connected_app_id: 'app#1/..',
  private_key_id: 'key%20/x',
}

export function emitCases() {
  const cases = routes.map((r) => {
    const pathParams = new Set(r.pathParams)
    const fields = TYPES[r.paramsType].fields
    if (r.httpMethod === 'GET' || r.httpMethod === 'DELETE') {
      for (const f of fields) if (!pathParams.has(f.name) && typeof f.type !== 'string') throw new Error(`${r.id}: non-scalar query param ${f.name}`)
    }
    const params = Object.fromEntries(fields.map((f) => [f.name, pathParams.has(f.name) ? (HOSTILE[f.name] ?? `${f.name}/x`) : sample(f.name, f.type)]))
    return { id: r.id, name: r.name, method: r.httpMethod, path: r.path, auth: r.auth, claims: r.claims, params, response: sampleObject(r.responseType) }
  })
  const text = [
    BANNER,
    '// Sample params and response bodies for every route; path params hold characters that must stay in their segment.',
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
  ].join('\n')
  // The params types the endpoints declare are the inputs of the valibot schemas of stytch-b2b/schemas.
  const names = routes.map((r) => upperFirst(r.name))
  // Routes without params take no keys at all (valibot's input type of an empty object is `{}`).
  const empty = new Set(routes.filter((r) => !TYPES[r.paramsType].fields.length).map((r) => upperFirst(r.name)))
  const types = [
    BANNER,
    '// Each endpoint\'s params type equals the input type of its valibot schema in stytch-b2b/schemas.',
    "import type { InferInput } from 'valibot'",
    "import { expectTypeOf, test } from 'vitest'",
    `import type { ${names.map((n) => `${n}Params`).join(', ')} } from '../../src/index.js'`,
    `import type { ${names.filter((n) => !empty.has(n)).map((n) => `${n}ParamsSchema`).join(', ')} } from '../../src/schemas/index.js'`,
    '',
    "test('params types match the schemas', () => {",
    ...names.map((n) => (empty.has(n) ? `  expectTypeOf<${n}Params>().toEqualTypeOf<Record<string, never>>()` : `  expectTypeOf<${n}Params>().toEqualTypeOf<InferInput<typeof ${n}ParamsSchema>>()`)),
    '})',
    '',
  ].join('\n')
  return [['tests/endpoints/cases.generated.ts', text], ['tests/endpoints/params.generated.test-d.ts', types]]
}
