// Emits one module per route (src/endpoints/<group>/<name>.ts) and the barrel that re-exports them.
import { DOCS, SEE } from '../endpoint-docs.mjs'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { BANNER, formRoutes, inputFields, inputName, kindOf, modelName, paramModels, propName, responseModels, root, routes, shapeEntries, shapeName, TYPES, tsFields, upperFirst } from './spec.mjs'

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

/** The page of Stytch's API reference for a route (an absolute URL, or a slug under the B2B reference). */
export const seeUrl = (id) => {
  const page = SEE[id]
  return page?.startsWith('https://') ? page : `https://stytch.com/docs/b2b/api${page ? `/${page}` : ''}`
}

const responseNames = new Set([...responseModels].map(modelName))
const inputNames = new Set([...paramModels].map(inputName))
const shapeNames = new Set([...paramModels].map(shapeName))
const namesIn = (text, known) => [...new Set([...text.matchAll(/\b([A-Z]\w+)\b/g)].map((x) => x[1]))].filter((n) => known.has(n)).sort()

function endpointModule(r) {
  const { name } = r
  const Name = upperFirst(name)
  const [summary, hint] = DOCS[r.id] ?? (() => { throw new Error(`no docs for ${r.id} in scripts/endpoint-docs.mjs`) })()
  const hasRequired = TYPES[r.paramsType].fields.some((f) => f.required)
  const paramsBody = inputFields(r.paramsType, '  ')
  const shapeBody = shapeEntries(r.paramsType)
  const override = r.claims ? { member_session: "Omit<MemberSession, 'custom_claims'> & { custom_claims: Claims }" } : {}
  const responseBody = tsFields(r.responseType, '  ', override)
  const shape = TYPES[r.responseType].fields.filter((f) => f.required && kindOf(f.type)).map((f) => `${propName(f.name)}: '${kindOf(f.type)}'`)
  const usedModels = namesIn(responseBody, responseNames).filter((n) => n !== Name)
  const usedInputs = namesIn(paramsBody, inputNames)
  const usedShapes = namesIn(shapeBody, shapeNames)
  const optionsType = r.claims ? 'ClaimsCallOptions<S>' : r.auth ? 'AuthorizedCallOptions' : 'CallOptions'
  const coreTypes = ['Endpoint', r.claims ? 'ClaimsCallOptions' : optionsType]
  const doc = [
    '/**',
    ...wrap(summary),
    ...(hint ? [' *', ...wrap(`Hint: ${hint}`)] : []),
    ...(r.claims ? [' *', ' * Pass `options.claims` (a valibot schema) to validate and type `member_session.custom_claims`.'] : []),
    ' *',
    " * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),",
    ' *   or a network, timeout, abort or decode error.',
    ` * @see ${seeUrl(r.id)}`,
    ' */',
  ]
  // POST is never retried (retry.methods cannot name it): only the other routes carry the retry step.
  const retries = r.httpMethod !== 'POST'
  // GET and DELETE send their params in the query: only they carry the query encoder.
  const queries = r.httpMethod === 'GET' || r.httpMethod === 'DELETE'
  const signature = r.claims
    ? `export function ${name}<S extends ClaimsSchema | undefined = undefined>(\n  ctx: Context,\n  params: ${Name}Params,\n  options?: ${optionsType},\n): Promise<${Name}Response<ClaimsOf<S>>> {\n  return call(ctx, endpoint, params, options)\n}`
    : `export function ${name}(\n  ctx: Context,\n  params${hasRequired ? '' : '?'}: ${Name}Params,\n  options?: ${optionsType},\n): Promise<${Name}Response> {\n  return call(ctx, endpoint, params, options)\n}`
  return [
    `${BANNER} Route: ${r.httpMethod} ${r.path}`,
    ...(r.claims ? ["import { sessionClaims, type ClaimsOf, type ClaimsSchema } from '../../core/claims.js'"] : []),
    ...(r.auth ? ["import { memberSession } from '../../core/auth.js'"] : []),
    "import type { Context } from '../../core/context.js'",
    "import { call } from '../../core/pipeline.js'",
    ...(retries ? ["import { retrying } from '../../core/retry.js'"] : []),
    ...(queries ? ["import { encodeQuery } from '../../core/url.js'"] : []),
    `import type { ${coreTypes.join(', ')} } from '../../core/types.js'`,
    ...(usedModels.length ? [`import type { ${usedModels.join(', ')} } from '../models.js'`] : []),
    ...(usedInputs.length ? [`import type { ${usedInputs.join(', ')} } from '../inputs.js'`] : []),
    ...(usedShapes.length ? [`import { ${usedShapes.join(', ')} } from '../shapes.js'`] : []),
    '',
    `/** Params of {@link ${name}}; a key it does not name fails before sending. */`,
    paramsBody ? `export interface ${Name}Params {\n${paramsBody}\n}` : `export type ${Name}Params = Record<string, never>`,
    '',
    `/** Response of {@link ${name}}. */`,
    r.claims ? `export interface ${Name}Response<Claims = Record<string, unknown>> {\n${responseBody}\n}` : `export interface ${Name}Response {\n${responseBody}\n}`,
    '',
    'const endpoint: Endpoint = {',
    `  method: '${r.httpMethod}',`,
    `  path: [${pathParts(r.path).map((part) => `'${part}'`).join(', ')}],`,
    `  params: { ${shapeBody} },`,
    ...(r.auth ? ['  auth: memberSession,'] : []),
    ...(r.claims ? ['  claims: sessionClaims,'] : []),
    ...(r.telemetry ? ['  telemetry: true,'] : []),
    ...(queries ? ['  query: encodeQuery,'] : []),
    ...(retries ? ['  retry: retrying,'] : []),
    `  response: { ${shape.join(', ')} },`,
    '}',
    '',
    ...doc,
    signature,
    '',
  ].join('\n')
}

/**
 * A path template as the pipeline takes it: literal text at even indices, param names at odd ones,
 * no empty text at the end. Every literal holds a `/` and no param name does, which is how
 * `isPathParam` (core/url.ts) tells them apart.
 */
const pathParts = (template) => {
  const parts = template.split(/\{(\w+)\}/)
  const out = parts.at(-1) === '' ? parts.slice(0, -1) : parts
  if (out.some((part, i) => i % 2 === 0 && !part.includes('/'))) throw new Error(`${template}: path params must be separated by "/"`)
  return out
}

/** Every endpoint module and the barrel, as `[path, text]`. */
export function emitEndpoints() {
  const files = routes.map((r) => [`src/endpoints/${r.group}/${r.name}.ts`, endpointModule(r)])
  for (const r of formRoutes) {
    if (!existsSync(join(root, `src/endpoints/${r.group}/${r.name}.ts`))) throw new Error(`${r.id}: its hand-written module src/endpoints/${r.group}/${r.name}.ts is missing`)
  }
  const barrel = [...routes, ...formRoutes].sort((a, b) => a.name.localeCompare(b.name)).map((r) => `export * from './${r.group}/${r.name}.js'`)
  files.push(['src/endpoints/index.ts', [BANNER, "export type * from './models.js'", "export type * from './inputs.js'", ...barrel, ''].join('\n')])
  return files
}
