import { createHash } from 'node:crypto'
import type {
  AuthenticateOauthDiscoveryResponse,
  AuthenticateOauthResponse,
  AuthenticationFactor,
  MemberSession,
  Organization,
} from 'stytch-b2b'
import { completeAuthentication, consumeToken, discoveryResult, emailId, issueToken } from '../auth.js'
import { type Body, optBool, optStr, optStrings, str } from '../body.js'
import { type Emulator, iso, newId, newToken, type Route, type Answer } from '../core.js'
import { badRequest, fail } from '../errors.js'
import { addMember, findMemberByEmail, getOrg, newMemberRecord, normalizeEmail, touch } from '../model.js'
import type { MemberRecord, ProviderTokens } from '../state.js'

/** OAuth providers of Stytch B2B and how responses name them in `provider_type` (lower case, as the members routes do). */
const PROVIDERS = { google: 'google', microsoft: 'microsoft', github: 'github', slack: 'slack', hubspot: 'hubspot' } as const
type Provider = keyof typeof PROVIDERS

/** How long a token minted by `POST /emulator/oauth/token` may wait for its authenticate call. */
const OAUTH_TOKEN_MINUTES = 10
/** Lifetime of the provider access tokens the emulator makes up. */
const PROVIDER_TOKEN_SECONDS = 3600

const DEFAULT_SCOPES: Record<Provider, string[]> = {
  google: ['openid', 'email', 'profile'],
  microsoft: ['openid', 'email', 'profile', 'offline_access'],
  github: ['read:user', 'user:email'],
  slack: ['openid', 'email', 'profile'],
  hubspot: ['oauth'],
}

function provider(value: unknown): Provider {
  if (typeof value !== 'string' || !(value in PROVIDERS)) badRequest('provider', `must be one of ${Object.keys(PROVIDERS).join(', ')}`)
  return value as Provider
}

/** A stable subject per provider and email, as a provider keeps one account id per user. */
function defaultSubject(p: Provider, email: string): string {
  return createHash('sha256').update(`${p}:${email}`).digest('hex').slice(0, 21)
}

/**
 * `POST /emulator/oauth/token` (emulator only): mints the single-use token that Stytch would put
 * on the OAuth redirect after the member signed in at the provider. Body: `provider`,
 * `email_address`, `organization_id` (unless `discovery: true`), optional `provider_subject`,
 * `provider_tenant_id`, `scopes`, `name` and `pkce_code_challenge` (S256, base64url).
 */
function mintToken({ em, body }: { em: Emulator; body: Body }) {
  const p = provider(body['provider'])
  const email = normalizeEmail(str(body, 'email_address'))
  const discovery = optBool(body, 'discovery') ?? false
  const organizationId = optStr(body, 'organization_id')
  if (discovery && organizationId) badRequest('organization_id', 'a discovery token is not tied to an organization')
  if (!discovery && !organizationId) badRequest('organization_id', 'required unless discovery is true')
  if (organizationId) getOrg(em, organizationId)
  const scopes = optStrings(body, 'scopes') ?? DEFAULT_SCOPES[p]
  const challenge = optStr(body, 'pkce_code_challenge')
  if (challenge !== undefined && !/^[A-Za-z0-9_-]{43}$/.test(challenge)) badRequest('pkce_code_challenge', 'must be the base64url SHA-256 of the verifier (43 characters)')
  const record = issueToken(
    em,
    {
      kind: discovery ? 'discovery_oauth' : 'oauth',
      email_address: email,
      ...(organizationId && { organization_id: organizationId }),
      ...(challenge && { pkce_code_challenge: challenge }),
      data: {
        provider: p,
        provider_subject: optStr(body, 'provider_subject') ?? defaultSubject(p, email),
        provider_tenant_id: optStr(body, 'provider_tenant_id') ?? '',
        scopes,
        name: optStr(body, 'name') ?? '',
      },
    },
    OAUTH_TOKEN_MINUTES,
  )
  return { token: record.token, kind: record.kind, expires_at: iso(em, record.expires_at) }
}

interface TokenData {
  provider: Provider
  provider_subject: string
  provider_tenant_id: string
  scopes: string[]
  name: string
}

/** 403 unless the organization's `auth_methods` let members in with this provider. */
function checkAuthMethod(org: Organization, p: Provider): void {
  if (org.auth_methods === 'RESTRICTED' && !org.allowed_auth_methods.includes(`${p}_oauth`)) {
    fail(403, 'auth_method_not_allowed', `The organization's allowed_auth_methods do not include ${p}_oauth.`)
  }
}

/**
 * The member the OAuth login is for: found by email, or created (JIT) when the organization
 * admits the email domain (`email_jit_provisioning: RESTRICTED`) or the provider tenant
 * (`oauth_tenant_jit_provisioning: RESTRICTED` with `allowed_oauth_tenants[provider]`).
 */
