// The endpoints check params against generated shapes (src/core/check.ts), not valibot. The
// valibot schemas of `stytch-b2b/schemas` are generated from the same spec: for any input, both
// must find the same issues, word for word, in the same order.
import fc from 'fast-check'
import { safeParse, type GenericSchema } from 'valibot'
import { describe, expect, it } from 'vitest'
import { toIssues } from '../../src/core/issues.js'
import { plainData } from '../../src/core/pipeline.js'
import * as lib from '../../src/index.js'
import { endpoints } from '../../src/manifest.js'
import * as schemas from '../../src/schemas/index.js'

const ctx = lib.createContext({ projectId: 'project-test-check', secret: 'secret-test-check-000000', baseUrl: 'http://127.0.0.1:9' })
// Aborted before the call: valid params end in StytchAbortError without any request being made.
const signal = AbortSignal.abort()

/** What the endpoint says about `params`: its params issues, or [] when it got past them. */
async function endpointIssues(name: string, params: unknown): Promise<unknown[]> {
  const fn = (lib as unknown as Record<string, (c: unknown, p: unknown, o: unknown) => Promise<unknown>>)[name] as (c: unknown, p: unknown, o: unknown) => Promise<unknown>
  try {
    await fn(ctx, params, { signal })
  } catch (error) {
    if (error instanceof lib.StytchParamsError) return [...error.issues]
    if (error instanceof lib.StytchAbortError) return []
    throw error
  }
  throw new Error(`${name} resolved although its signal was aborted`)
}

type Node = GenericSchema & { type: string; entries?: Record<string, Node>; wrapped?: Node; item?: Node; pipe?: Node[] }

const jsonScalar = fc.oneof(fc.string({ maxLength: 4 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null))
/** Any JSON value but an array or object where the schema wants an object (valibot takes arrays there; see below). */
const mismatch = (node: Node): fc.Arbitrary<unknown> => {
  const objectLike = node.type === 'strict_object' || node.type === 'record'
  return objectLike ? jsonScalar : fc.oneof(jsonScalar, fc.array(jsonScalar, { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 3 }), jsonScalar, { maxKeys: 2 }))
}

/** Mostly valid values for a schema node, with wrong types, gaps and unknown keys mixed in. */
function valueOf(node: Node, depth: number): fc.Arbitrary<unknown> {
  const base = node.type === 'optional' ? (node.wrapped as Node) : node
  const valid = validOf(base, depth)
  return fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: mismatch(base), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 })
}

function validOf(node: Node, depth: number): fc.Arbitrary<unknown> {
  switch (node.type) {
    case 'string':
      return fc.string({ maxLength: 6 })
    case 'number':
      return node.pipe?.some((p) => p.type === 'integer') ? fc.oneof(fc.integer(), fc.double()) : fc.double()
    case 'boolean':
      return fc.boolean()
    case 'unknown':
      return fc.jsonValue({ maxDepth: 1 })
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(valueOf(node.item as Node, depth + 1), { maxLength: 3 })
    case 'strict_object': {
      if (depth > 3) return fc.constant({})
      const entries = Object.entries(node.entries ?? {})
      const fields = fc.record(Object.fromEntries(entries.map(([key, child]) => [key, valueOf(child, depth + 1)])), {
        requiredKeys: entries.filter(([, child]) => child.type !== 'optional').map(([key]) => key).filter(() => true),
      })
      // Sometimes drop a required key, sometimes add keys the schema does not know.
      const extra = fc.dictionary(fc.constantFrom('unknown_field', 'constructor', 'Organization_id', 'x'), jsonScalar, { maxKeys: 2 })
      return fc.tuple(fields, fc.option(extra, { freq: 4 }), fc.option(fc.constantFrom(...entries.map(([k]) => k), 'none'), { freq: 4 })).map(([f, x, drop]) => {
        const out: Record<string, unknown> = { ...f, ...(x ?? {}) }
        if (drop) delete out[drop]
        return out
      })
    }
    default:
      throw new Error(`no arbitrary for schema type ${node.type}`)
  }
}

describe('generated shapes check params exactly as the valibot schemas do', () => {
  const json = endpoints.filter((e) => e.body === 'json')
  it('covers every JSON endpoint and every form endpoint has a schema', () => {
    expect(json.length).toBeGreaterThan(100)
    for (const e of endpoints) expect(schemas, e.name).toHaveProperty(`${e.name[0]?.toUpperCase()}${e.name.slice(1)}ParamsSchema`)
  })

  it.each(json.map((e) => [e.name] as const))('%s', async (name) => {
    const schema = (schemas as unknown as Record<string, Node>)[`${name[0]?.toUpperCase()}${name.slice(1)}ParamsSchema`] as Node
    await fc.assert(
      fc.asyncProperty(validOf(schema, 0), async (params) => {
        const copy = plainData(params, '')
        const checked = safeParse(schema, copy)
        const expected = checked.success ? [] : toIssues(checked.issues)
        const found = await endpointIssues(name, params)
        // Past the check, a path param may still be refused ("", "." or ".."): a later step.
        const later = (issue: unknown): boolean => String((issue as { message: string }).message).startsWith('must be a well-formed path segment')
        expect(expected.length ? found : found.filter((issue) => !later(issue))).toEqual(expected)
      }),
      { numRuns: 60 },
    )
  })
})

describe('where the shapes are stricter than valibot', () => {
  it('refuses an array where an object is expected (valibot takes it as an object)', async () => {
    const issues = await endpointIssues('updateOrganization', { organization_id: 'organization-test-1', sso_jit_provisioning_allowed_connections: [], rbac_email_implicit_role_assignments: [[]] as never })
    expect(issues).toEqual([{ path: 'rbac_email_implicit_role_assignments.0', message: 'expected Object, received array' }])
  })

  it('refuses an array as the params object', async () => {
    expect(await endpointIssues('getDebugWhoami', [])).toEqual([{ path: '(root)', message: 'expected Object, received array' }])
  })
})
