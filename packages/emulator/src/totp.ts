import { createHmac, randomBytes } from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** A new TOTP secret: 20 random bytes in RFC 4648 base32, as authenticator apps expect. */
export function newTotpSecret(): string {
  return base32(randomBytes(20))
}

export function base32(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out
}

function fromBase32(text: string): Buffer {
  const clean = text.replace(/=+$/, '').toUpperCase()
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of clean) {
    const index = ALPHABET.indexOf(char)
    if (index < 0) throw new Error('The TOTP secret is not base32')
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

/**
 * The RFC 6238 code (HMAC-SHA1, 30-second steps, 6 digits) of a base32 secret at a time in
 * milliseconds: what an authenticator app would show. Useful in tests and demos.
 */
export function totpCode(secret: string, atMs: number = Date.now()): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 30_000)))
  const mac = createHmac('sha1', fromBase32(secret)).update(counter).digest()
  const offset = mac[mac.length - 1]! & 0x0f
  const binary = mac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 1_000_000).padStart(6, '0')
}

/** Whether `code` matches the secret at `atMs`, one step either side allowed for clock skew. */
export function verifyTotp(secret: string, code: string, atMs: number): boolean {
  return [-1, 0, 1].some((step) => atMs + step * 30_000 >= 0 && totpCode(secret, atMs + step * 30_000) === code)
}
