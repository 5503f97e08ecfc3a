// The slug index (model.ts) answers what a scan of the organizations would, through commits,
// renames, deletes and rollbacks, so a create need not scan every organization.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, type Emulator } from '../src/core.js'
import { EmulatorError } from '../src/errors.js'
import { applyOrganizationSettings, checkSlug, newOrganization } from '../src/model.js'
import { emptyState } from '../src/state.js'
import { changeState } from '../src/transaction.js'

function emulator(): Emulator {
  return { state: emptyState(structuredClone(DEFAULT_POLICY)), projectId: 'project-test-slugs', secret: 'secret', now: () => 0, log: () => {} }
}

/** Whether checkSlug refuses `slug` as taken, and whether a scan finds an organization holding it. */
function taken(em: Emulator, slug: string): { index: boolean; scan: boolean } {
  let index = false
  try {
    checkSlug(em, slug)
  } catch (error) {
    if (!(error instanceof EmulatorError) || error.errorType !== 'organization_slug_already_used') throw error
    index = true
  }
  return { index, scan: Object.values(em.state.organizations).some((o) => o.organization_slug === slug) }
}

const SLUGS = ['aa', 'bb', 'cc', 'dd']
type Step = { kind: 'create' | 'rename' | 'delete'; slug: string; target: number }
const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('create', 'rename', 'delete'),
  slug: fc.constantFrom(...SLUGS),
  target: fc.nat(5),
})
/** One request: a few steps, then kept or rolled back. */
const request = fc.record({ steps: fc.array(step, { minLength: 1, maxLength: 3 }), fail: fc.boolean() })

describe('organization slug index', () => {
  it('refuses a slug that a rolled-back rename gave back to its organization', async () => {
    const em = emulator()
    const org = await changeState(em, () => {
      const o = newOrganization(em, { organization_name: 'A', organization_slug: 'aa' })
      em.state.organizations[o.organization_id] = o
      return o
    })
    await expect(
      changeState(em, () => {
        applyOrganizationSettings(em, em.state.organizations[org.organization_id]!, { organization_slug: 'bb' })
        expect(taken(em, 'aa')).toEqual({ index: false, scan: false })
        throw new Error('the request fails after the rename')
      }),
    ).rejects.toThrow('the request fails')
    expect(taken(em, 'aa')).toEqual({ index: true, scan: true })
    expect(taken(em, 'bb')).toEqual({ index: false, scan: false })
  })

  it('agrees with a scan after any sequence of creates, renames and deletes, kept or rolled back (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(request, { maxLength: 20 }), async (requests) => {
        const em = emulator()
        for (const r of requests) {
          await changeState(em, () => {
            for (const s of r.steps) {
              const ids = Object.keys(em.state.organizations)
              const id = ids[s.target % Math.max(ids.length, 1)]
              if (s.kind === 'create') {
                const o = newOrganization(em, { organization_name: `Org ${s.slug}`, organization_slug: s.slug })
                em.state.organizations[o.organization_id] = o
              } else if (id && s.kind === 'rename') applyOrganizationSettings(em, em.state.organizations[id]!, { organization_slug: s.slug })
              else if (id) delete em.state.organizations[id]
            }
            if (r.fail) throw new Error('rolled back')
          }).catch((error: unknown) => {
            if (!(error instanceof EmulatorError) && !(error instanceof Error && error.message === 'rolled back')) throw error
          })
          for (const slug of SLUGS) {
            const t = taken(em, slug)
            expect(t.index, `${slug} after ${JSON.stringify(r)}`).toBe(t.scan)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
