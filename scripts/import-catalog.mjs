#!/usr/bin/env node
// Refreshes spec/b2b-api.json, the project's own API spec, from an API catalog (the JSON shape
// described in the catalog's README: methods + types). It keeps facts only: routes, verbs, path and
// query params, header options, fields with their types, required flags and enum values, the
// official Node SDK's method for each route, and provenance. SDK-specific naming (Go names,
// files, TypeScript interface names) and every prose note are left out.
//
//   node scripts/import-catalog.mjs ../shared/api/b2b-catalog-current.json
//
// Then `npm run generate` rebuilds the generated files from the spec.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const [catalogPath] = process.argv.slice(2)
if (!catalogPath) throw new Error('usage: import-catalog.mjs <catalog.json>')
const catalog = JSON.parse(readFileSync(catalogPath, 'utf8'))

const pick = (object, keys) => Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]))
const METHOD_KEYS = ['id', 'kind', 'httpMethod', 'path', 'pathParams', 'queryParams', 'jsonBody', 'paramsType', 'responseType', 'baseMethod', 'nodeMethod']

function method(m) {
  const out = pick(m, METHOD_KEYS)
  out.memberSession = m.requestOptions ? m.requestOptions.headers.map((h) => ({ header: h.name ?? h.header, from: h.from })) : null
  if (m.kind === 'manual') {
    out.calls = m.callsMethods ?? []
    if (m.usesJWKS) out.usesJwks = true
    if (m.usesPolicyCache) out.usesPolicyCache = true
    if (m.policyCacheCalls) out.policyCacheCalls = m.policyCacheCalls
    if (m.directRequest) out.directRequest = m.directRequest
  }
  return out
}

function type(t) {
  if (t.kind === 'enum') return { kind: 'enum', values: t.values }
  if (t.kind === 'alias') return { kind: 'alias', type: t.type }
  return { kind: 'object', fields: t.fields.map((f) => pick(f, ['name', 'type', 'required'])) }
}

const spec = {
  about: 'Facts of the Stytch B2B API as this package calls it. Regenerate the code with `npm run generate`; refresh this file with scripts/import-catalog.mjs.',
  provenance: {
    routesAndFields: { package: 'github.com/stytchauth/stytch-go', version: catalog.sdkVersion, commit: catalog.sourceCommit },
    required: pick(catalog.requiredSource ?? {}, ['package', 'version']),
  },
  baseUrls: catalog.baseUrls,
  memberSessionHeaders: catalog.memberSessionHeaders.map((h) => pick(h, ['header', 'from', 'sentWhen'])),
  methods: catalog.methods.map(method),
  consumerMethods: (catalog.consumerClientsOnApi?.methods ?? []).map(method),
  types: Object.fromEntries(Object.entries(catalog.types).sort(([a], [b]) => a.localeCompare(b)).map(([key, t]) => [key, type(t)])),
}
const file = join(import.meta.dirname, '..', 'spec', 'b2b-api.json')
writeFileSync(file, `${JSON.stringify(spec, null, 1)}\n`)
console.log(`wrote ${file}: ${spec.methods.length} methods, ${spec.consumerMethods.length} consumer methods, ${Object.keys(spec.types).length} types`)
