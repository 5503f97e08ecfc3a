import { generateKeyPair } from 'jose/key/generate/keypair'
import { expect } from 'vitest'
import { isStytchError, type StytchJwtErrorCode } from '../../src/index.js'
import type { TestSigner } from '../../src/testing/index.js'

const encoder = new TextEncoder()

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url')

/**
 * Signs header and payload bytes as given with RSASSA-PKCS1-v1_5 SHA-256, whatever the header
 * says (no JWT library in between), so tests can build tokens a library would refuse to make.
 */
export async function signRaw(key: CryptoKey, header: Record<string, unknown>, payload: Uint8Array | Record<string, unknown>, alg = 'RS256'): Promise<string> {
  const bytes = payload instanceof Uint8Array ? payload : encoder.encode(JSON.stringify(payload))
  const input = `${b64url(encoder.encode(JSON.stringify({ alg, typ: 'JWT', ...header })))}.${b64url(bytes)}`
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, encoder.encode(input)))
  return `${input}.${b64url(signature)}`
}

/** A Stytch-shaped payload, easy to break one field at a time. */
export function payloadFor(project: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000)
  return {
    sub: 'member-test-1',
    iss: `stytch.com/${project}`,
    aud: [project],
    iat: now,
    exp: now + 300,
    'https://stytch.com/session': {
      id: 'member-session-test-1',
      started_at: '2024-03-03T09:00:00Z',
      last_accessed_at: '2024-03-03T09:00:00Z',
      expires_at: '2024-03-03T10:00:00Z',
      attributes: { ip_address: '', user_agent: '' },
      authentication_factors: [],
      roles: ['stytch_member'],
    },
    'https://stytch.com/organization': { organization_id: 'organization-test-1', slug: 'acme' },
    ...overrides,
  }
}

export async function rsaKey(modulusLength = 2048): Promise<CryptoKey> {
  return (await generateKeyPair('RS256', { modulusLength })).privateKey
}

export async function expectJwtError(promise: Promise<unknown>, code: StytchJwtErrorCode): Promise<void> {
  const error = await promise.then(
    () => new Error('expected a StytchJwtError'),
    (e: unknown) => e,
  )
  expect(isStytchError(error), String(error)).toBe(true)
  expect((error as { code: string }).code).toBe(code)
  expect((error as Error).name).toBe('StytchJwtError')
}

export type { TestSigner }
