#!/usr/bin/env node
// Adds to spec/b2b-api.json the types of `consumerMethods[]` (the M2M, Connected Apps, Fraud, Debug
// and Project methods the official SDKs also put on their B2B client), which the API catalog names
// but does not type. It reads them from the official Node SDK's declarations with the TypeScript
// compiler API: from types/lib/b2b/client.d.ts it follows each `nodeMethod` to its method
// declaration and takes the parameter and `Promise<…>` return interfaces and every type they reach.
// From the SDK's compiled code it checks each route's verb and path, marks the routes sent to the
// telemetry origin, adds that origin to `baseUrls`, and reads how M2M.Token builds its form POST.
// Facts only: names, types, optionality, string-literal unions; no SDK prose is copied.
//
//   node scripts/import-node-types.mjs [path/to/node_modules/stytch]   (default: bench/node_modules/stytch)
//
// Run it after scripts/import-catalog.mjs (which rewrites the whole spec), then `npm run generate`.
// Idempotent: it removes the keys it wrote last time (provenance.consumerTypes.keys) and writes them again.
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import ts from 'typescript'

const root = join(import.meta.dirname, '..')
const SPEC = join(root, 'spec', 'b2b-api.json')
const sdk = resolve(process.argv[2] ?? join(root, 'bench', 'node_modules', 'stytch'))
const sdkPackage = JSON.parse(readFileSync(join(sdk, 'package.json'), 'utf8'))
if (sdkPackage.name !== 'stytch') throw new Error(`${sdk} is not the stytch package`)
const spec = JSON.parse(readFileSync(SPEC, 'utf8'))

// Type mapping. `boolean` → "boolean"; `T[]` / `Array<T>` → { array }; `Record<string, T>` → { map };
// `any` / `unknown` → "any"; a named interface → { ref }; a union of string literals, open
// (`| string`) or not → { enum, ref } plus an enum type with the literals; a union of object type
// literals (the M2M search operands) has no form in the spec and becomes { map: "any" }, as the B2B
// search operands are, and is reported. Anything else stops the run. `required` is false exactly
// where the property has `?`.
/** TS `number` → "integer" only for a field whose name says it is a count (`count`, `total`, `*_count`),
 *  a `limit`, a `status_code`, a number of seconds or minutes (`expires_in`, `*_seconds`, `*_minutes`)
 *  or an epoch time (`exp`, `iat`, `nbf`); every other `number` (e.g. `risk_score`) is "number". */
const INTEGER = /^(status_code|total|count|limit|expires_in|exp|iat|nbf)$|_(count|seconds|minutes)$/
/** TS `string` → "timestamp" for a field named `*_at` (in these files all are RFC 3339 times). */
const TIMESTAMP = /_at$/
const CONSUMER = '../consumer/'

// ---------------------------------------------------------------------------------------------
// Declaration files

const files = new Map()
function load(file) {
  if (files.has(file)) return files.get(file)
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const info = { file, sf, types: new Map(), classes: new Map(), imports: new Map() }
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) info.types.set(st.name.text, st)
    else if (ts.isClassDeclaration(st) && st.name) info.classes.set(st.name.text, st)
    else if (ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
      const from = st.moduleSpecifier.text
      for (const el of st.importClause.namedBindings.elements) {
        info.imports.set(el.name.text, { module: from, name: (el.propertyName ?? el.name).text })
      }
    }
  }
  files.set(file, info)
  return info
}
const rel = (file) => relative(sdk, file)
function importedFile(info, module) {
  for (const candidate of [`${module}.d.ts`, join(module, 'index.d.ts')]) {
    const file = resolve(dirname(info.file), candidate)
    if (existsSync(file)) return file
  }
  throw new Error(`${rel(info.file)}: cannot resolve import ${module}`)
}
/** The declaration `name` refers to in `info`: its own, or an imported one (followed). kind: 'types' | 'classes'. */
function declaration(info, name, kind) {
  if (info[kind].has(name)) return { info, node: info[kind].get(name) }
  const imp = info.imports.get(name)
  if (imp) return declaration(load(importedFile(info, imp.module)), imp.name, kind)
  throw new Error(`${rel(info.file)}: no ${kind === 'types' ? 'interface or type alias' : 'class'} ${name}`)
}
const refName = (node) => (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) ? node.typeName.text : undefined)
const memberName = (m) => (m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : undefined)

