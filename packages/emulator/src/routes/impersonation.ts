import type { AuthenticateImpersonationResponse, AuthenticationFactor } from 'stytch-b2b'
import { consumeToken, createSession, issueToken, sessionResponse } from '../auth.js'
import { optStr, str } from '../body.js'
import { type Answer, type RequestContext, type Route, iso } from '../core.js'
import { fail } from '../errors.js'
import { getMemberRecord, getOrg, normalizeEmail } from '../model.js'

// Impersonation: Stytch's dashboard mints a single-use token for a member, and the application
// trades it for a session of that member. `POST /emulator/impersonation/token` plays the dashboard.

/** Minutes an impersonation token can be redeemed. */
export const IMPERSONATION_TOKEN_MINUTES = 5
/** The fixed lifetime of an impersonation session (`session_duration_minutes` cannot extend it). */
export const IMPERSONATION_SESSION_MINUTES = 60
/** Who impersonates when `POST /emulator/impersonation/token` names nobody: a dashboard user of the emulator. */
export const DEFAULT_IMPERSONATOR = { impersonator_id: 'dashboard-user-test-emulator', impersonator_email_address: 'support@emulator.test' } as const

/**
 * `POST /emulator/impersonation/token` (emulator only) with `member_id`, `organization_id` and
 * optional `impersonator_id` / `impersonator_email_address`: the token the dashboard would mint.
 */
function mintToken({ em, body }: RequestContext): { token: string; expires_at: string } {
  const org = getOrg(em, str(body, 'organization_id'))
  const record = getMemberRecord(em, org.organization_id, str(body, 'member_id'))
  if (record.member.status === 'deleted') fail(400, 'inactive_member', `member_id: ${record.member.member_id} is deleted and cannot be impersonated.`)
  const email = optStr(body, 'impersonator_email_address')
  const impersonator = {
    impersonator_id: optStr(body, 'impersonator_id') ?? DEFAULT_IMPERSONATOR.impersonator_id,
    impersonator_email_address: email === undefined ? DEFAULT_IMPERSONATOR.impersonator_email_address : normalizeEmail(email),
  }
  const token = issueToken(
    em,
    { kind: 'impersonation', email_address: record.member.email_address, organization_id: org.organization_id, member_id: record.member.member_id, data: impersonator },
    IMPERSONATION_TOKEN_MINUTES,
  )
  return { token: token.token, expires_at: iso(em, token.expires_at) }
}

async function authenticate({ em, body }: RequestContext): Promise<Answer<AuthenticateImpersonationResponse>> {
  const token = consumeToken(em, str(body, 'impersonation_token'), ['impersonation'], 'impersonation_token')
  const record = token.member_id ? em.state.members[token.member_id] : undefined
  if (!record || record.member.organization_id !== token.organization_id || record.member.status === 'deleted') {
    return fail(404, 'member_not_found', 'The member this impersonation token was minted for no longer exists.')
  }
  const factor: AuthenticationFactor = {
    type: 'impersonated',
    delivery_method: 'impersonation',
    last_authenticated_at: iso(em),
    impersonated_factor: { impersonator_id: String(token.data['impersonator_id']), impersonator_email_address: String(token.data['impersonator_email_address']) },
  }
  // Impersonation skips MFA and always starts a new session of the fixed lifetime.
  const session = createSession(em, record, [factor], { session_duration_minutes: IMPERSONATION_SESSION_MINUTES })
  const s = await sessionResponse(em, session)
  return { ...s, member_id: record.member.member_id, organization_id: record.member.organization_id, intermediate_session_token: '', member_authenticated: true }
}

/** `Impersonation.Authenticate`, and the emulator's stand-in for the dashboard. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/impersonation/authenticate', handler: authenticate },
  { method: 'POST', path: '/emulator/impersonation/token', handler: mintToken },
]
