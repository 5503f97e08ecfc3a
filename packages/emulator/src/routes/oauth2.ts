import type { GetM2mTokenResponse, IntrospectIdpTokenNetworkResponse } from 'stytch-b2b'
import type { Body } from '../body.js'
import { type Emulator, type RequestContext, type Route } from '../core.js'
import { oauthFail } from '../errors.js'
import {
  authenticateClient,
  findIdpToken,
  grantKey,
  issueAccessToken,
  issueIdpToken,
  issueIdToken,
  M2M_TOKEN_SECONDS,
  type OAuthClient,
  ORGANIZATION_CLAIM,
  pkceMatches,
  REFRESH_TOKEN_DAYS,
  splitScopes,
  takeIdpToken,
} from '../idp.js'
import { verifyJwt } from '../keys.js'
import type { IdpTokenRecord } from '../state.js'

// The project's public OAuth 2.0 routes: the token endpoint (client credentials for M2M clients
// and confidential connected apps; authorization codes and refresh tokens for connected apps)
// and token introspection (RFC 7662). They take form bodies, authenticate the OAuth client
// instead of the project, and answer errors in OAuth's shape (`error`, `error_description`).

const TOKEN = '/v1/public/{project_id}/oauth2/token'
const INTROSPECT = '/v1/public/{project_id}/oauth2/introspect'

/** Paths the server serves without the project's Basic auth. */
export const OAUTH2_PUBLIC_PATHS: readonly string[] = [TOKEN, INTROSPECT]

/** The project of the path must be this emulator's. */
function checkProject(rc: RequestContext): void {
  const projectId = rc.params['project_id'] ?? ''
  if (projectId !== rc.em.projectId) oauthFail(404, 'invalid_request', `No project ${JSON.stringify(projectId)} is served here.`)
}

function field(body: Body, name: string): string {
  const value = body[name]
  if (typeof value !== 'string' || value === '') return oauthFail(400, 'invalid_request', `${name}: required`)
  return value
}

const optField = (body: Body, name: string): string | undefined => (typeof body[name] === 'string' && body[name] !== '' ? (body[name] as string) : undefined)

/** The token answer of every grant; the server adds `request_id` and `status_code`. */
interface TokenAnswer extends GetM2mTokenResponse {
  scope: string
  refresh_token?: string
  id_token?: string
}

// ---- client credentials ---------------------------------------------------------------------------

async function clientCredentials(em: Emulator, client: OAuthClient, body: Body): Promise<TokenAnswer> {
  const requested = splitScopes(body['scope'])
  let scopes: string[]
  let seconds: number
  if (client.kind === 'm2m') {
    const allowed = client.record.client.scopes
    const extra = requested.filter((s) => !allowed.includes(s))
    if (extra.length > 0) oauthFail(400, 'invalid_scope', `scope: the client may not request ${extra.join(' ')}`)
    scopes = requested.length > 0 ? requested : [...allowed]
    seconds = M2M_TOKEN_SECONDS
  } else {
    if (!client.record.secrets) oauthFail(400, 'unauthorized_client', `${client.record.app.client_type} clients cannot use the client_credentials grant.`)
    // A connected app acting for itself may hold the project's RBAC scopes, not member scopes.
    const known = em.state.policy.scopes.map((s) => s.scope)
    const extra = requested.filter((s) => !known.includes(s))
    if (extra.length > 0) oauthFail(400, 'invalid_scope', `scope: ${extra.join(' ')} is not a scope of the project's RBAC policy`)
    scopes = requested
    seconds = client.record.app.access_token_expiry_minutes * 60
  }
  const { token, expires_in } = await issueAccessToken(em, { client, sub: client.id, scopes, seconds })
  return { access_token: token, token_type: 'bearer', expires_in, scope: scopes.join(' ') }
}

// ---- member grants ----------------------------------------------------------------------------------

/**
 * Tokens for a member's grant: an access token with `scopes`, an ID token with `openid`, and a
 * refresh token (keeping `kept`, the scopes granted with the code) when those hold `offline_access`.
 */
async function memberTokens(em: Emulator, client: OAuthClient, from: IdpTokenRecord, scopes: readonly string[], kept: readonly string[] = scopes): Promise<TokenAnswer> {
  if (client.kind !== 'connected_app') return oauthFail(400, 'unauthorized_client', 'M2M clients can only use the client_credentials grant.')
  const grant = em.state.idp_grants[grantKey(from.client_id, from.member_id)]
  if (!grant || grant.grant_id !== from.grant_id) oauthFail(400, 'invalid_grant', "The member's grant to this app was revoked.")
  const member = em.state.members[from.member_id]
  const org = em.state.organizations[from.organization_id]
  if (!member || !org || member.member.status === 'deleted') return oauthFail(400, 'invalid_grant', 'The member of this grant no longer exists.')
  const seconds = client.record.app.access_token_expiry_minutes * 60
  const { token, expires_in } = await issueAccessToken(em, {
    client,
    sub: member.member.member_id,
    scopes,
    seconds,
    organization: { organization_id: org.organization_id, slug: org.organization_slug },
    grantId: grant.grant_id,
  })
  const answer: TokenAnswer = { access_token: token, token_type: 'bearer', expires_in, scope: scopes.join(' ') }
  if (kept.includes('offline_access')) {
    const { client_id, member_id, organization_id, grant_id } = from
    answer.refresh_token = issueIdpToken(em, { kind: 'refresh_token', client_id, member_id, organization_id, grant_id, scopes: [...kept] }, REFRESH_TOKEN_DAYS * 86_400)
  }
  if (scopes.includes('openid')) answer.id_token = await issueIdToken(em, client.id, member, scopes, org.organization_slug, from.nonce, seconds)
  return answer
}

