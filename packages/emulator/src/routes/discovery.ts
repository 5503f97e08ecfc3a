import type {
  AuthenticationFactor,
  CreateDiscoveryOrganizationResponse,
  ExchangeDiscoveryIntermediateSessionResponse,
  ListDiscoveryOrganizationsResponse,
} from 'stytch-b2b'
import { type AuthenticationResult, completeAuthentication, discoveredOrganizations, findSession, MFA_TYPES, takeIntermediateSession } from '../auth.js'
import { type Body, optStr, str } from '../body.js'
import type { Emulator, RequestContext, Route, Answer } from '../core.js'
import { emailJitAllowed, refuseJit } from '../emailAuth.js'
import { badRequest, fail } from '../errors.js'
import { addMember, findMemberByEmail, getMemberAnywhere, getOrg, newMemberRecord, newOrganization } from '../model.js'
import type { IntermediateSessionRecord, MemberRecord } from '../state.js'

/** A live intermediate session, read without using it up; 404 when unknown, used or expired. */
function peekIntermediateSession(em: Emulator, token: string): IntermediateSessionRecord {
  const record = em.state.intermediate_sessions[token]
  if (!record || record.expires_at <= em.now()) return fail(404, 'intermediate_session_not_found', 'The intermediate session token is unknown, used or expired.')
  return record
}

/** The session params of a discovery request, without anything that names another session. */
function sessionParams(body: Body): Body {
  return { session_duration_minutes: body['session_duration_minutes'], session_custom_claims: body['session_custom_claims'] }
}

/**
 * Uses up an intermediate session to authenticate `record`: the session's primary factor becomes
 * the member's (MFA factors stay behind), and {@link completeAuthentication} decides between a
 * session and a new intermediate session (MFA).
 */
async function authenticateFromIntermediate(em: Emulator, ist: IntermediateSessionRecord, record: MemberRecord, body: Body): Promise<AuthenticationResult> {
  // Second factors do not carry over into another organization's session.
  const primary = ist.factors.filter((f) => !MFA_TYPES.has(f.type))
  const factor: AuthenticationFactor | undefined = primary[primary.length - 1]
  if (!factor) return fail(400, 'intermediate_session_without_primary_factor', 'The intermediate session holds no primary authentication factor.')
  if (!ist.member_id || ist.member_id === record.member.member_id) {
    // completeAuthentication takes the intermediate session and carries its factors over.
    return completeAuthentication(em, record, factor, { ...sessionParams(body), intermediate_session_token: ist.token })
  }
  takeIntermediateSession(em, ist.token)
  return completeAuthentication(em, record, factor, sessionParams(body))
}

async function list({ em, body }: RequestContext): Promise<Answer<ListDiscoveryOrganizationsResponse>> {
  const istToken = optStr(body, 'intermediate_session_token')
  const sessionToken = optStr(body, 'session_token')
  const sessionJwt = optStr(body, 'session_jwt')
  const given = [istToken, sessionToken, sessionJwt].filter((v) => v !== undefined).length
  if (given !== 1) badRequest('intermediate_session_token', 'give exactly one of intermediate_session_token, session_token and session_jwt')
  if (istToken !== undefined) {
    const ist = peekIntermediateSession(em, istToken)
    return {
      email_address: ist.email_address,
      discovered_organizations: discoveredOrganizations(em, ist.email_address, ist.factors),
      ...(ist.organization_id !== undefined && { organization_id_hint: ist.organization_id }),
    }
  }
  const session = await findSession(em, { session_token: sessionToken, session_jwt: sessionJwt })
  const email = getMemberAnywhere(em, session.session.member_id).member.email_address
  // A member session lists memberships only, not organizations it could join by domain.
  const found = discoveredOrganizations(em, email, session.session.authentication_factors).filter((d) => d.membership?.type !== 'eligible_to_join_by_email_domain')
  return { email_address: email, discovered_organizations: found, organization_id_hint: session.session.organization_id }
}

async function create({ em, body }: RequestContext): Promise<Answer<CreateDiscoveryOrganizationResponse>> {
  const ist = peekIntermediateSession(em, str(body, 'intermediate_session_token'))
  const email = ist.email_address
  const name = optStr(body, 'organization_name') ?? (email.split('@')[1] ?? 'organization')
  const org = newOrganization(em, { ...body, organization_name: name })
  em.state.organizations[org.organization_id] = org
  const record = newMemberRecord(em, org, email, {}, 'active')
  // The creator administers the new organization.
  record.direct_roles = ['stytch_admin']
  addMember(em, record)
  const result = await authenticateFromIntermediate(em, ist, record, body)
  const { organization_id: _, ...rest } = result
  return rest
}

async function exchange({ em, body }: RequestContext): Promise<Answer<ExchangeDiscoveryIntermediateSessionResponse>> {
  const ist = peekIntermediateSession(em, str(body, 'intermediate_session_token'))
  const org = getOrg(em, str(body, 'organization_id'))
  let record = findMemberByEmail(em, org.organization_id, ist.email_address)
  if (record?.member.status === 'deleted') fail(400, 'inactive_member', `The member ${record.member.member_id} of organization ${org.organization_id} is deleted.`)
  if (!record) {
    if (!emailJitAllowed(org, ist.email_address)) refuseJit(org, ist.email_address)
    record = addMember(em, newMemberRecord(em, org, ist.email_address, {}, 'pending'))
  }
  const result = await authenticateFromIntermediate(em, ist, record, body)
  const { organization_id: _, ...rest } = result
  return rest
}

/** The `discovery` routes: list the organizations of an email, create one, or enter one. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/discovery/organizations', handler: list },
  { method: 'POST', path: '/v1/b2b/discovery/organizations/create', handler: create },
  { method: 'POST', path: '/v1/b2b/discovery/intermediate_sessions/exchange', handler: exchange },
]
