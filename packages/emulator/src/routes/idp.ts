import type {
  AuthenticationFactor,
  AuthorizeIdpOauthResponse,
  AuthorizeIdpOauthStartResponse,
  ExchangeSessionAccessTokenResponse,
  GetMemberConnectedAppsResponse,
  GetOrganizationConnectedAppResponse,
  GetOrganizationConnectedAppsResponse,
  Organization,
  RevokeMemberConnectedAppResponse,
  ScopeResult,
} from 'stytch-b2b'
import { createSession, findSession, sessionResponse } from '../auth.js'
import { type Body, optBool, optStr, optStrings, str } from '../body.js'
import { type Answer, type Emulator, type RequestContext, type Route, inOrganization, iso, newId, onPathMember } from '../core.js'
import { badRequest, fail, notFound } from '../errors.js'
import { CODE_SECONDS, grantKey, isFirstParty, isPublicClient, issueIdpToken, ORGANIZATION_CLAIM, revokeGrant, scopeResults } from '../idp.js'
import { verifyJwt } from '../keys.js'
import { getMemberRecord, getOrg, viewMember, viewOrg } from '../model.js'
import type { ConnectedAppRecord, IdpGrantRecord, MemberRecord } from '../state.js'
import { getConnectedAppRecord } from './connectedApps.js'

// Stytch as an OAuth authorization server for connected apps: the consent-screen routes
// (authorize/start, authorize), which record a member's grant and hand out single-use codes
// (redeemed at the token route, routes/oauth2.ts); the organization and member views of those
// grants, with revocation; and the exchange of a first-party `full_access` token for a session.

/** How recently an access token must have been issued for `exchangeSessionAccessToken`. */
export const EXCHANGE_MAX_AGE_SECONDS = 300

// ---- the authorization request ----------------------------------------------------------------------

interface AuthorizationRequest {
  readonly app: ConnectedAppRecord
  readonly member: MemberRecord
  readonly org: Organization
  readonly redirectUri: string
  readonly results: ScopeResult[]
  readonly consentRequired: boolean
}

/** The member the request acts for: by its session (token or JWT), or by organization and member id. */
async function requestMember(em: Emulator, body: Body): Promise<MemberRecord> {
  const sessionToken = optStr(body, 'session_token')
  const sessionJwt = optStr(body, 'session_jwt')
  const organizationId = optStr(body, 'organization_id')
  const memberId = optStr(body, 'member_id')
  let record: MemberRecord
  if (sessionToken || sessionJwt) {
    if (sessionToken && sessionJwt) badRequest('session_token', 'pass either session_token or session_jwt, not both')
    const session = await findSession(em, { session_token: sessionToken, session_jwt: sessionJwt })
    record = getMemberRecord(em, session.session.organization_id, session.session.member_id)
    if ((organizationId !== undefined && organizationId !== record.member.organization_id) || (memberId !== undefined && memberId !== record.member.member_id)) {
      badRequest('member_id', 'organization_id and member_id, when given with a session, must be those of the session')
    }
  } else if (organizationId !== undefined && memberId !== undefined) {
    getOrg(em, organizationId)
    record = getMemberRecord(em, organizationId, memberId)
  } else {
    return badRequest('session_token', 'a session_token or session_jwt, or both organization_id and member_id, are required')
  }
  if (record.member.status === 'deleted') notFound('member', record.member.member_id)
  return record
}

/** 403 unless the organization's connected-app settings let its members use this app. */
function checkOrganizationAllows(org: Organization, app: ConnectedAppRecord): void {
  const first = isFirstParty(app.app.client_type)
  const type = first ? org.first_party_connected_apps_allowed_type : org.third_party_connected_apps_allowed_type
  const allowed = first ? org.allowed_first_party_connected_apps : org.allowed_third_party_connected_apps
  const kind = first ? 'first' : 'third'
  if (type === 'NOT_ALLOWED' || (type === 'RESTRICTED' && !allowed.includes(app.app.client_id))) {
    fail(403, 'connected_app_not_allowed', `Organization ${org.organization_id} does not allow the ${kind}-party connected app ${app.app.client_id} (${kind}_party_connected_apps_allowed_type).`)
  }
}

/**
 * Whether the member must be asked: always with `prompt=consent`; for a third-party app unless an
 * earlier grant covers every grantable scope; for a first-party app only to add `offline_access`
 * (unless the app bypasses that).
 */