async function authorizationCode(em: Emulator, client: OAuthClient, body: Body): Promise<TokenAnswer> {
  const code = takeIdpToken(em, field(body, 'code'), 'authorization_code', client.id)
  if (code.redirect_uri !== undefined && optField(body, 'redirect_uri') !== code.redirect_uri) {
    oauthFail(400, 'invalid_grant', 'redirect_uri: must be the redirect_uri of the authorization request.')
  }
  if (code.code_challenge !== undefined) {
    const verifier = optField(body, 'code_verifier')
    if (verifier === undefined) oauthFail(400, 'invalid_request', 'code_verifier: required, as the authorization request had a code_challenge.')
    if (!pkceMatches(code.code_challenge, verifier)) oauthFail(400, 'invalid_grant', 'code_verifier: does not match the code_challenge.')
  }
  return memberTokens(em, client, code, code.scopes)
}

async function refreshToken(em: Emulator, client: OAuthClient, body: Body): Promise<TokenAnswer> {
  const raw = field(body, 'refresh_token')
  const found = findIdpToken(em, raw, 'refresh_token')
  const requested = splitScopes(body['scope'])
  const extra = requested.filter((s) => !(found?.scopes ?? []).includes(s))
  // Checked before the token is used up, so that a narrowing mistake does not cost the token.
  if (found && found.client_id === client.id && extra.length > 0) oauthFail(400, 'invalid_scope', `scope: ${extra.join(' ')} was not granted with this refresh token`)
  const record = takeIdpToken(em, raw, 'refresh_token', client.id)
  const scopes = requested.length > 0 ? requested : record.scopes
  // The new refresh token keeps the scopes of the old one, so narrowing once does not narrow for good.
  return memberTokens(em, client, record, scopes, record.scopes)
}

async function token(rc: RequestContext): Promise<TokenAnswer> {
  const { em, body } = rc
  checkProject(rc)
  const grantType = field(body, 'grant_type')
  if (!['client_credentials', 'authorization_code', 'refresh_token'].includes(grantType)) {
    oauthFail(400, 'unsupported_grant_type', `grant_type: ${JSON.stringify(grantType)} is not one of client_credentials, authorization_code, refresh_token`)
  }
  const client = authenticateClient(em, body, rc.headers)
  if (grantType === 'client_credentials') return clientCredentials(em, client, body)
  if (grantType === 'authorization_code') return authorizationCode(em, client, body)
  return refreshToken(em, client, body)
}

// ---- introspection ----------------------------------------------------------------------------------

const INACTIVE = { active: false } as const

/**
 * RFC 7662 introspection. A client learns only about its own tokens: another client's, unknown,
 * expired or revoked ones all answer `active: false`.
 */
async function introspect(rc: RequestContext): Promise<Omit<IntrospectIdpTokenNetworkResponse, 'active'> & { active: boolean }> {
  const { em, body } = rc
  checkProject(rc)
  const client = authenticateClient(em, body, rc.headers)
  const raw = field(body, 'token')
  const now = em.now()
  const refresh = findIdpToken(em, raw, 'refresh_token')
  if (refresh) {
    if (refresh.client_id !== client.id || !em.state.idp_grants[grantKey(refresh.client_id, refresh.member_id)]) return INACTIVE
    const slug = em.state.organizations[refresh.organization_id]?.organization_slug ?? ''
    return {
      active: true,
      token_type: 'refresh_token',
      iss: `stytch.com/${em.projectId}`,
      sub: refresh.member_id,
      aud: [em.projectId],
      scope: refresh.scopes.join(' '),
      client_id: refresh.client_id,
      exp: Math.floor(refresh.expires_at / 1000),
      iat: Math.floor(refresh.issued_at / 1000),
      [ORGANIZATION_CLAIM]: { organization_id: refresh.organization_id, slug },
    }
  }
  const claims = await verifyJwt(em, raw)
  const jti = claims?.['jti']
  const issued = typeof jti === 'string' ? em.state.access_tokens[jti] : undefined
  if (!claims || !issued || issued.client_id !== client.id || issued.expires_at <= now) return INACTIVE
  const exp = claims['exp']
  if (typeof exp !== 'number' || exp * 1000 <= now) return INACTIVE
  return { ...claims, active: true, token_type: 'access_token', client_id: issued.client_id }
}

/** Routes of the OAuth 2.0 token endpoint (`m2m` group) and token introspection (`idp` group). */
export const routes: Route[] = [
  { method: 'POST', path: TOKEN, form: true, handler: token },
  { method: 'POST', path: INTROSPECT, form: true, handler: introspect },
]
