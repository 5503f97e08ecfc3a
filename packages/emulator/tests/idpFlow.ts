// Helpers of the end-to-end tests that walk the connected-app authorization-code flow: PKCE pairs,
// raw form requests to the public token route, and the whole flow in one call.
import { createHash, randomBytes } from 'node:crypto'
import { expect } from 'vitest'
import { authorizeIdpOauth, type Context } from 'stytch-b2b'
import type { RunningEmulator } from '../src/index.js'

/** A PKCE verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

/** A form POST to one of the public OAuth 2.0 routes (`token` or `introspect`). */
export async function oauthForm(
  emulator: RunningEmulator,
  route: 'token' | 'introspect',
  fields: Record<string, string | undefined>,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const form = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.append(k, v)
  const res = await fetch(`${emulator.url}/v1/public/${emulator.projectId}/oauth2/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: form.toString(),
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

/** HTTP Basic client authentication (RFC 6749 §2.3.1). */
export const basicAuth = (id: string, secret: string): string => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`

/** The payload of a JWT, unverified (the tests verify with the library where it matters). */
export function jwtPayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>
}

export interface TokenSet {
  access_token: string
  token_type: string
  expires_in: number
  scope: string
  refresh_token?: string
  id_token?: string
}

/**
 * Authorizes `scopes` for the member (by session token, or by organization and member id) with
 * consent, and redeems the code at the token route with PKCE; answers the token set.
 */
export async function authorizeAndRedeem(
  ctx: Context,
  emulator: RunningEmulator,
  client: { client_id: string; client_secret?: string | undefined; redirect_uri: string },
  member: { session_token: string } | { organization_id: string; member_id: string },
  scopes: string[],
): Promise<TokenSet> {
  const { verifier, challenge } = pkcePair()
  const { authorization_code } = await authorizeIdpOauth(ctx, {
    ...member,
    client_id: client.client_id,
    redirect_uri: client.redirect_uri,
    response_type: 'code',
    scopes,
    consent_granted: true,
    code_challenge: challenge,
  })
  expect(authorization_code).toEqual(expect.any(String))
  const { status, json } = await oauthForm(emulator, 'token', {
    grant_type: 'authorization_code',
    code: authorization_code,
    redirect_uri: client.redirect_uri,
    code_verifier: verifier,
    client_id: client.client_id,
    client_secret: client.client_secret,
  })
  expect(status, JSON.stringify(json)).toBe(200)
  return json as unknown as TokenSet
}