/** Follows `a.b.c` from the B2B client class to method `c`: the classes on the way and the method. */
function resolveNodeMethod(path) {
  const parts = path.split('.')
  let at = declaration(load(join(sdk, 'types', 'lib', 'b2b', 'client.d.ts')), 'B2BClient', 'classes')
  const chain = []
  for (const prop of parts.slice(0, -1)) {
    const member = at.node.members.find((m) => ts.isPropertyDeclaration(m) && memberName(m) === prop)
    if (!member?.type || !refName(member.type)) throw new Error(`${path}: no property ${prop} on ${at.node.name.text}`)
    at = declaration(at.info, refName(member.type), 'classes')
    chain.push(at)
  }
  const name = parts.at(-1)
  const method = at.node.members.find((m) => ts.isMethodDeclaration(m) && memberName(m) === name)
  if (!method) throw new Error(`${path}: no method ${name} on ${at.node.name.text}`)
  const param = method.parameters[0]
  const ret = method.type
  if (!ret || refName(ret) !== 'Promise' || !ret.typeArguments?.[0] || !refName(ret.typeArguments[0])) {
    throw new Error(`${path}: return type is not Promise<Interface>`)
  }
  if (param && !refName(param.type)) throw new Error(`${path}: parameter type is not a named type`)
  return {
    chain,
    owner: at,
    method,
    params: param ? declaration(at.info, refName(param.type), 'types') : null,
    response: declaration(at.info, refName(ret.typeArguments[0]), 'types'),
  }
}

// ---------------------------------------------------------------------------------------------
// Which consumer methods, and the Go package of each declaration file.
// Naming: a declaration file's package is read off the methods' own keys. The client class reached
// at depth i of `nodeMethod` has the first i segments of the paramsType's package: `m2m.clients.create`
// with `../consumer/m2m/clients.CreateParams` gives m2m.d.ts → `../consumer/m2m` and m2m_clients.d.ts
// → `../consumer/m2m/clients`. A nested type is `<package>.<its SDK name>`, unchanged
// (`../consumer/m2m.M2MClient`); the SDK names are already unique and match no B2B model name.
// An enum is `<package>.<owner><Field>`, as the Go SDK names them: the owner is the object type's
// name with `Params` read as `Request` (`m2m/clients.UpdateRequestStatus`, `fraud/email.RiskResponseAction`,
// `m2m.M2MSearchQueryOperator`), and is not repeated when the field name starts with it
// (`fraud.Rule.rule_type` → `fraud.RuleType`).

const imported = spec.consumerMethods.filter((m) => m.kind === 'http' || m.id === 'M2M.Token')
const packageOfFile = new Map()
const resolved = new Map()
const pkgOf = (key) => key.slice(0, key.lastIndexOf('.'))
for (const m of imported) {
  const r = resolveNodeMethod(m.nodeMethod)
  resolved.set(m.id, r)
  for (const key of [m.paramsType, m.responseType]) {
    if (!key.startsWith(CONSUMER) || pkgOf(key) !== pkgOf(m.paramsType)) throw new Error(`${m.id}: unexpected type key ${key}`)
  }
  const segments = pkgOf(m.paramsType).slice(CONSUMER.length).split('/')
  if (segments.length !== r.chain.length) throw new Error(`${m.id}: ${r.chain.length} client classes for package ${segments.join('/')}`)
  r.chain.forEach(({ info }, i) => {
    const pkg = CONSUMER + segments.slice(0, i + 1).join('/')
    const before = packageOfFile.get(info.file)
    if (before && before !== pkg) throw new Error(`${rel(info.file)} maps to both ${before} and ${pkg}`)
    packageOfFile.set(info.file, pkg)
  })
}
function packageOf(info) {
  const pkg = packageOfFile.get(info.file)
  if (!pkg) throw new Error(`${rel(info.file)}: no Go package known for this file`)
  return pkg
}

