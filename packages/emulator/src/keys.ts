import { compactVerify } from 'jose/jws/compact/verify'
import { exportJWK } from 'jose/key/export'
import { generateKeyPair } from 'jose/key/generate/keypair'
import { importJWK } from 'jose/key/import'
import { SignJWT } from 'jose/jwt/sign'
import type { CryptoKey, JWK } from 'jose'
import { type Emulator, iso } from './core.js'
import type { KeyRecord } from './state.js'
import { copy } from './tracking.js'

// Imported CryptoKeys by kid: importing a JWK costs far more than a signature.
const imported = new Map<string, Promise<CryptoKey>>()

function importKey(jwk: JWK, kid: string, half: 'private' | 'public'): Promise<CryptoKey> {
  const cacheKey = `${half}:${kid}`
  let key = imported.get(cacheKey)
  if (!key) {
    key = importJWK(jwk as never, 'RS256') as Promise<CryptoKey>
    imported.set(cacheKey, key)
  }
  return key
}

/** Adds a new RS256 signing key; it signs from now on, and older keys stay in the JWKS unless retired. */
export async function rotateKey(em: Emulator, options: { retirePrevious?: boolean } = {}): Promise<KeyRecord> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 })
  const kid = `jwk-test-${crypto.randomUUID()}`
  const record: KeyRecord = {
    kid,
    private_jwk: await exportJWK(privateKey),
    public_jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } as JWK,
    created_at: iso(em),
  }
  if (options.retirePrevious) em.state.keys = []
  em.state.keys.push(record)
  em.log(`keys: now signing with ${kid}${options.retirePrevious ? ' (older keys retired)' : ''}`)
  return record
}

/** The public JWKS of the project. */
export function jwks(em: Emulator): { keys: JWK[] } {
  return { keys: em.state.keys.map((k) => ({ ...k.public_jwk })) }
}

/** Signs a JWT payload with the newest key (jose clones the payload, so views of a change are copied out first). */
export async function signJwt(em: Emulator, payload: Record<string, unknown>): Promise<string> {
  let current = em.state.keys.at(-1)
  if (!current) current = await rotateKey(em)
  const key = await importKey(current.private_jwk, current.kid, 'private')
  return new SignJWT(copy(payload)).setProtectedHeader({ alg: 'RS256', kid: current.kid, typ: 'JWT' }).sign(key)
}

/** The payload of a JWT signed by one of the project's keys (expiry not checked), or `undefined`. */
export async function verifyJwt(em: Emulator, jwt: string): Promise<Record<string, unknown> | undefined> {
  try {
    const header = JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid?: unknown }
    const record = em.state.keys.find((k) => k.kid === header.kid)
    if (!record) return undefined
    const { payload } = await compactVerify(jwt, await importKey(record.public_jwk, record.kid, 'public'))
    const claims = JSON.parse(new TextDecoder().decode(payload)) as unknown
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
