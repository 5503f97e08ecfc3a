import type {
  CreateMemberResponse,
  DangerouslyGetMemberResponse,
  DeleteMemberMfaPhoneNumberResponse,
  DeleteMemberPasswordResponse,
  DeleteMemberResponse,
  DeleteMemberTotpResponse,
  GetMemberOauthProviderGithubResponse,
  GetMemberOauthProviderGoogleResponse,
  GetMemberOauthProviderHubspotResponse,
  GetMemberOauthProviderMicrosoftResponse,
  GetMemberOauthProviderSlackResponse,
  GetMemberOidcProvidersResponse,
  GetMemberResponse,
  Member,
  Organization,
  ReactivateMemberResponse,
  SearchMembersResponse,
  UnlinkMemberRetiredEmailResponse,
  UpdateMemberResponse,
} from 'stytch-b2b'
import { revokeMemberSessions } from '../auth.js'
import { type Body, optBool, optObject, optStr, optStrings, str, E164 } from '../body.js'
import { type Emulator, type RequestContext, type Route, type Answer, inOrganization, onPathMember } from '../core.js'
import { badRequest, fail, notFound } from '../errors.js'
import { checkEmailFree, changeEmail } from '../emailChange.js'
import { checkMemberExternalId, externalIdField } from '../externalIds.js'
import { addMember, checkRoles, getMemberAnywhere, getMemberRecord, getOrg, newMemberRecord, normalizeEmail, roleIds, touch, viewMember, viewOrg } from '../model.js'
import { compileQuery, type Filters, flagFilter, fuzzyFilter, listFilter, paginate } from '../search.js'
import type { MemberRecord, ProviderTokens } from '../state.js'

const ORGS = '/v1/b2b/organizations'
const MEMBER = `${ORGS}/{organization_id}/members/{member_id}`
const STATUSES = ['active', 'invited', 'pending', 'deleted']
const MFA_METHODS = ['sms_otp', 'totp']

const orgId = (rc: RequestContext): string => rc.params['organization_id'] ?? ''
const memberId = (rc: RequestContext): string => rc.params['member_id'] ?? ''

/** A member of the organization that is not deleted; 404 otherwise. */
export function liveMember(em: Emulator, organizationId: string, id: string): MemberRecord {
  getOrg(em, organizationId)
  const record = getMemberRecord(em, organizationId, id)
  return record.member.status === 'deleted' ? notFound('member', id) : record
}

/** The `member_id`, `member` and `organization` fields most member routes answer with. */
export function memberAnswer(em: Emulator, record: MemberRecord): { member_id: string; member: Member; organization: Organization } {
  return { member_id: record.member.member_id, member: viewMember(em, record), organization: viewOrg(getOrg(em, record.member.organization_id)) }
}

function checkPhone(phone: string | undefined): void {
  if (phone !== undefined && !E164.test(phone)) badRequest('mfa_phone_number', 'must be an E.164 phone number such as +12025550123')
}

/**
 * Ends the member's sessions, passcodes and pending single-use tokens and marks it `deleted`, as
 * Stytch does: the record stays (for `include_deleted` and reactivation) but cannot log in.
 */
function removeMember(em: Emulator, record: MemberRecord): void {
  const id = record.member.member_id
  revokeMemberSessions(em, id)
  delete em.state.otps[id]
  for (const [token, t] of Object.entries(em.state.tokens)) if (t.member_id === id) delete em.state.tokens[token]
  record.member.status = 'deleted'
  touch(em, record)
}

/** Brings the roles recorded on the member's live sessions up to date. */
function refreshSessionRoles(em: Emulator, record: MemberRecord): void {
  const roles = roleIds(em, record)
  for (const s of Object.values(em.state.sessions)) if (s.session.member_id === record.member.member_id) s.session.roles = [...roles]
}