// ---------------------------------------------------------------------------------------------
// Types

const out = new Map() // key → type
const keyOfDecl = new Map() // declaration node → key
const unmapped = []
const pending = []
const pascal = (snake) => snake.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('')

function keyFor(decl) {
  if (!keyOfDecl.has(decl.node)) {
    const key = `${packageOf(decl.info)}.${decl.node.name.text}`
    keyOfDecl.set(decl.node, key)
    pending.push([key, decl])
  }
  return keyOfDecl.get(decl.node)
}
function put(key, type) {
  if (out.has(key) && !isDeepStrictEqual(out.get(key), type)) throw new Error(`${key} written twice with different content`)
  out.set(key, type)
}

/** An object type alias whose union members are all object type literals (no form in the spec). */
const isObjectUnion = (node) => ts.isUnionTypeNode(node) && node.types.every((t) => ts.isTypeLiteralNode(t))

function convert(node, where) {
  const { info, owner, pkg, field } = where
  const at = `${rel(info.file)}: ${owner}.${field}`
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return TIMESTAMP.test(field) ? 'timestamp' : 'string'
    case ts.SyntaxKind.NumberKeyword:
      return INTEGER.test(field) ? 'integer' : 'number'
    case ts.SyntaxKind.BooleanKeyword:
      return 'boolean'
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return 'any'
  }
  if (ts.isParenthesizedTypeNode(node)) return convert(node.type, where)
  if (ts.isArrayTypeNode(node)) return { array: convert(node.elementType, where) }
  if (ts.isUnionTypeNode(node)) {
    const literals = node.types.filter((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)).map((t) => t.literal.text)
    const rest = node.types.filter((t) => !(ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)))
    if (literals.length && rest.every((t) => t.kind === ts.SyntaxKind.StringKeyword)) {
      const fieldName = pascal(field)
      const name = fieldName.startsWith(owner) ? fieldName : owner + fieldName
      const key = `${pkg}.${name}`
      put(key, { kind: 'enum', values: literals })
      return { enum: literals, ref: key }
    }
    if (isObjectUnion(node)) {
      unmapped.push(`${at}: a union of object types, written as { map: "any" }`)
      return { map: 'any' }
    }
    throw new Error(`${at}: unsupported union ${node.getText(info.sf)}`)
  }
  const name = refName(node)
  if (name === 'Array' && node.typeArguments?.length === 1) return { array: convert(node.typeArguments[0], where) }
  if (name === 'Record' && node.typeArguments?.length === 2 && node.typeArguments[0].kind === ts.SyntaxKind.StringKeyword) {
    return { map: convert(node.typeArguments[1], where) }
  }
  if (name && !node.typeArguments) {
    const decl = declaration(info, name, 'types')
    if (ts.isTypeAliasDeclaration(decl.node) && isObjectUnion(decl.node.type)) {
      unmapped.push(`${at}: ${name} is a union of object types, written as { map: "any" }`)
      return { map: 'any' }
    }
    return { ref: keyFor(decl) }
  }
  throw new Error(`${at}: unsupported type ${node.getText(info.sf)}`)
}