function needsConsent(em: Emulator, app: ConnectedAppRecord, member: MemberRecord, results: readonly ScopeResult[], prompt: string | undefined): boolean {
  if (prompt === 'consent') return true
  const granted = em.state.idp_grants[grantKey(app.app.client_id, member.member.member_id)]?.scopes ?? []
  const missing = results.filter((r) => r.is_grantable && !granted.includes(r.scope)).map((r) => r.scope)
  if (!isFirstParty(app.app.client_type)) return missing.length > 0
  return missing.includes('offline_access') && !app.app.bypass_consent_for_offline_access
}

/** Checks an authorization request (start and authorize share it) and works out its scopes and consent. */
async function authorizationRequest(em: Emulator, body: Body): Promise<AuthorizationRequest> {
  const app = getConnectedAppRecord(em, str(body, 'client_id'))
  if (app.app.status !== 'active') fail(400, 'connected_app_inactive', `client_id: the connected app ${app.app.client_id} is inactive.`)
  const redirectUri = str(body, 'redirect_uri')
  if (!app.app.redirect_urls.includes(redirectUri)) {
    fail(400, 'invalid_redirect_uri', `redirect_uri: ${JSON.stringify(redirectUri)} is not one of the redirect_urls of connected app ${app.app.client_id}.`)
  }
  const responseType = str(body, 'response_type')
  if (responseType !== 'code') badRequest('response_type', 'only "code" is supported')
  const scopes = optStrings(body, 'scopes') ?? badRequest('scopes', 'an array of scopes is required')
  for (const scope of scopes) if (!/^\S+$/.test(scope)) badRequest('scopes', `${JSON.stringify(scope)} is not a scope (non-empty, no whitespace)`)
  const prompt = optStr(body, 'prompt')
  if (prompt !== undefined && !['none', 'login', 'consent'].includes(prompt)) badRequest('prompt', 'must be one of none, login, consent')
  const member = await requestMember(em, body)
  const org = getOrg(em, member.member.organization_id)
  checkOrganizationAllows(org, app)
  const results = scopeResults(em, app, member, scopes)
  return { app, member, org, redirectUri, results, consentRequired: needsConsent(em, app, member, results, prompt) }
}

/** `uri` with these query parameters added (RFC 6749 §4.1.2 keeps the redirect URI's own query). */
function withQuery(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri)
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.append(k, v)
  return url.toString()
}

async function authorizeStart({ em, body }: RequestContext) {
  const request = await authorizationRequest(em, body)
  const { app, member, org } = request
  return {
    member_id: member.member.member_id,
    member: viewMember(em, member),
    organization: viewOrg(org),
    client: {
      client_id: app.app.client_id,
      client_name: app.app.client_name,
      client_description: app.app.client_description,
      client_type: app.app.client_type,
      ...(app.app.logo_url !== undefined && { logo_url: app.app.logo_url }),
    },
    consent_required: request.consentRequired,
    scope_results: request.results,
  } satisfies Answer<AuthorizeIdpOauthStartResponse>
}

