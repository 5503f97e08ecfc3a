// Emits src/endpoints/models.ts (objects nested in responses, as interfaces) and
// src/endpoints/schemas.ts (objects nested in params, as strict valibot schemas).
import { BANNER, helpersUsed, modelName, paramModels, refsIn, responseModels, schemaFields, TYPES, tsFields } from './spec.mjs'

function models() {
  const lines = [BANNER, '']
  for (const [key, name] of [...responseModels].map((k) => [k, modelName(k)]).sort((a, b) => a[1].localeCompare(b[1]))) {
    lines.push(`/** The \`${name}\` object of Stytch responses. */`, `export interface ${name} {\n${tsFields(key, '  ')}\n}`, '')
  }
  return lines.join('\n')
}

function schemas() {
  // In dependency order: a schema is declared after the ones it uses.
  const lines = []
  const emitted = new Set()
  const emit = (key) => {
    if (emitted.has(key)) return
    emitted.add(key)
    for (const f of TYPES[key].fields) for (const ref of refsIn(f.type)) emit(ref)
    lines.push(`/** Schema of a nested \`${modelName(key)}\` param object. */`, `export const ${modelName(key)}Schema = strict({\n${schemaFields(key, '  ')}\n})`, '')
  }
  for (const key of [...paramModels].sort()) emit(key)
  const text = lines.join('\n')
  const helpers = helpersUsed(text)
  return [BANNER, "import * as v from 'valibot'", ...(helpers.length ? [`import { ${helpers.join(', ')} } from '../core/schema.js'`] : []), '', text].join('\n')
}

export function emitModels() {
  return [
    ['src/endpoints/models.ts', models()],
    ['src/endpoints/schemas.ts', schemas()],
  ]
}