function memberFor(em: Emulator, org: Organization, email: string, data: TokenData): MemberRecord {
  const found = findMemberByEmail(em, org.organization_id, email)
  if (found) {
    if (found.member.status === 'deleted') fail(403, 'member_deleted', `The member with email ${email} was deleted; reactivate it first.`)
    return found
  }
  const domain = email.split('@')[1] ?? ''
  const byDomain = org.email_jit_provisioning === 'RESTRICTED' && org.email_allowed_domains.includes(domain)
  const tenants = org.allowed_oauth_tenants?.[data.provider]
  const byTenant = org.oauth_tenant_jit_provisioning === 'RESTRICTED' && data.provider_tenant_id !== '' && Array.isArray(tenants) && tenants.includes(data.provider_tenant_id)
  if (!byDomain && !byTenant) {
    fail(403, 'jit_provisioning_not_allowed', `No member with email ${email} exists in organization ${org.organization_id}, and the organization admits neither its domain nor its ${data.provider} tenant for JIT provisioning.`)
  }
  return addMember(em, newMemberRecord(em, org, email, data.name ? { name: data.name } : {}, 'active'))
}

/** Stores the provider tokens and the OAuth registration; returns the factor of this login. */
function linkProvider(em: Emulator, record: MemberRecord, data: TokenData): { factor: AuthenticationFactor; tokens: ProviderTokens } {
  const p = data.provider
  const tokens: ProviderTokens = {
    provider_subject: data.provider_subject,
    access_token: `${p}-access-${newToken()}`,
    refresh_token: `${p}-refresh-${newToken()}`,
    id_token: p === 'google' || p === 'microsoft' ? `${p}-id-${newToken()}` : '',
    scopes: [...data.scopes],
    expires_at: em.now() + PROVIDER_TOKEN_SECONDS * 1000,
    provider_tenant_id: data.provider_tenant_id,
  }
  record.providers[p] = tokens
  const member = record.member
  let registration = member.oauth_registrations.find((r) => r.provider_type === PROVIDERS[p] && r.provider_subject === data.provider_subject)
  if (!registration) {
    registration = { provider_type: PROVIDERS[p], provider_subject: data.provider_subject, member_oauth_registration_id: newId('member-oauth-registration'), profile_picture_url: '', locale: '' }
    member.oauth_registrations.push(registration)
  }
  if (data.name && member.name === '') member.name = data.name
  member.email_address_verified = true
  touch(em, record)
  const detail = { id: registration.member_oauth_registration_id, provider_subject: data.provider_subject, email_id: emailId(member) }
  const factor: AuthenticationFactor = { type: 'oauth', delivery_method: `oauth_${p}`, last_authenticated_at: iso(em), [`${p}_oauth_factor`]: detail }
  return { factor, tokens }
}

async function authenticate({ em, body }: { em: Emulator; body: Body }) {
  const token = consumeToken(em, str(body, 'oauth_token'), ['oauth'], 'oauth_token', optStr(body, 'pkce_code_verifier'))
  const data = token.data as unknown as TokenData
  const org = getOrg(em, token.organization_id ?? '')
  checkAuthMethod(org, data.provider)
  const record = memberFor(em, org, token.email_address, data)
  const { factor, tokens } = linkProvider(em, record, data)
  const { member_session, ...result } = await completeAuthentication(em, record, factor, body)
  return {
    ...result,
    ...(member_session && { member_session: member_session as MemberSession & { custom_claims: Record<string, unknown> } }),
    provider_subject: data.provider_subject,
    provider_type: PROVIDERS[data.provider],
    reset_sessions: false,
    provider_values: {
      access_token: tokens.access_token,
      refresh_token: tokens.refresh_token,
      id_token: tokens.id_token,
      scopes: tokens.scopes,
      expires_at: iso(em, tokens.expires_at),
    },
  } satisfies Answer<AuthenticateOauthResponse>
}

async function authenticateDiscovery({ em, body }: { em: Emulator; body: Body }) {
  const token = consumeToken(em, str(body, 'discovery_oauth_token'), ['discovery_oauth'], 'oauth_token', optStr(body, 'pkce_code_verifier'))
  const data = token.data as unknown as TokenData
  const factor: AuthenticationFactor = {
    type: 'oauth',
    delivery_method: `oauth_${data.provider}`,
    last_authenticated_at: iso(em),
    [`${data.provider}_oauth_factor`]: { id: '', provider_subject: data.provider_subject },
  }
  const result = discoveryResult(em, token.email_address, factor)
  return {
    ...result,
    provider_type: PROVIDERS[data.provider],
    provider_tenant_id: data.provider_tenant_id,
    provider_tenant_ids: data.provider_tenant_id ? [data.provider_tenant_id] : [],
    full_name: data.name,
  } satisfies Answer<AuthenticateOauthDiscoveryResponse>
}

/** Routes of the `oauth` group, and the emulator-only route that plays the provider callback. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/oauth/authenticate', handler: authenticate },
  { method: 'POST', path: '/v1/b2b/oauth/discovery/authenticate', handler: authenticateDiscovery },
  { method: 'POST', path: '/emulator/oauth/token', handler: mintToken },
]
