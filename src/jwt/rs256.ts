import type { Rs256, Rs256Key } from './rs256.types.js'

// RS256 with Web Crypto: workerd, Vercel Edge, browsers, and any runtime without the `node` condition.
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }

/** The bytes of a string whose characters are all below 256. */
function bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
  return out
}

export const importKey: Rs256['importKey'] = (n, e) =>
  // No prototype: nothing inherited (a polluted `d`) reaches the import.
  crypto.subtle.importKey('jwk', { __proto__: null, kty: 'RSA', n, e } as JsonWebKey, RSA, false, ['verify'])

export const verify: Rs256['verify'] = (key, input, signature) =>
  crypto.subtle
    .verify(RSA, key as CryptoKey, bytes(atob(signature.replace(/-/g, '+').replace(/_/g, '/'))) as BufferSource, bytes(input) as BufferSource)
    .catch(() => false)

export type { Rs256Key }
