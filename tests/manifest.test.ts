import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as sdk from '../src/index.js'
import * as endpointModules from '../src/endpoints/index.js'
import { endpoints } from '../src/manifest.js'
import * as jwt from '../src/jwt/index.js'
import * as rbac from '../src/rbac/index.js'
import { functionName } from '../scripts/naming.mjs'

const endpointDir = fileURLToPath(new URL('../src/endpoints', import.meta.url))

describe('endpoint index (stytch-b2b/manifest)', () => {
  it('has one entry per route of the spec: 97 B2B JSON routes, 24 of the consumer clients, 2 form-encoded OAuth routes', () => {
    expect(endpoints).toHaveLength(123)
    expect(endpoints.filter((e) => e.path.startsWith('/v1/b2b/'))).toHaveLength(97)
    expect(endpoints.filter((e) => e.body === 'form').map((e) => e.id)).toEqual(['IDP.IntrospectTokenNetwork', 'M2M.Token'])
    expect(new Set(endpoints.map((e) => e.id)).size).toBe(123)
    expect(new Set(endpoints.map((e) => e.name)).size).toBe(123)
    expect(new Set(endpoints.map((e) => `${e.method} ${e.path}`)).size).toBe(123)
  })

  it('says which routes take member-session authorization (40) and claims (9), as the spec does', () => {
    expect(endpoints.filter((e) => e.auth)).toHaveLength(40)
    expect(endpoints.filter((e) => e.claims)).toHaveLength(9)
  })

  it.each(endpoints)('$id is exported as $name, named by the rule', (entry) => {
    expect(entry.name).toBe(functionName(entry.id))
    expect(typeof (sdk as Record<string, unknown>)[entry.name]).toBe('function')
  })

  it('routes where the module says', () => {
    // Each module's descriptor is the source of truth for routing; the index must agree with it.
    const files = readdirSync(endpointDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\/\w+\.ts$/.test(f))
    const declared = files.map((file) => {
      const text = readFileSync(join(endpointDir, file), 'utf8')
      const name = /export (?:async )?function (\w+)/.exec(text)?.[1]
      const method = /method: '(\w+)'/.exec(text)?.[1]
      // The path as the pipeline takes it (literal text and param names in turn), as a template again.
      const parts = /path: \[([^\]]+)\]/.exec(text)?.[1]?.split(', ').map((part) => part.slice(1, -1))
      const path = parts?.map((part, i) => (i % 2 ? `{${part}}` : part)).join('')
      return { name, method, path }
    })
    // The 121 generated modules and the two hand-written OAuth2 form endpoints (introspection, M2M
    // token), which spell their route the same way so that the index can list them too.
    expect(declared).toHaveLength(123)
    for (const module of declared) expect(module.method && module.path?.startsWith('/v1/'), module.name).toBe(true)
    for (const entry of endpoints) {
      expect(declared).toContainEqual({ name: entry.name, method: entry.method, path: entry.path })
    }
  })

  it('leaves no exported endpoint out', () => {
    const indexed = new Set(endpoints.map((e) => e.name))
    const endpointFunctions = Object.entries(endpointModules)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
    expect(endpointFunctions.filter((name) => !indexed.has(name))).toEqual([])
    expect(endpointFunctions).toHaveLength(123)
    // The root adds only the context, errors, the unknownFields helper and the rbac and jwt modules to the endpoints.
    const others = Object.keys(sdk).filter((name) => !(name in endpointModules) && typeof (sdk as Record<string, unknown>)[name] === 'function')
    expect(others.filter((name) => !/^(createContext|isStytchError|unknownFields|Stytch\w*Error)$/.test(name) && !(name in rbac) && !(name in jwt))).toEqual([])
  })
})
