import { binary, bytes } from './compact.js'
import type { Rs256, Rs256Key } from './rs256.types.js'

// RS256 with Web Crypto: workerd, Vercel Edge, browsers, and any runtime without the `node` condition.
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }

export const importKey: Rs256['importKey'] = (n, e) =>
  // No prototype: nothing inherited (a polluted `d`) reaches the import.
  crypto.subtle.importKey('jwk', { __proto__: null, kty: 'RSA', n, e } as JsonWebKey, RSA, false, ['verify'])

export const verify: Rs256['verify'] = (key, input, signature) =>
  crypto.subtle.verify(RSA, key as CryptoKey, bytes(binary(signature)) as BufferSource, bytes(input) as BufferSource).catch(() => false)

export type { Rs256Key }
