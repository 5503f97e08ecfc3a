import { createHash, timingSafeEqual } from 'node:crypto'
import { newToken } from './core.js'
import { fail } from './errors.js'
import type { ClientSecretsRecord } from './state.js'

// Client secrets of M2M clients and confidential connected apps. A secret is shown once, when it
// is made (create, rotation start); the emulator keeps only its SHA-256 and last four characters.
// Secrets are random 256-bit strings (or, for M2M clients, given by the caller), so a plain hash
// without salt or stretching keeps them as safe as the caller's choice allows.

/** SHA-256 of a secret or token, base64url: what the state keeps instead of it. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url')
}

function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** New secrets: `given` (checked) or a random one. Answers the record and the secret to show once. */
export function newSecrets(given?: string): { secrets: ClientSecretsRecord; secret: string } {
  if (given !== undefined && given.length < 8) fail(400, 'invalid_client_secret', 'client_secret: must be at least 8 characters long')
  const secret = given ?? newToken()
  return { secrets: { secret_hash: digest(secret), secret_last_four: secret.slice(-4) }, secret }
}

/** Whether `secret` is the current secret or, during a rotation, the next one. */
export function secretMatches(secrets: ClientSecretsRecord, secret: string): boolean {
  const given = digest(secret)
  // Both are compared, so the time taken does not tell which one matched.
  const current = sameDigest(secrets.secret_hash, given)
  const next = secrets.next_secret_hash !== undefined && sameDigest(secrets.next_secret_hash, given)
  return current || next
}

/** Starts a rotation: a next secret that works beside the current one. A second start replaces the next secret. */
export function startRotation(secrets: ClientSecretsRecord): string {
  const secret = newToken()
  secrets.next_secret_hash = digest(secret)
  secrets.next_secret_last_four = secret.slice(-4)
  return secret
}

/** Drops the next secret of a rotation; 400 `no_rotation_in_progress` when none was started. */
export function cancelRotation(secrets: ClientSecretsRecord): void {
  if (secrets.next_secret_hash === undefined) noRotation()
  delete secrets.next_secret_hash
  delete secrets.next_secret_last_four
}

/** Completes a rotation: the next secret becomes the only one, and the old one stops working. */
export function completeRotation(secrets: ClientSecretsRecord): void {
  if (secrets.next_secret_hash === undefined || secrets.next_secret_last_four === undefined) return noRotation()
  secrets.secret_hash = secrets.next_secret_hash
  secrets.secret_last_four = secrets.next_secret_last_four
  delete secrets.next_secret_hash
  delete secrets.next_secret_last_four
}

function noRotation(): never {
  return fail(400, 'no_rotation_in_progress', 'client_id: no secret rotation was started for this client (call rotate/start first).')
}

/** The last-four fields an API client object shows for its secrets. */
export function lastFours(secrets: ClientSecretsRecord): { client_secret_last_four: string; next_client_secret_last_four?: string } {
  return {
    client_secret_last_four: secrets.secret_last_four,
    ...(secrets.next_secret_last_four !== undefined && { next_client_secret_last_four: secrets.next_secret_last_four }),
  }
}
