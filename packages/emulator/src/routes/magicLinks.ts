import type {
  AuthenticateMagicLinkDiscoveryResponse,
  AuthenticateMagicLinkResponse,
  InviteMagicLinkEmailResponse,
  LoginOrSignupMagicLinkEmailResponse,
  Organization,
  SendMagicLinkEmailDiscoveryResponse,
} from 'stytch-b2b'
import { completeAuthentication, consumeToken, discoveryResult, emailFactor, emailId, issueToken } from '../auth.js'
import { type Body, optObject, optStr, optStrings, str } from '../body.js'
import { type Emulator, type RequestContext, type Route, deliver, type Answer } from '../core.js'
import { emailJitAllowed, withCustomClaims, emailLink, expirationMinutes, redirectUrl, refuseJit, requireAuthMethod } from '../emailAuth.js'
import { changeEmail } from '../emailChange.js'
import { fail } from '../errors.js'
import { addMember, checkRoles, findMemberByEmail, getMemberRecord, getOrg, newMemberRecord, normalizeEmail, touch, viewMember, viewOrg } from '../model.js'
import type { MemberRecord, OutboxMessage } from '../state.js'

/** Minutes a login or signup magic link lives unless `login_expiration_minutes`/`signup_expiration_minutes` say otherwise. */
export const LOGIN_MINUTES = 60
/** Minutes an invite lives unless `invite_expiration_minutes` says otherwise: one week. */
export const INVITE_MINUTES = 7 * 24 * 60
/** Minutes a discovery magic link lives unless `discovery_expiration_minutes` says otherwise. */
export const DISCOVERY_MINUTES = 60

const TOKEN_TYPE = 'multi_tenant_magic_links'

/** Throws 400 `inactive_member` for a deleted member. */
function requireLiveMember(record: MemberRecord): void {
  if (record.member.status === 'deleted') {
    fail(400, 'inactive_member', `The member ${record.member.member_id} is deleted; reactivate it before sending it a magic link.`)
  }
}

/** Issues an organization magic link token for `record` and puts its email in the outbox. */
function sendMemberLink(em: Emulator, org: Organization, record: MemberRecord, template: OutboxMessage['template'], redirect: string, minutes: number, pkce: string | undefined): void {
  const token = issueToken(
    em,
    {
      kind: 'magic_link',
      email_address: record.member.email_address,
      organization_id: org.organization_id,
      member_id: record.member.member_id,
      ...(pkce !== undefined && { pkce_code_challenge: pkce }),
      data: { template },
    },
    minutes,
  )
  deliver(em, {
    channel: 'email',
    to: record.member.email_address,
    template,
    organization_id: org.organization_id,
    member_id: record.member.member_id,
    token: token.token,
    link: emailLink(redirect, TOKEN_TYPE, token.token),
  })
}

/** The invite params that describe the member (the rest of the body is about the email). */
function memberFields(body: Body): Body {
  const fields: Record<string, unknown> = {}
  for (const key of ['name', 'roles', 'trusted_metadata', 'untrusted_metadata']) if (body[key] !== undefined) fields[key] = body[key]
  return fields
}

async function loginOrSignup({ em, body }: RequestContext): Promise<Answer<LoginOrSignupMagicLinkEmailResponse>> {
  const org = getOrg(em, str(body, 'organization_id'))
  const email = normalizeEmail(str(body, 'email_address'))
  requireAuthMethod(org, 'magic_link')
  const pkce = optStr(body, 'pkce_code_challenge')
  const loginRedirect = redirectUrl(body, 'login_redirect_url')
  const signupRedirect = redirectUrl(body, 'signup_redirect_url')
  const loginMinutes = expirationMinutes(body, 'login_expiration_minutes', LOGIN_MINUTES)
  const signupMinutes = expirationMinutes(body, 'signup_expiration_minutes', LOGIN_MINUTES)
  let record = findMemberByEmail(em, org.organization_id, email)
  let created = false
  if (record) {
    requireLiveMember(record)
  } else {
    if (!emailJitAllowed(org, email)) refuseJit(org, email)
    record = addMember(em, newMemberRecord(em, org, email, {}, 'pending'))
    created = true
  }
  // Active members get a login link; new, pending and invited ones a signup link.
  if (record.member.status === 'active') sendMemberLink(em, org, record, 'login', loginRedirect, loginMinutes, pkce)
  else sendMemberLink(em, org, record, 'signup', signupRedirect, signupMinutes, pkce)
  return { member_id: record.member.member_id, member_created: created, member: viewMember(em, record), organization: viewOrg(org) }
}

