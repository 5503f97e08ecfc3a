// Emits src/endpoints/models.ts (objects nested in responses, as interfaces), src/endpoints/inputs.ts
// (objects nested in params, as interfaces), src/endpoints/shapes.ts (their run-time shapes, which
// core/check.ts validates params against) and src/schemas/index.ts (`stytch-b2b/schemas`: every
// params object as a strict valibot schema, for callers who validate forms with valibot).
import { BANNER, helpersUsed, inputFields, inputName, modelName, paramModels, refsIn, responseModels, routes, schemaFields, shapeEntries, shapeName, TYPES, tsFields, upperFirst } from './spec.mjs'

function models() {
  const lines = [BANNER, '']
  for (const [key, name] of [...responseModels].map((k) => [k, modelName(k)]).sort((a, b) => a[1].localeCompare(b[1]))) {
    lines.push(`/** The \`${name}\` object of Stytch responses. */`, `export interface ${name} {\n${tsFields(key, '  ')}\n}`, '')
  }
  return lines.join('\n')
}

function inputs() {
  const lines = [BANNER, '']
  for (const [key, name] of [...paramModels].map((k) => [k, inputName(k)]).sort((a, b) => a[1].localeCompare(b[1]))) {
    lines.push(`/** A nested \`${modelName(key)}\` object of request params. */`, `export interface ${name} {\n${inputFields(key, '  ')}\n}`, '')
  }
  return lines.join('\n')
}

/** The param model keys in dependency order: each after the ones it uses. */
function ordered() {
  const out = []
  const seen = new Set()
  const visit = (key) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const f of TYPES[key].fields) for (const ref of refsIn(f.type)) visit(ref)
    out.push(key)
  }
  for (const key of [...paramModels].sort()) visit(key)
  return out
}

function shapes() {
  const lines = [BANNER, "import type { Shape } from '../core/check.js'", '']
  for (const key of ordered()) lines.push(`export const ${shapeName(key)}: Shape = { ${shapeEntries(key)} }`)
  return [...lines, ''].join('\n')
}

function schemas() {
  const lines = []
  for (const key of ordered()) {
    lines.push(`/** Schema of a nested \`${modelName(key)}\` param object. */`, `export const ${modelName(key)}Schema = strict({\n${schemaFields(key, '  ')}\n})`, '')
  }
  for (const r of routes) {
    const Name = upperFirst(r.name)
    const body = schemaFields(r.paramsType, '  ')
    lines.push(`/** Params of \`${r.name}\` (${r.httpMethod} ${r.path}), strict: a misspelt key fails. */`, `export const ${Name}ParamsSchema = strict({${body ? `\n${body}\n` : ''}})`, '')
  }
  const text = lines.join('\n')
  const helpers = helpersUsed(text)
  return [
    BANNER,
    '/**',
    ' * Strict valibot schemas of every endpoint\'s params (`…ParamsSchema`) and of the objects nested',
    ' * in them, for validating input with valibot before calling. The endpoints do not need them: they',
    ' * check params against the same spec themselves, and this module is loaded only when imported.',
    ' *',
    ' * @module',
    ' */',
    "import * as v from 'valibot'",
    ...(helpers.length ? [`import { ${helpers.join(', ')} } from '../core/schema.js'`] : []),
    '',
    "export * from './form.js'",
    '',
    text,
  ].join('\n')
}

export function emitModels() {
  return [
    ['src/endpoints/models.ts', models()],
    ['src/endpoints/inputs.ts', inputs()],
    ['src/endpoints/shapes.ts', shapes()],
    ['src/schemas/index.ts', schemas()],
  ]
}
