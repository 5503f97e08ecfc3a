/**
 * @internal A public key that verifies RS256 signatures: a `CryptoKey` with Web Crypto, a
 * `KeyObject` with node:crypto. Opaque outside the module that made it.
 */
export interface Rs256Key {
  readonly type: string
}

/**
 * @internal What both RS256 modules provide. `#rs256` resolves to node:crypto under the `node`
 * condition (Node, and Bun or Deno where they pick it) and to Web Crypto everywhere else.
 */
export interface Rs256 {
  /** Imports the public RSA key with modulus `n` and exponent `e` (base64url); rejects otherwise. */
  importKey(n: unknown, e: unknown): Promise<Rs256Key>
  /**
   * Whether `signature` (canonical base64url, as `parseCompact` checked it) is `key`'s RS256
   * signature of `input` (ASCII); never throws. Synchronous where the runtime allows. Each module
   * decodes the segment its own way: node's Buffer does it natively, far faster than `atob` on Node 20.
   */
  verify(key: Rs256Key, input: string, signature: string): boolean | Promise<boolean>
}