/** Applies a validated update-member body. */
function updateMember(em: Emulator, record: MemberRecord, body: Body): void {
  const m = record.member
  const name = body['name']
  if (name !== undefined && name !== null && typeof name !== 'string') badRequest('name', 'must be a string')
  const trusted = optObject(body, 'trusted_metadata')
  const untrusted = optObject(body, 'untrusted_metadata')
  const breakglass = optBool(body, 'is_breakglass')
  const enrolled = optBool(body, 'mfa_enrolled')
  const preserve = optBool(body, 'preserve_existing_sessions') ?? false
  const phone = optStr(body, 'mfa_phone_number')
  checkPhone(phone)
  if (phone !== undefined && m.mfa_phone_number !== '' && m.mfa_phone_number !== phone) {
    fail(400, 'member_phone_number_already_set', 'mfa_phone_number: the member already has an MFA phone number; delete it first to set another one.')
  }
  const defaultMfa = optStr(body, 'default_mfa_method')
  if (defaultMfa !== undefined && !MFA_METHODS.includes(defaultMfa)) badRequest('default_mfa_method', `must be one of ${MFA_METHODS.join(', ')}`)
  const roles = optStrings(body, 'roles')
  if (roles) checkRoles(em, roles, 'roles', m.organization_id)
  const rawEmail = optStr(body, 'email_address')
  const email = rawEmail === undefined ? undefined : normalizeEmail(rawEmail)
  if (email !== undefined && email !== m.email_address) checkEmailFree(em, m.organization_id, email, m.member_id)
  const externalId = externalIdField(body, 'external_id')
  if (externalId !== undefined) checkMemberExternalId(em, m.organization_id, externalId, m.member_id)

  const rolesBefore = roleIds(em, record)
  if (typeof name === 'string') m.name = name
  if (trusted) m.trusted_metadata = trusted
  if (untrusted) m.untrusted_metadata = untrusted
  if (breakglass !== undefined) m.is_breakglass = breakglass
  if (enrolled !== undefined) m.mfa_enrolled = enrolled
  if (phone !== undefined && phone !== m.mfa_phone_number) {
    m.mfa_phone_number = phone
    m.mfa_phone_number_verified = false
  }
  if (defaultMfa !== undefined) m.default_mfa_method = defaultMfa
  if (email !== undefined) changeEmail(em, record, email, false)
  if (externalId !== undefined) m.external_id = externalId
  let revoked = false
  if (roles) {
    const removed = record.direct_roles.filter((r) => !roles.includes(r))
    record.direct_roles = [...new Set(roles)]
    const still = roleIds(em, record)
    // A revoked role ends the member's sessions, unless the caller asked to keep them and the
    // member still holds every revoked role through another source (an email-domain assignment).
    if (removed.length > 0 && !(preserve && removed.every((r) => still.includes(r)))) {
      revokeMemberSessions(em, m.member_id)
      revoked = true
    }
  }
  if (!revoked && rolesBefore.join() !== roleIds(em, record).join()) refreshSessionRoles(em, record)
  touch(em, record)
}

/** Seconds until the stored access token expires (`expires_at` is in epoch milliseconds). */
function expiresIn(em: Emulator, tokens: ProviderTokens): number {
  return Math.max(0, Math.round((tokens.expires_at - em.now()) / 1000))
}

/** The stored tokens of one OAuth provider, after checking the member. */
function providerTokens(rc: RequestContext, provider: string): ProviderTokens | undefined {
  const record = liveMember(rc.em, orgId(rc), memberId(rc))
  return record.providers[provider]
}

function singleProvider(rc: RequestContext, provider: 'google' | 'microsoft'): Answer<GetMemberOauthProviderGoogleResponse> & Answer<GetMemberOauthProviderMicrosoftResponse> {
  const tokens = providerTokens(rc, provider) ?? fail(404, 'oauth_provider_not_found', `The member has no ${provider} OAuth registration.`)
  return {
    provider_type: provider,
    provider_subject: tokens.provider_subject,
    access_token: tokens.access_token,
    access_token_expires_in: expiresIn(rc.em, tokens),
    id_token: tokens.id_token,
    scopes: [...tokens.scopes],
    ...(optBool(rc.body, 'include_refresh_token') && { refresh_token: tokens.refresh_token }),
  }
}

