import * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import {
  authenticateMagicLink,
  createContext,
  deleteOrganization,
  getOrganization,
  updateOrganization,
  type AuthenticateMagicLinkResponse,
  type Organization,
  type UpdateOrganizationParams,
} from '../src/index.js'

const ctx = createContext({ projectId: 'project-test-1', secret: 's' })

describe('endpoint types', () => {
  it('requires the required params', () => {
    // @ts-expect-error organization_id is required
    void getOrganization(ctx, {})
    // @ts-expect-error a misspelt key is a compile error too
    void getOrganization(ctx, { organization_id: 'o', organisation_id: 'o' })
    expectTypeOf(getOrganization).parameter(1).toEqualTypeOf<{ organization_id: string }>()
    expectTypeOf<UpdateOrganizationParams['organization_name']>().toEqualTypeOf<string | undefined>()
  })

  it('accepts authorization only where Stytch checks it', () => {
    void updateOrganization(ctx, { organization_id: 'o' }, { authorization: { session_jwt: 'jwt' } })
    void deleteOrganization(ctx, { organization_id: 'o' }, { authorization: { session_token: 't' } })
    // @ts-expect-error getOrganization runs no member-session check
    void getOrganization(ctx, { organization_id: 'o' }, { authorization: { session_token: 't' } })
  })

  it('types responses, with open unions for server enums', () => {
    expectTypeOf(getOrganization(ctx, { organization_id: 'o' })).resolves.toHaveProperty('organization').toEqualTypeOf<Organization>()
    type Locale = NonNullable<Parameters<typeof authenticateMagicLink>[1]['locale']>
    expectTypeOf<'pt-br'>().toExtend<Locale>()
    expectTypeOf<'fr'>().toExtend<Locale>()
  })

  it('types custom claims from options.claims', async () => {
    const plain = await authenticateMagicLink(ctx, { magic_links_token: 't' })
    expectTypeOf(plain).toEqualTypeOf<AuthenticateMagicLinkResponse<Record<string, unknown>>>()
    const typed = await authenticateMagicLink(ctx, { magic_links_token: 't' }, { claims: v.object({ tier: v.picklist(['a', 'b']) }) })
    expectTypeOf(typed.member_session!.custom_claims).toEqualTypeOf<{ tier: 'a' | 'b' }>()
    // @ts-expect-error claims are only accepted where the response has a member session
    void getOrganization(ctx, { organization_id: 'o' }, { claims: v.object({}) })
  })
})