function objectType(key, decl) {
  const { info, node } = decl
  let members
  if (ts.isInterfaceDeclaration(node)) {
    if (node.heritageClauses?.length || node.typeParameters?.length) throw new Error(`${rel(info.file)}: ${node.name.text} extends or is generic`)
    members = node.members
  } else if (ts.isTypeLiteralNode(node.type)) {
    members = node.type.members
  } else if (node.type && refName(node.type) && !node.type.typeArguments) {
    return { kind: 'alias', type: convert(node.type, { info, owner: node.name.text, pkg: pkgOf(key), field: '' }) }
  } else {
    throw new Error(`${rel(info.file)}: ${node.name.text} is not an object type`)
  }
  const goName = key.slice(key.lastIndexOf('.') + 1)
  const owner = goName.endsWith('Params') ? `${goName.slice(0, -'Params'.length)}Request` : goName
  const fields = members.map((m) => {
    const name = memberName(m)
    if (!ts.isPropertySignature(m) || !name || !m.type) throw new Error(`${rel(info.file)}: ${node.name.text} has a member that is not a property`)
    return { name, type: convert(m.type, { info, owner, pkg: pkgOf(key), field: name }), required: !m.questionToken }
  })
  return { kind: 'object', fields }
}

for (const m of imported) {
  const r = resolved.get(m.id)
  if (r.params) {
    keyOfDecl.set(r.params.node, m.paramsType)
    pending.push([m.paramsType, r.params])
  } else {
    put(m.paramsType, { kind: 'object', fields: [] })
  }
  keyOfDecl.set(r.response.node, m.responseType)
  pending.push([m.responseType, r.response])
}
while (pending.length) {
  const [key, decl] = pending.shift()
  put(key, objectType(key, decl))
}

// ---------------------------------------------------------------------------------------------
// The SDK's compiled requests

const distOf = (info) => join(sdk, 'dist', relative(join(sdk, 'types', 'lib'), info.file).replace(/\.d\.ts$/, '.js'))
const jsFiles = new Map()
function loadJs(file) {
  if (!jsFiles.has(file)) jsFiles.set(file, ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS))
  return jsFiles.get(file)
}
function find(node, test) {
  let hit
  const visit = (n) => {
    if (hit) return
    if (test(n)) hit = n
    else ts.forEachChild(n, visit)
  }
  visit(node)
  return hit
}
const findAll = (node, test) => {
  const hits = []
  const visit = (n) => {
    if (test(n)) hits.push(n)
    ts.forEachChild(n, visit)
  }
  visit(node)
  return hits
}
const prop = (obj, name) => obj.properties.find((p) => p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name)
const propName = (p) => (ts.isComputedPropertyName(p.name) ? p.name.expression.text : p.name.text)

/** The compiled method `name` of class `className` in the dist file that matches a declaration file. */
function jsMethod(info, className, name) {
  const sf = loadJs(distOf(info))
  const cls = find(sf, (n) => ts.isClassDeclaration(n) && n.name?.text === className)
  const method = cls?.members.find((m) => ts.isMethodDeclaration(m) && memberName(m) === name)
  if (!method) throw new Error(`${rel(sf.fileName)}: no method ${className}.${name}`)
  return { sf, cls, method }
}
/** The `{ method, url, … }` object a compiled method passes to the shared `request()`. */
function requestConfig(method) {
  const call = find(method.body, (n) => ts.isCallExpression(n) && n.arguments.length === 2 && ts.isObjectLiteralExpression(n.arguments[1]) && prop(n.arguments[1], 'url'))
  if (!call) throw new Error('no request() call')
  return call.arguments[1]
}
/** A compiled URL template as a spec path: `${encodeURIComponent(params.client_id)}` → `{client_id}`. */
function pathOf(url, placeholders = {}) {
  if (ts.isNoSubstitutionTemplateLiteral(url) || ts.isStringLiteral(url)) return url.text
  if (!ts.isTemplateExpression(url)) throw new Error(`unsupported url ${url.getText()}`)
  let path = url.head.text
  for (const span of url.templateSpans) {
    let e = span.expression
    if (ts.isCallExpression(e) && e.expression.getText() === 'encodeURIComponent') e = e.arguments[0]
    const text = e.getText()
    const param = placeholders[text] ?? (/^(params|data)\.(\w+)$/.exec(text) ?? [])[2]
    if (!param) throw new Error(`unsupported url part ${text}`)
    path += `{${param}}${span.literal.text}`
  }
  return path
}