function memberFilters(em: Emulator): Filters<MemberRecord> {
  return {
    member_ids: listFilter((r) => r.member.member_id),
    member_emails: listFilter((r) => r.member.email_address, { caseless: true }),
    member_email_fuzzy: fuzzyFilter((r) => r.member.email_address),
    member_is_breakglass: flagFilter((r) => r.member.is_breakglass),
    statuses: listFilter((r) => r.member.status, { allowed: STATUSES }),
    member_mfa_phone_numbers: listFilter((r) => r.member.mfa_phone_number),
    member_mfa_phone_number_fuzzy: fuzzyFilter((r) => r.member.mfa_phone_number),
    member_password_exists: flagFilter((r) => r.member.member_password_id !== ''),
    member_roles: listFilter((r) => roleIds(em, r)),
  }
}

/** The member of the path's organization that holds the path's `{member_password_id}`. */
function passwordHolder(rc: RequestContext): MemberRecord {
  getOrg(rc.em, orgId(rc))
  const passwordId = rc.params['member_password_id'] ?? ''
  const record = Object.values(rc.em.state.members).find(
    (r) => r.member.organization_id === orgId(rc) && r.member.status !== 'deleted' && r.member.member_password_id !== '' && r.member.member_password_id === passwordId,
  )
  return record ?? fail(404, 'member_password_not_found', `No member of this organization has the password ${JSON.stringify(passwordId)}.`)
}

