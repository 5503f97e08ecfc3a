import { exportJWK } from 'jose/key/export'
import { generateKeyPair } from 'jose/key/generate/keypair'
import { SignJWT } from 'jose/jwt/sign'
import { createContext, type Context, type StytchConfig } from '../core/context.js'
import type { RbacPolicy } from '../rbac/types.js'

/** The project id that the test helpers use unless told otherwise. */
export const TEST_PROJECT_ID = 'project-test-00000000-0000-4000-8000-000000000000'

/** A private key that signs test session JWTs, with the `kid` its public half has in the JWKS. */
export interface TestSigner {
  readonly kid: string
  readonly privateKey: CryptoKey
}

/** An RS256 key pair: the public JWKS to verify with and the signer to mint with. */
export interface TestJwks {
  readonly jwks: { readonly keys: readonly JsonWebKey[] }
  readonly signer: TestSigner
}

/** Generates an RS256 key pair (2048-bit) for offline tests. */
export async function createTestJwks(options: { kid?: string } = {}): Promise<TestJwks> {
  const kid = options.kid ?? `jwk-test-${crypto.randomUUID()}`
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true })
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
  return { jwks: { keys: [jwk] }, signer: { kid, privateKey } }
}

/** Claims of a test session JWT; everything but the member and organization has a default. */
export interface MintSessionJwtClaims {
  readonly member_id: string
  readonly organization_id: string
  readonly organization_slug?: string
  readonly roles?: readonly string[]
  readonly custom_claims?: Readonly<Record<string, unknown>>
  /** Seconds since the epoch (default: now). */
  readonly iat?: number
  /** Seconds since the epoch (default: `iat` + 300). */
  readonly exp?: number
  readonly nbf?: number
  readonly member_session_id?: string
  readonly started_at?: string
  readonly last_accessed_at?: string
  /** The session's own expiry, RFC 3339 (default: one hour after `iat`). */
  readonly expires_at?: string
  readonly authentication_factors?: readonly Record<string, unknown>[]
  /** Issuer and audience project (default {@link TEST_PROJECT_ID}). */
  readonly project_id?: string
}

/** Signs a session JWT shaped like Stytch's, for tests of code that verifies or authorizes sessions. */
export async function mintSessionJwt(signer: TestSigner, claims: MintSessionJwtClaims): Promise<string> {
  const iat = claims.iat ?? Math.floor(Date.now() / 1000)
  const project = claims.project_id ?? TEST_PROJECT_ID
  const iso = (seconds: number): string => new Date(seconds * 1000).toISOString()
  const payload: Record<string, unknown> = {
    ...claims.custom_claims,
    'https://stytch.com/session': {
      id: claims.member_session_id ?? `member-session-test-${crypto.randomUUID()}`,
      started_at: claims.started_at ?? iso(iat),
      last_accessed_at: claims.last_accessed_at ?? iso(iat),
      expires_at: claims.expires_at ?? iso(iat + 3600),
      attributes: { ip_address: '', user_agent: '' },
      authentication_factors: claims.authentication_factors ?? [
        { type: 'magic_link', delivery_method: 'email', last_authenticated_at: iso(iat), email_factor: { email_id: 'email-test-1', email_address: 'member@example.com' } },
      ],
      roles: claims.roles ?? ['stytch_member'],
    },
    'https://stytch.com/organization': { organization_id: claims.organization_id, slug: claims.organization_slug ?? 'test-org' },
    sub: claims.member_id,
    iss: `stytch.com/${project}`,
    aud: [project],
    iat,
    exp: claims.exp ?? iat + 300,
    ...(claims.nbf !== undefined && { nbf: claims.nbf }),
  }
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: signer.kid, typ: 'JWT' }).sign(signer.privateKey)
}

/** Claims of a test Connected App access token; all but the member and client have a default. */
export interface MintAccessTokenClaims {
  /** The member the token is for (`sub`). */
  readonly member_id: string
  readonly client_id: string
  /** Space-separated scopes (default `openid`). */
  readonly scope?: string
  /** Omit for a token with no organization claim. */
  readonly organization_id?: string
  readonly organization_slug?: string
  readonly custom_claims?: Readonly<Record<string, unknown>>
  readonly iat?: number
  /** Default `iat` + 3600. */
  readonly exp?: number
  /** Default `iat`. */
  readonly nbf?: number
  readonly project_id?: string
}

/** Claims of a test M2M access token; all but the client have a default. */
export interface MintM2mTokenClaims {
  /** The M2M client (`sub`). */
  readonly client_id: string
  /** The scopes, joined with spaces into the `scope` claim (default none). */
  readonly scopes?: readonly string[]
  readonly custom_claims?: Readonly<Record<string, unknown>>
  readonly iat?: number
  /** Default `iat` + 3600. */
  readonly exp?: number
  /** Default `iat`. */
  readonly nbf?: number
  readonly project_id?: string
}

const sign = (signer: TestSigner, payload: Record<string, unknown>): Promise<string> =>
  new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: signer.kid, typ: 'JWT' }).sign(signer.privateKey)

/**
 * Signs an access token shaped like those Stytch issues to Connected Apps: `sub`, `iss`, `aud`,
 * `scope`, `client_id`, `iat`, `nbf`, `exp`, `jti` and the `https://stytch.com/organization` claim.
 */
export async function mintAccessToken(signer: TestSigner, claims: MintAccessTokenClaims): Promise<string> {
  const iat = claims.iat ?? Math.floor(Date.now() / 1000)
  const project = claims.project_id ?? TEST_PROJECT_ID
  return sign(signer, {
    ...claims.custom_claims,
    ...(claims.organization_id !== undefined && {
      'https://stytch.com/organization': { organization_id: claims.organization_id, slug: claims.organization_slug ?? 'test-org' },
    }),
    sub: claims.member_id,
    iss: `stytch.com/${project}`,
    aud: [project],
    scope: claims.scope ?? 'openid',
    client_id: claims.client_id,
    iat,
    nbf: claims.nbf ?? iat,
    exp: claims.exp ?? iat + 3600,
    jti: `access-token-test-${crypto.randomUUID()}`,
  })
}

/** Signs an M2M access token shaped like Stytch's: `sub` (the client), `iss`, `aud`, `scope`, `iat`, `nbf`, `exp`. */
export async function mintM2mToken(signer: TestSigner, claims: MintM2mTokenClaims): Promise<string> {
  const iat = claims.iat ?? Math.floor(Date.now() / 1000)
  const project = claims.project_id ?? TEST_PROJECT_ID
  return sign(signer, {
    ...claims.custom_claims,
    sub: claims.client_id,
    iss: `stytch.com/${project}`,
    aud: [project],
    scope: (claims.scopes ?? []).join(' '),
    iat,
    nbf: claims.nbf ?? iat,
    exp: claims.exp ?? iat + 3600,
  })
}

/**
 * A context that verifies with the given JWKS and authorizes with the given policy, with no
 * network at all: the API base URL is an unroutable loopback port.
 */
export function createTestContext(options: { jwks: TestJwks['jwks']; policy?: RbacPolicy; projectId?: string } & Partial<StytchConfig>): Context {
  const { jwks, policy, projectId = TEST_PROJECT_ID, ...rest } = options
  return createContext({ secret: 'secret-test-offline-0000', baseUrl: 'http://127.0.0.1:9', ...rest, projectId, jwks, ...(policy && { policy }) })
}