const mismatches = []
const origins = new Map()
for (const m of imported.filter((x) => x.kind === 'http')) {
  const { owner } = resolved.get(m.id)
  const { method } = jsMethod(owner.info, owner.node.name.text, m.nodeMethod.split('.').at(-1))
  const config = requestConfig(method)
  const verb = prop(config, 'method')?.initializer.text
  const path = pathOf(prop(config, 'url').initializer)
  if (verb !== m.httpMethod || path !== m.path) mismatches.push(`${m.id}: the SDK sends ${verb} ${path}, the spec has ${m.httpMethod} ${m.path}`)
  const base = prop(config, 'baseURLType')?.initializer.text
  if (base !== undefined && base !== 'FRAUD') throw new Error(`${m.id}: unknown baseURLType ${base}`)
  origins.set(m.id, base === 'FRAUD' ? 'telemetry' : undefined)
}
if (mismatches.length) throw new Error(`the spec and the SDK disagree:\n  ${mismatches.join('\n  ')}`)

// The telemetry origin: the default of `fraud_env`, which becomes `fetchConfig.fraudBaseURL`,
// which `request()` uses for baseURLType "FRAUD".
const sharedDir = join(sdk, 'dist', 'shared')
const envs = loadJs(join(sharedDir, 'envs.js'))
const fraudExport = find(envs, (n) => ts.isBinaryExpression(n) && n.left.getText() === 'exports.fraud' && ts.isStringLiteral(n.right))
const telemetryUrl = fraudExport?.right.text
if (!telemetryUrl) throw new Error('dist/shared/envs.js: no fraud base URL')
const clientJs = readFileSync(join(sharedDir, 'client.js'), 'utf8')
const requestJs = readFileSync(join(sharedDir, 'index.js'), 'utf8')
if (!/config\.fraud_env\s*=\s*envs\.fraud\b/.test(clientJs) || !/fraudBaseURL:\s*config\.fraud_env\b/.test(clientJs) || !/baseURLType\s*==\s*"FRAUD"\s*\?\s*fetchConfig\.fraudBaseURL/.test(requestJs)) {
  throw new Error('dist/shared: the fraud base URL is no longer wired as expected (envs.fraud → fraud_env → fraudBaseURL)')
}