async function invite(rc: RequestContext): Promise<Answer<InviteMagicLinkEmailResponse>> {
  const { em, body } = rc
  const org = getOrg(em, str(body, 'organization_id'))
  const email = normalizeEmail(str(body, 'email_address'))
  const redirect = redirectUrl(body, 'invite_redirect_url')
  const minutes = expirationMinutes(body, 'invite_expiration_minutes', INVITE_MINUTES)
  const inviter = optStr(body, 'invited_by_member_id')
  if (inviter !== undefined) getMemberRecord(em, org.organization_id, inviter)
  const roles = optStrings(body, 'roles')
  if (roles) checkRoles(em, roles, 'roles', org.organization_id)
  const name = optStr(body, 'name')
  const trusted = optObject(body, 'trusted_metadata')
  const untrusted = optObject(body, 'untrusted_metadata')
  const domain = email.split('@')[1] ?? ''
  if (org.email_invites === 'NOT_ALLOWED') fail(403, 'email_invites_not_allowed', `Organization ${org.organization_id} does not allow email invites (email_invites is NOT_ALLOWED).`)
  if (org.email_invites === 'RESTRICTED' && !org.email_allowed_domains.includes(domain)) {
    fail(403, 'email_invites_not_allowed', `Organization ${org.organization_id} only invites emails of ${JSON.stringify(org.email_allowed_domains)} (email_invites is RESTRICTED).`)
  }
  let record = findMemberByEmail(em, org.organization_id, email)
  if (record) {
    requireLiveMember(record)
    if (record.member.status === 'active') fail(400, 'member_already_active', `${email} is already an active member of organization ${org.organization_id}; send a login link instead.`)
    // Re-inviting a pending or invited member: it becomes invited, with the given details.
    const member = record.member
    member.status = 'invited'
    if (name !== undefined) member.name = name
    if (trusted !== undefined) member.trusted_metadata = trusted
    if (untrusted !== undefined) member.untrusted_metadata = untrusted
    if (roles !== undefined) record.direct_roles = [...new Set(roles)]
    touch(em, record)
  } else {
    record = addMember(em, newMemberRecord(em, org, email, memberFields(body), 'invited'))
  }
  sendMemberLink(em, org, record, 'invite', redirect, minutes, undefined)
  return { member_id: record.member.member_id, member: viewMember(em, record), organization: viewOrg(org) }
}

async function authenticate({ em, body }: RequestContext): Promise<Answer<AuthenticateMagicLinkResponse>> {
  const token = str(body, 'magic_links_token')
  const record = consumeToken(em, token, ['magic_link', 'email_update'], 'magic_link', optStr(body, 'pkce_code_verifier'))
  const member = record.member_id ? em.state.members[record.member_id] : undefined
  if (!member || member.member.organization_id !== record.organization_id) return fail(404, 'member_not_found', 'The member this magic link was sent to no longer exists.')
  requireLiveMember(member)
  // An email-update link went to the member's new address: redeeming it completes the change.
  if (record.kind === 'email_update') changeEmail(em, member, record.email_address, true)
  const result = await completeAuthentication(em, member, emailFactor(em, 'magic_link', member.member), body)
  return { ...withCustomClaims(result), method_id: emailId(member.member), reset_sessions: false }
}

function discoverySend({ em, body }: RequestContext): Answer<SendMagicLinkEmailDiscoveryResponse> {
  const email = normalizeEmail(str(body, 'email_address'))
  const redirect = redirectUrl(body, 'discovery_redirect_url')
  const minutes = expirationMinutes(body, 'discovery_expiration_minutes', DISCOVERY_MINUTES)
  const pkce = optStr(body, 'pkce_code_challenge')
  const token = issueToken(em, { kind: 'discovery_magic_link', email_address: email, ...(pkce !== undefined && { pkce_code_challenge: pkce }) }, minutes)
  deliver(em, { channel: 'email', to: email, template: 'discovery', token: token.token, link: emailLink(redirect, 'discovery', token.token) })
  return {}
}

function discoveryAuthenticate({ em, body }: RequestContext): Answer<AuthenticateMagicLinkDiscoveryResponse> {
  const token = str(body, 'discovery_magic_links_token')
  const record = consumeToken(em, token, ['discovery_magic_link'], 'magic_link', optStr(body, 'pkce_code_verifier'))
  return discoveryResult(em, record.email_address, emailFactor(em, 'magic_link', { email_address: record.email_address }))
}

/** The `magic_links` routes: login-or-signup and invite emails, discovery emails, and their authentication. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/magic_links/email/login_or_signup', handler: loginOrSignup },
  { method: 'POST', path: '/v1/b2b/magic_links/email/invite', authorize: ({ body }) => [{ organizationId: str(body, 'organization_id'), resource: 'stytch.member', action: 'create' }], handler: invite },
  { method: 'POST', path: '/v1/b2b/magic_links/authenticate', handler: authenticate },
  { method: 'POST', path: '/v1/b2b/magic_links/email/discovery/send', handler: discoverySend },
  { method: 'POST', path: '/v1/b2b/magic_links/discovery/authenticate', handler: discoveryAuthenticate },
]