async function authorize({ em, body }: RequestContext) {
  const consentGranted = optBool(body, 'consent_granted') ?? badRequest('consent_granted', 'a boolean is required')
  const request = await authorizationRequest(em, body)
  const { app, member, redirectUri, results } = request
  const state = optStr(body, 'state')
  const codeChallenge = optStr(body, 'code_challenge')
  if (codeChallenge !== undefined && !/^[A-Za-z0-9._~-]{43,128}$/.test(codeChallenge)) badRequest('code_challenge', 'must be an S256 challenge: 43 to 128 of A-Z, a-z, 0-9, "-", ".", "_" and "~"')
  if (isPublicClient(app.app.client_type) && codeChallenge === undefined) badRequest('code_challenge', `required: ${app.app.client_type} clients must use PKCE`)
  if (!consentGranted) {
    return { redirect_uri: withQuery(redirectUri, { error: 'access_denied', error_description: 'The member denied consent.', state }) } satisfies Answer<AuthorizeIdpOauthResponse>
  }
  if (request.consentRequired && optStr(body, 'prompt') === 'none') {
    return { redirect_uri: withQuery(redirectUri, { error: 'consent_required', error_description: 'The member must consent, and prompt=none forbids asking.', state }) } satisfies Answer<AuthorizeIdpOauthResponse>
  }
  const scopes = results.filter((r) => r.is_grantable).map((r) => r.scope)
  const key = grantKey(app.app.client_id, member.member.member_id)
  let grant: IdpGrantRecord | undefined = em.state.idp_grants[key]
  if (grant) grant.scopes = [...new Set([...grant.scopes, ...scopes])]
  else {
    grant = { grant_id: newId('connected-app-grant'), client_id: app.app.client_id, member_id: member.member.member_id, organization_id: member.member.organization_id, scopes, granted_at: iso(em) }
    em.state.idp_grants[key] = grant
  }
  const nonce = optStr(body, 'nonce')
  const code = issueIdpToken(
    em,
    {
      kind: 'authorization_code',
      client_id: app.app.client_id,
      member_id: member.member.member_id,
      organization_id: member.member.organization_id,
      grant_id: grant.grant_id,
      scopes,
      redirect_uri: redirectUri,
      ...(codeChallenge !== undefined && { code_challenge: codeChallenge }),
      ...(nonce !== undefined && { nonce }),
    },
    CODE_SECONDS,
  )
  return { redirect_uri: withQuery(redirectUri, { code, state }), authorization_code: code } satisfies Answer<AuthorizeIdpOauthResponse>
}

// ---- grants as organizations and members see them -----------------------------------------------------

/** Grants of live members of the organization, oldest first. */
function organizationGrants(em: Emulator, organizationId: string): IdpGrantRecord[] {
  return Object.values(em.state.idp_grants)
    .filter((g) => g.organization_id === organizationId && em.state.members[g.member_id]?.member.status !== 'deleted' && em.state.members[g.member_id] !== undefined)
    .sort((a, b) => a.granted_at.localeCompare(b.granted_at))
}

function appSummary(app: ConnectedAppRecord): { connected_app_id: string; name: string; description: string; client_type: string; logo_url?: string } {
  const a = app.app
  return { connected_app_id: a.client_id, name: a.client_name, description: a.client_description, client_type: a.client_type, ...(a.logo_url !== undefined && { logo_url: a.logo_url }) }
}

function organizationApps(rc: RequestContext) {
  const org = getOrg(rc.em, rc.params['organization_id'] ?? '')
  const ids = [...new Set(organizationGrants(rc.em, org.organization_id).map((g) => g.client_id))]
  const apps = ids.map((id) => rc.em.state.connected_apps[id]).filter((a): a is ConnectedAppRecord => a !== undefined)
  return { connected_apps: apps.map(appSummary) } satisfies Answer<GetOrganizationConnectedAppsResponse>
}

function organizationApp(rc: RequestContext) {
  const org = getOrg(rc.em, rc.params['organization_id'] ?? '')
  const app = getConnectedAppRecord(rc.em, rc.params['connected_app_id'] ?? '')
  const active = organizationGrants(rc.em, org.organization_id).filter((g) => g.client_id === app.app.client_id)
  return { ...appSummary(app), active_members: active.map((g) => ({ member_id: g.member_id, granted_scopes: [...g.scopes] })) } satisfies Omit<GetOrganizationConnectedAppResponse, 'status_code'>
}

/** The member of the path, in the organization of the path. */
function pathMember(rc: RequestContext): MemberRecord {
  getOrg(rc.em, rc.params['organization_id'] ?? '')
  return getMemberRecord(rc.em, rc.params['organization_id'] ?? '', rc.params['member_id'] ?? '')
}

function memberApps(rc: RequestContext) {
  const member = pathMember(rc)
  const grants = organizationGrants(rc.em, member.member.organization_id).filter((g) => g.member_id === member.member.member_id)
  const apps = grants.flatMap((g) => {
    const app = rc.em.state.connected_apps[g.client_id]
    return app ? [{ ...appSummary(app), scopes_granted: g.scopes.join(' ') }] : []
  })
  return { connected_apps: apps } satisfies Answer<GetMemberConnectedAppsResponse>
}

function revokeMemberApp(rc: RequestContext) {
  const member = pathMember(rc)
  const appId = rc.params['connected_app_id'] ?? ''
  getConnectedAppRecord(rc.em, appId)
  const grant = rc.em.state.idp_grants[grantKey(appId, member.member.member_id)]
  if (!grant) fail(404, 'connected_app_grant_not_found', `Member ${member.member.member_id} has not granted connected app ${appId} access.`)
  revokeGrant(rc.em, grant)
  return {} satisfies Answer<RevokeMemberConnectedAppResponse>
}