/** The `members` route group (`Organizations.Members.*`). */
export const routes: Route[] = [
  {
    method: 'POST',
    path: `${ORGS}/{organization_id}/members`,
    authorize: inOrganization('stytch.member', 'create'),
    handler: (rc) => {
      const { em, body } = rc
      const org = getOrg(em, orgId(rc))
      const email = normalizeEmail(str(body, 'email_address'))
      checkEmailFree(em, org.organization_id, email)
      checkPhone(optStr(body, 'mfa_phone_number'))
      const record = newMemberRecord(em, org, email, body, optBool(body, 'create_member_as_pending') ? 'pending' : 'active')
      addMember(em, record)
      return memberAnswer(em, record) satisfies Answer<CreateMemberResponse>
    },
  },
  {
    method: 'GET',
    path: `${ORGS}/{organization_id}/member`,
    handler: (rc) => {
      const { em, body } = rc
      getOrg(em, orgId(rc))
      const id = optStr(body, 'member_id')
      const email = optStr(body, 'email_address')
      let record: MemberRecord | undefined
      if (id !== undefined) record = liveMember(em, orgId(rc), id)
      else if (email !== undefined) {
        const wanted = email.trim().toLowerCase()
        record = Object.values(em.state.members).find((r) => r.member.organization_id === orgId(rc) && r.member.email_address === wanted && r.member.status !== 'deleted')
        if (!record) fail(404, 'member_not_found', `No member with email ${JSON.stringify(wanted)} exists in this organization.`)
      } else badRequest('member_id', 'a member_id or an email_address is required')
      return memberAnswer(em, record) satisfies Answer<GetMemberResponse>
    },
  },
  {
    method: 'GET',
    path: `${ORGS}/members/dangerously_get/{member_id}`,
    handler: (rc) => {
      const record = getMemberAnywhere(rc.em, memberId(rc))
      if (record.member.status === 'deleted' && !optBool(rc.body, 'include_deleted')) notFound('member', memberId(rc))
      return memberAnswer(rc.em, record) satisfies Answer<DangerouslyGetMemberResponse>
    },
  },
  {
    method: 'PUT',
    path: MEMBER,
    authorize: onPathMember('update'),
    handler: (rc) => {
      const record = liveMember(rc.em, orgId(rc), memberId(rc))
      updateMember(rc.em, record, rc.body)
      return memberAnswer(rc.em, record) satisfies Answer<UpdateMemberResponse>
    },
  },
  {
    method: 'DELETE',
    path: MEMBER,
    authorize: onPathMember('delete'),
    handler: (rc) => {
      const record = liveMember(rc.em, orgId(rc), memberId(rc))
      removeMember(rc.em, record)
      return { member_id: record.member.member_id } satisfies Answer<DeleteMemberResponse>
    },
  },
  {
    method: 'PUT',
    path: `${MEMBER}/reactivate`,
    authorize: onPathMember('update'),
    handler: (rc) => {
      getOrg(rc.em, orgId(rc))
      const record = getMemberRecord(rc.em, orgId(rc), memberId(rc))
      const m = record.member
      if (m.status === 'deleted' && !m.email_address_verified) {
        fail(400, 'member_email_not_verified', 'A deleted member can be reactivated only when its email address is verified.')
      }
      if (m.status !== 'active') {
        m.status = 'active'
        touch(rc.em, record)
      }
      return memberAnswer(rc.em, record) satisfies Answer<ReactivateMemberResponse>
    },
  },
  {
    method: 'POST',
    path: `${ORGS}/members/search`,
    authorize: ({ em, body }) => [...new Set(optStrings(body, 'organization_ids') ?? [])].map((organizationId) => ({ organizationId: getOrg(em, organizationId).organization_id, resource: 'stytch.member', action: 'search' })),
    handler: (rc) => {
      const { em, body } = rc
      const ids = optStrings(body, 'organization_ids')
      if (!ids || ids.length === 0) badRequest('organization_ids', 'at least one organization id is required')
      for (const id of ids) getOrg(em, id)
      const query = compileQuery(body['query'], memberFilters(em))
      // Deleted members are left out unless a `statuses` operand asks for them.
      const wantsDeleted = query.operands.some((o) => o.filter_name === 'statuses' && (o.value as readonly string[]).includes('deleted'))
      const wanted = new Set(ids)
      const matches = Object.values(em.state.members).filter(
        (r) => wanted.has(r.member.organization_id) && (wantsDeleted || r.member.status !== 'deleted') && query.matches(r),
      )
      const { page, results_metadata } = paginate(matches, body)
      const organizations: Record<string, Organization> = {}
      for (const r of page) organizations[r.member.organization_id] ??= viewOrg(getOrg(em, r.member.organization_id))
      return { members: page.map((r) => viewMember(em, r)), results_metadata, organizations } satisfies Answer<SearchMembersResponse>
    },
  },
  {
    method: 'DELETE',
    path: `${ORGS}/{organization_id}/members/passwords/{member_password_id}`,
    authorize: (rc) => [{ organizationId: orgId(rc), resource: 'stytch.member', action: 'update', memberId: passwordHolder(rc).member.member_id }],
    handler: (rc) => {
      const record = passwordHolder(rc)
      delete record.password
      record.member.member_password_id = ''
      touch(rc.em, record)
      return memberAnswer(rc.em, record) satisfies Answer<DeleteMemberPasswordResponse>
    },
  },
  {
    method: 'DELETE',
    path: `${ORGS}/{organization_id}/members/mfa_phone_numbers/{member_id}`,
    authorize: onPathMember('update'),
    handler: (rc) => {
      const record = liveMember(rc.em, orgId(rc), memberId(rc))
      const m = record.member
      m.mfa_phone_number = ''
      m.mfa_phone_number_verified = false
      if (m.default_mfa_method === 'sms_otp') m.default_mfa_method = ''
      delete rc.em.state.otps[m.member_id]
      touch(rc.em, record)
      return memberAnswer(rc.em, record) satisfies Answer<DeleteMemberMfaPhoneNumberResponse>
    },
  },
  {
    method: 'DELETE',
    path: `${MEMBER}/totp`,
    authorize: onPathMember('update'),
    handler: (rc) => {
      const record = liveMember(rc.em, orgId(rc), memberId(rc))
      delete record.totp
      record.member.totp_registration_id = ''
      if (record.member.default_mfa_method === 'totp') record.member.default_mfa_method = ''
      touch(rc.em, record)
      return memberAnswer(rc.em, record) satisfies Answer<DeleteMemberTotpResponse>
    },
  },
  {
    method: 'POST',
    path: `${MEMBER}/unlink_retired_email`,
    authorize: onPathMember('update'),
    handler: (rc) => {
      const record = liveMember(rc.em, orgId(rc), memberId(rc))
      const emailId = optStr(rc.body, 'email_id')
      const address = optStr(rc.body, 'email_address')?.trim().toLowerCase()
      if (emailId === undefined && address === undefined) badRequest('email_id', 'an email_id or an email_address is required')
      const m = record.member
      const match = m.retired_email_addresses.find((r) => (emailId === undefined || r.email_id === emailId) && (address === undefined || r.email_address === address))
      if (!match) {
        const named = [emailId && `email_id ${JSON.stringify(emailId)}`, address && `email_address ${JSON.stringify(address)}`].filter(Boolean).join(' and ')
        return fail(404, 'retired_email_not_found', `The member has no retired email with ${named}.`)
      }
      m.retired_email_addresses = m.retired_email_addresses.filter((r) => r !== match)
      touch(rc.em, record)
      return { ...memberAnswer(rc.em, record), organization_id: m.organization_id } satisfies Answer<UnlinkMemberRetiredEmailResponse>
    },
  },
  {
    method: 'GET',
    path: `${MEMBER}/oauth_providers/google`,
    handler: (rc) => singleProvider(rc, 'google') satisfies Answer<GetMemberOauthProviderGoogleResponse>,
  },
  {
    method: 'GET',
    path: `${MEMBER}/oauth_providers/microsoft`,
    handler: (rc) => singleProvider(rc, 'microsoft') satisfies Answer<GetMemberOauthProviderMicrosoftResponse>,
  },
  {
    method: 'GET',
    path: `${MEMBER}/oauth_providers/github`,
    handler: (rc) => {
      const t = providerTokens(rc, 'github')
      const registrations = t ? [{ provider_subject: t.provider_subject, provider_tenant_ids: t.provider_tenant_id ? [t.provider_tenant_id] : [], access_token: t.access_token, scopes: [...t.scopes] }] : []
      return { provider_type: 'github', registrations } satisfies Answer<GetMemberOauthProviderGithubResponse>
    },
  },
  {
    method: 'GET',
    path: `${MEMBER}/oauth_providers/hubspot`,
    handler: (rc) => {
      const t = providerTokens(rc, 'hubspot')
      const refresh = optBool(rc.body, 'include_refresh_token')
      const registrations = t
        ? [{ provider_subject: t.provider_subject, provider_tenant_id: t.provider_tenant_id, access_token: t.access_token, access_token_expires_in: expiresIn(rc.em, t), scopes: [...t.scopes], ...(refresh && { refresh_token: t.refresh_token }) }]
        : []
      return { provider_type: 'hubspot', registrations } satisfies Answer<GetMemberOauthProviderHubspotResponse>
    },
  },
  {
    method: 'GET',
    path: `${MEMBER}/oauth_providers/slack`,
    handler: (rc) => {
      const t = providerTokens(rc, 'slack')
      const registrations = t ? [{ provider_subject: t.provider_subject, provider_tenant_id: t.provider_tenant_id, access_token: t.access_token, scopes: [...t.scopes], bot_access_token: '', bot_scopes: [] }] : []
      return { provider_type: 'slack', registrations } satisfies Answer<GetMemberOauthProviderSlackResponse>
    },
  },
  {
    method: 'GET',
    path: `${MEMBER}/oidc_providers`,
    handler: (rc) => {
      const record = liveMember(rc.em, orgId(rc), memberId(rc))
      const refresh = optBool(rc.body, 'include_refresh_token')
      const registrations = Object.entries(record.providers)
        .filter(([key]) => key.startsWith('oidc:'))
        .map(([key, t]) => ({
          provider_subject: t.provider_subject,
          id_token: t.id_token,
          access_token: t.access_token,
          access_token_expires_in: expiresIn(rc.em, t),
          scopes: [...t.scopes],
          connection_id: key.slice('oidc:'.length),
          ...(refresh && { refresh_token: t.refresh_token }),
        }))
      return { registrations } satisfies Answer<GetMemberOidcProvidersResponse>
    },
  },
]