// M2M.Token: the form POST that m2m.js builds.
function tokenRequest() {
  const r = resolved.get('M2M.Token')
  const { sf, cls, method } = jsMethod(r.owner.info, r.owner.node.name.text, 'token')
  const config = requestConfig(method)
  const verb = prop(config, 'method').initializer.text
  // The URL's project segment is `this.jwtOptions.audience`, which the constructor sets to the project id.
  const ctor = cls.members.find((m) => ts.isConstructorDeclaration(m))
  const audience = find(ctor, (n) => ts.isPropertyAssignment(n) && propName(n) === 'audience')
  if (audience?.initializer.getText() !== 'jwtConfig.projectID') throw new Error('m2m.js: audience is not the project id')
  const path = pathOf(prop(config, 'url').initializer, { 'this.jwtOptions.audience': 'project_id' })
  // Headers: the method replaces the client's headers (which carry Basic auth) with its own object.
  const headersObj = find(method.body, (n) => ts.isPropertyAssignment(n) && propName(n) === 'headers' && ts.isObjectLiteralExpression(n.initializer)).initializer
  const headers = {}
  let basicAuth = false
  for (const p of headersObj.properties) {
    if (ts.isSpreadAssignment(p)) basicAuth = true // would carry the client's Authorization header
    else if (ts.isStringLiteral(p.initializer)) headers[propName(p)] = p.initializer.text
    else if (propName(p) === 'User-Agent' && /fetchConfig\.headers\["User-Agent"\]$/.test(p.initializer.getText())) {
      const ua = /"User-Agent":\s*`([^`]*)`/.exec(clientJs)
      if (!ua) throw new Error('dist/shared/client.js: no User-Agent')
      headers['User-Agent'] = ua[1].replace('${_package.version}', sdkPackage.version)
    } else throw new Error(`m2m.js: unsupported header ${p.getText(sf)}`)
    if (propName(p) === 'Authorization') basicAuth = true
  }
  // Form fields: the `params` object literal, then the fields the method adds under a condition.
  const decl = find(method.body, (n) => ts.isVariableDeclaration(n) && n.name.getText() === 'params' && n.initializer && ts.isObjectLiteralExpression(n.initializer))
  const fromData = (e) => (/^data\??\.(\w+)$/.exec(e.getText()) ?? [])[1]
  const formFields = decl.initializer.properties.map((p) => {
    const from = fromData(p.initializer)
    if (from) return { encoding: 'string', from, name: propName(p) }
    if (ts.isStringLiteral(p.initializer)) return { encoding: 'string', name: propName(p), value: p.initializer.text }
    throw new Error(`m2m.js: unsupported form field ${p.getText(sf)}`)
  })
  for (const st of findAll(method.body, (n) => ts.isIfStatement(n))) {
    const sentWhen = st.expression.getText(sf).replace(/\bdata\??\./g, '').replace(/\?\./g, '.')
    for (const assign of findAll(st.thenStatement, (n) => ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && /^params\.\w+$/.test(n.left.getText()))) {
      const name = assign.left.name.text
      const e = assign.right
      let field
      if (fromData(e)) field = { encoding: 'string', from: fromData(e), name, sentWhen }
      else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'join' && fromData(e.expression.expression)) {
        const sep = e.arguments[0]?.text
        field = { encoding: sep === ' ' ? 'space-joined' : `joined with ${JSON.stringify(sep)}`, from: fromData(e.expression.expression), name, sentWhen }
      } else throw new Error(`m2m.js: unsupported form field ${assign.getText(sf)}`)
      formFields.push(field)
    }
  }
  if (!/new URLSearchParams\(params\)/.test(prop(config, 'dataRaw')?.initializer.getText() ?? '')) throw new Error('m2m.js: token body is not URLSearchParams(params)')
  if (headers['Content-Type'] !== 'application/x-www-form-urlencoded') throw new Error('m2m.js: token is not a form POST')
  // Every form field the SDK sends from its params is a field of the params type.
  const paramsFields = new Map(out.get('../consumer/m2m.TokenParams').fields.map((f) => [f.name, f]))
  for (const f of formFields) if (f.from && !paramsFields.has(f.from)) throw new Error(`m2m.js: form field ${f.name} from unknown param ${f.from}`)
  return { httpMethod: verb, path, headers, basicAuth, formFields }
}
const tokenMethod = imported.find((m) => m.id === 'M2M.Token')
if (tokenMethod.paramsType !== '../consumer/m2m.TokenParams') throw new Error('M2M.Token: unexpected paramsType')
const directRequest = tokenRequest()

// ---------------------------------------------------------------------------------------------
// Write

const previous = new Set(spec.provenance?.consumerTypes?.keys ?? [])
for (const key of previous) delete spec.types[key]
const owned = []
for (const [key, type] of out) {
  if (spec.types[key] !== undefined) {
    // A key the catalog already provides: keep it, but only if the SDK says the same.
    if (!isDeepStrictEqual(spec.types[key], type)) throw new Error(`${key}: the catalog's type differs from the SDK's`)
    continue
  }
  spec.types[key] = type
  owned.push(key)
}
spec.types = Object.fromEntries(Object.entries(spec.types).sort(([a], [b]) => a.localeCompare(b)))
owned.sort((a, b) => a.localeCompare(b))

for (const m of imported) {
  if (m.kind === 'http') {
    if (origins.get(m.id)) m.origin = origins.get(m.id)
    else delete m.origin
  }
}
tokenMethod.directRequest = directRequest
spec.baseUrls.telemetry = telemetryUrl.replace(/\/+$/, '') // the spec writes origins without the trailing slash
const lock = JSON.parse(readFileSync(join(root, 'bench', 'package-lock.json'), 'utf8')).packages?.['node_modules/stytch']
spec.provenance.consumerTypes = {
  package: `stytch@${sdkPackage.version} from the npm registry${lock?.version === sdkPackage.version ? ` (bench/package-lock.json integrity ${lock.integrity})` : ''}`,
  version: sdkPackage.version,
  read: 'types/lib/b2b/client.d.ts and the types/lib/b2c/*.d.ts files its consumer clients live in (types); dist/b2c/*.js and dist/shared/*.js (verbs, paths, origin, the M2M token form)',
  keys: owned,
}

// ---------------------------------------------------------------------------------------------
// Checks

const problems = []
const refs = (type, visit) => {
  if (typeof type !== 'object' || type === null) return
  if (type.ref) visit(type)
  if (type.array) refs(type.array, visit)
  if (type.map) refs(type.map, visit)
}
let refCount = 0
for (const [key, type] of Object.entries(spec.types)) {
  const fields = type.kind === 'object' ? type.fields.map((f) => [f.name, f.type]) : type.kind === 'alias' ? [['', type.type]] : []
  for (const [name, t] of fields) {
    refs(t, (r) => {
      refCount++
      const target = spec.types[r.ref]
      if (!target) problems.push(`${key}.${name}: ${r.ref} does not resolve`)
      else if (r.enum && (target.kind !== 'enum' || !isDeepStrictEqual(target.values, r.enum))) problems.push(`${key}.${name}: ${r.ref} is not the enum it names`)
      else if (!r.enum && target.kind === 'enum') problems.push(`${key}.${name}: ${r.ref} is an enum referenced without its values`)
    })
  }
}
for (const m of spec.consumerMethods.filter((x) => x.kind === 'http' || x.id === 'M2M.Token')) {
  for (const key of [m.paramsType, m.responseType]) if (!spec.types[key]) problems.push(`${m.id}: ${key} missing`)
  const fields = spec.types[m.paramsType]?.fields ?? []
  for (const p of m.pathParams) {
    const f = fields.find((x) => x.name === p)
    if (!f || !f.required || f.type !== 'string') problems.push(`${m.id}: path param ${p} is not a required string field of ${m.paramsType}`)
  }
}
if (problems.length) throw new Error(`spec check failed:\n  ${problems.join('\n  ')}`)

writeFileSync(SPEC, `${JSON.stringify(spec, null, 1)}\n`)
const count = (kind) => owned.filter((k) => spec.types[k].kind === kind).length
console.log(`wrote ${relative(root, SPEC)} from stytch@${sdkPackage.version}:`)
console.log(`  ${imported.length} consumer methods typed (${imported.filter((m) => m.kind === 'http').length} http + M2M.Token), ${[...origins.values()].filter(Boolean).length} with origin telemetry`)
console.log(`  ${owned.length} type keys written (${count('object')} objects, ${count('enum')} enums, ${count('alias')} aliases)${out.size > owned.length ? `, ${out.size - owned.length} already in the spec and identical` : ''}`)
console.log(`  baseUrls.telemetry = ${spec.baseUrls.telemetry}; M2M.Token directRequest: ${directRequest.httpMethod} ${directRequest.path}, ${directRequest.formFields.length} form fields`)
console.log(`  checks: ${Object.keys(spec.types).length} types, ${refCount} refs resolve; every consumer method's params and response types exist; path params are required strings`)
for (const note of unmapped) console.log(`  not mapped exactly: ${note}`)