// ---- access token → session -----------------------------------------------------------------------------

async function exchangeAccessToken({ em, body }: RequestContext) {
  const refuse = (why: string): never => fail(401, 'invalid_access_token', `access_token: ${why}`)
  const claims = await verifyJwt(em, str(body, 'access_token'))
  if (!claims) return refuse('not an access token signed by this project')
  const jti = claims['jti']
  const issued = typeof jti === 'string' ? em.state.access_tokens[jti] : undefined
  const now = em.now()
  const iat = typeof claims['iat'] === 'number' ? claims['iat'] : 0
  if (!issued || issued.expires_at <= now || issued.grant_id === undefined) return refuse('unknown, expired or revoked, or not a member access token')
  if (issued.exchanged) refuse('already exchanged for a session (an access token can be exchanged once)')
  if (now / 1000 - iat > EXCHANGE_MAX_AGE_SECONDS) refuse(`issued more than ${EXCHANGE_MAX_AGE_SECONDS} seconds ago; only fresh tokens can be exchanged`)
  const app = em.state.connected_apps[issued.client_id]
  if (!app || !isFirstParty(app.app.client_type)) return refuse('only tokens of first-party connected apps can be exchanged')
  const scopes = typeof claims['scope'] === 'string' ? claims['scope'].split(' ') : []
  if (!scopes.includes('full_access')) refuse('the token lacks the full_access scope')
  const org = claims[ORGANIZATION_CLAIM] as { organization_id?: unknown } | undefined
  const member = em.state.members[typeof claims['sub'] === 'string' ? claims['sub'] : '']
  if (!member || member.member.organization_id !== org?.organization_id) return refuse('its member no longer exists')
  if (member.member.status === 'deleted') fail(401, 'member_deleted', 'The member was deleted; reactivate it before it can log in.')
  issued.exchanged = true
  const factor: AuthenticationFactor = {
    type: 'oauth',
    delivery_method: 'oauth_access_token_exchange',
    last_authenticated_at: iso(em),
    oauth_access_token_exchange_factor: { client_id: app.app.client_id },
  }
  // The member proved itself when the token was issued; the exchange never asks for MFA.
  const session = createSession(em, member, [factor], body)
  const s = await sessionResponse(em, session)
  return { ...s, member_id: member.member.member_id } satisfies Answer<ExchangeSessionAccessTokenResponse>
}

// ---- routes ---------------------------------------------------------------------------------------------

const ORG = '/v1/b2b/organizations/{organization_id}'

/**
 * Routes of the `idp` group (authorize start and authorize), the organization and member views of
 * connected apps, and `Sessions.ExchangeAccessToken`.
 *
 * Permissions with member-session headers, after Stytch's built-in resources: listing an
 * organization's apps or reading one app's members is `get.connected-apps` on
 * `stytch.organization` (admins only by default); a member's own apps are `get.connected-apps`
 * and revoking one is `revoke.connected-app` on `stytch.member`, which a member may do for itself
 * through `stytch.self`.
 */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/idp/oauth/authorize/start', handler: authorizeStart },
  { method: 'POST', path: '/v1/b2b/idp/oauth/authorize', handler: authorize },
  { method: 'POST', path: '/v1/b2b/sessions/exchange_access_token', handler: exchangeAccessToken },
  {
    method: 'GET',
    path: `${ORG}/connected_apps`,
    authorize: inOrganization('stytch.organization', 'get.connected-apps'),
    handler: organizationApps,
  },
  {
    method: 'GET',
    path: `${ORG}/connected_apps/{connected_app_id}`,
    authorize: inOrganization('stytch.organization', 'get.connected-apps'),
    handler: organizationApp,
  },
  {
    method: 'GET',
    path: `${ORG}/members/{member_id}/connected_apps`,
    authorize: onPathMember('get.connected-apps'),
    handler: memberApps,
  },
  {
    method: 'POST',
    path: `${ORG}/members/{member_id}/connected_apps/{connected_app_id}/revoke`,
    authorize: onPathMember('revoke.connected-app'),
    handler: revokeMemberApp,
  },
]
