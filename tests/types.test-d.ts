import * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import {
  authenticateMagicLink,
  createContext,
  deleteOrganization,
  getOrganization,
  updateOrganization,
  type AuthenticateMagicLinkResponse,
  type JsonValue,
  unknownFields,
  type Organization,
  type UpdateOrganizationParams,
} from '../src/index.js'
import { authenticateSessionJwt } from '../src/jwt/index.js'

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

describe('options.unknownFields', () => {
  it('takes JSON values only, made by the helper, and only where the call is one request', () => {
    const extra: Readonly<Record<string, JsonValue>> = { flag: true, nested: { list: [1, 'a', null] } }
    void getOrganization(ctx, { organization_id: 'o' }, { unknownFields: unknownFields(extra) })
    void updateOrganization(ctx, { organization_id: 'o' }, { unknownFields: unknownFields({ new_setting: 'on' }), authorization: { session_jwt: 'jwt' } })
    void authenticateMagicLink(ctx, { magic_links_token: 't' }, { unknownFields: unknownFields({ x: 1 }), claims: v.object({}) })
    // @ts-expect-error a plain object goes through the helper, which carries the checks
    void getOrganization(ctx, { organization_id: 'o' }, { unknownFields: { x: 1 } })
    // @ts-expect-error a Date is not JSON
    void unknownFields({ since: new Date() })
    // @ts-expect-error undefined is not JSON: a field named here is sent
    void unknownFields({ later: undefined })
    // @ts-expect-error a function is not JSON
    void unknownFields({ f: () => 1 })
    // @ts-expect-error authenticateSessionJwt may answer locally, sending nothing
    void authenticateSessionJwt(ctx, { session_jwt: 'jwt' }, { unknownFields: unknownFields({ x: 1 }) })
  })
})

type Endpoints = typeof import('../src/endpoints/index.js')
type OptionsOf<F> = F extends (ctx: never, params: never, options?: infer O) => unknown ? NonNullable<O> : never
type Accepting<Key extends string> = {
  [K in keyof Endpoints]: Endpoints[K] extends (...args: never[]) => Promise<unknown>
    ? OptionsOf<Endpoints[K]> extends { readonly [P in Key]?: infer V }
      ? [NonNullable<V>] extends [never]
        ? never
        : K
      : never
    : never
}[keyof Endpoints]

describe('options across all 97 endpoints', () => {
  it('accepts authorization on exactly the 40 routes Stytch checks it on', () => {
    expectTypeOf<Accepting<'authorization'>>().toEqualTypeOf<
      | 'createMember' | 'createScimConnection' | 'createSsoExternalConnection' | 'createSsoOidcConnection'
      | 'createSsoSamlConnection' | 'deleteMember' | 'deleteMemberExternalId' | 'deleteMemberMfaPhoneNumber'
      | 'deleteMemberPassword' | 'deleteMemberTotp' | 'deleteOrganization' | 'deleteOrganizationExternalId'
      | 'deleteScimConnection' | 'deleteSsoConnection' | 'deleteSsoSamlEncryptionPrivateKey'
      | 'deleteSsoSamlVerificationCertificate' | 'getMemberConnectedApps' | 'getOrganizationConnectedApp'
      | 'getOrganizationConnectedApps' | 'getScimConnection' | 'getScimConnectionGroups' | 'getSsoConnections'
      | 'inviteMagicLinkEmail' | 'reactivateMember' | 'requirePasswordEmailReset' | 'revokeMemberConnectedApp'
      | 'revokeSession' | 'rotateScimConnectionCancel' | 'rotateScimConnectionComplete' | 'rotateScimConnectionStart'
      | 'searchMembers' | 'startMemberEmailUpdate' | 'unlinkMemberRetiredEmail' | 'updateMember'
      | 'updateOrganization' | 'updateScimConnection' | 'updateSsoExternalConnection' | 'updateSsoOidcConnection'
      | 'updateSsoSamlByUrl' | 'updateSsoSamlConnection'
    >()
  })

  it('accepts unknownFields on every one of them', () => {
    type Functions = { [K in keyof Endpoints]: Endpoints[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof Endpoints]
    expectTypeOf<Accepting<'unknownFields'>>().toEqualTypeOf<Functions>()
    expectTypeOf<'createMember' | 'getOrganization' | 'authenticateMagicLink' | 'getRbacPolicy'>().toExtend<Functions>()
  })

  it('accepts claims on exactly the 9 authenticate routes with a member session', () => {
    expectTypeOf<Accepting<'claims'>>().toEqualTypeOf<
      | 'authenticateImpersonation' | 'authenticateMagicLink' | 'authenticateOauth' | 'authenticateOtpEmail'
      | 'authenticateOtpSms' | 'authenticatePassword' | 'authenticateSession' | 'authenticateSso' | 'authenticateTotp'
    >()
  })
})

describe('required params of later routes', () => {
  it('follows the catalog', async () => {
    const { createMember, getMember, getRbacPolicy, migratePassword } = await import('../src/index.js')
    // @ts-expect-error email_address is required
    void createMember(ctx, { organization_id: 'o' })
    void createMember(ctx, { organization_id: 'o', email_address: 'a@b.example' })
    // member_id and email_address are alternatives, so neither is required by the type
    void getMember(ctx, { organization_id: 'o', email_address: 'a@b.example' })
    // no params at all
    void getRbacPolicy(ctx)
    // @ts-expect-error hash_type is required
    void migratePassword(ctx, { email_address: 'a@b.example', hash: 'h', organization_id: 'o' })
  })
})
