import { timingSafeEqual } from 'node:crypto'

// bcrypt (EksBlowfish) verification for `passwords/migrate`, written from the published
// algorithm. Blowfish's initial P-array and S-boxes are the hexadecimal fraction digits of pi:
// P[0..17] are the first 18 words, then S-box 0..3 take 256 words each. Rather than carrying the
// 1,042-word table, it is computed once, on first use, from Machin's formula with BigInt.

/** Highest cost factor the emulator accepts (2^12 key-schedule rounds, well under a second). */
export const BCRYPT_MAX_COST = 12

const TABLE_WORDS = 18 + 4 * 256
const GUARD_BITS = 64n

/** atan(1/x) scaled by 2^bits, by its alternating Taylor series (each term truncated). */
function arctanInverse(x: bigint, one: bigint): bigint {
  const x2 = x * x
  let power = one / x
  let sum = power
  for (let k = 1n; power !== 0n; k++) {
    power /= x2
    const term = power / (2n * k + 1n)
    sum += k & 1n ? -term : term
  }
  return sum
}

/** The first `count` 32-bit words of pi's fractional part (big-endian digit order). */
export function piFractionWords(count: number): Uint32Array {
  const bits = BigInt(count * 32) + GUARD_BITS
  const one = 1n << bits
  // Machin: pi = 16 atan(1/5) - 4 atan(1/239); the guard bits absorb the truncation errors.
  const pi = 16n * arctanInverse(5n, one) - 4n * arctanInverse(239n, one)
  let fraction = (pi - 3n * one) >> GUARD_BITS
  const words = new Uint32Array(count)
  for (let i = count - 1; i >= 0; i--) {
    words[i] = Number(fraction & 0xffffffffn)
    fraction >>= 32n
  }
  return words
}

let initialTable: Uint32Array | undefined

/** Blowfish's initial state (P-array followed by the four S-boxes), computed on first use. */
function blowfishInitialState(): Uint32Array {
  initialTable ??= piFractionWords(TABLE_WORDS)
  return initialTable
}

/** Blowfish state: `p` is the 18-word P-array, `s` the four S-boxes back to back (1024 words). */
interface BlowfishState {
  readonly p: Uint32Array
  readonly s: Uint32Array
}

function newState(): BlowfishState {
  const table = blowfishInitialState()
  return { p: table.slice(0, 18), s: table.slice(18) }
}

/** Encrypts the 64-bit block lr[off], lr[off+1] in place. */
function encryptBlock(state: BlowfishState, lr: Uint32Array, off: number): void {
  const { p, s } = state
  let l = lr[off]!
  let r = lr[off + 1]!
  for (let i = 0; i < 16; i += 2) {
    l ^= p[i]!
    r ^= (((s[l >>> 24]! + s[256 | ((l >>> 16) & 0xff)]!) ^ s[512 | ((l >>> 8) & 0xff)]!) + s[768 | (l & 0xff)]!) >>> 0
    r ^= p[i + 1]!
    l ^= (((s[r >>> 24]! + s[256 | ((r >>> 16) & 0xff)]!) ^ s[512 | ((r >>> 8) & 0xff)]!) + s[768 | (r & 0xff)]!) >>> 0
  }
  lr[off] = (r ^ p[17]!) >>> 0
  lr[off + 1] = (l ^ p[16]!) >>> 0
}

/** Reads the next big-endian word of `data` as a cyclic byte stream. */
function streamWord(data: Uint8Array, pos: { i: number }): number {
  let word = 0
  for (let k = 0; k < 4; k++) {
    word = (word << 8) | data[pos.i]!
    pos.i = (pos.i + 1) % data.length
  }
  return word >>> 0
}

/** Blowfish's key schedule with bcrypt's salt mixing (`salt` undefined: the plain schedule). */
function expandKey(state: BlowfishState, key: Uint8Array, salt?: Uint8Array): void {
  const { p, s } = state
  const keyPos = { i: 0 }
  for (let i = 0; i < 18; i++) p[i] = (p[i]! ^ streamWord(key, keyPos)) >>> 0
  const saltPos = { i: 0 }
  const block = new Uint32Array(2)
  const fill = (target: Uint32Array): void => {
    for (let i = 0; i < target.length; i += 2) {
      if (salt) {
        block[0] = block[0]! ^ streamWord(salt, saltPos)
        block[1] = block[1]! ^ streamWord(salt, saltPos)
      }
      encryptBlock(state, block, 0)
      target[i] = block[0]!
      target[i + 1] = block[1]!
    }
  }
  fill(p)
  fill(s)
}

const ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** bcrypt's base64: its own alphabet, no padding. */
function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!
    const b1 = bytes[i + 1] ?? 0
    const b2 = bytes[i + 2] ?? 0
    out += ALPHABET[b0 >> 2]! + ALPHABET[((b0 & 3) << 4) | (b1 >> 4)]!
    if (i + 1 < bytes.length) out += ALPHABET[((b1 & 15) << 2) | (b2 >> 6)]!
    if (i + 2 < bytes.length) out += ALPHABET[b2 & 63]!
  }
  return out
}

function decodeBase64(text: string, length: number): Uint8Array {
  const out = new Uint8Array(length)
  let acc = 0
  let bits = 0
  let n = 0
  for (const ch of text) {
    acc = (acc << 6) | ALPHABET.indexOf(ch)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      if (n < length) out[n++] = (acc >> bits) & 0xff
    }
  }
  return out
}

/** A parsed modular-crypt bcrypt hash. */
export interface BcryptHash {
  readonly variant: '2a' | '2b' | '2y'
  readonly cost: number
  /** The 22-character encoded salt. */
  readonly salt: string
  /** The 31-character encoded digest. */
  readonly digest: string
}

const HASH = /^\$(2[aby])\$(\d\d)\$([./A-Za-z0-9]{22})([./A-Za-z0-9]{31})$/

/** Parses `$2a$`/`$2b$`/`$2y$` hashes; `undefined` when the text is not one. */
export function parseBcryptHash(hash: string): BcryptHash | undefined {
  const m = HASH.exec(hash)
  if (!m) return undefined
  return { variant: m[1] as BcryptHash['variant'], cost: Number(m[2]), salt: m[3]!, digest: m[4]! }
}

const MAGIC = new TextEncoder().encode('OrpheanBeholderScryDoubt')

/** The 31-character bcrypt digest of `password` with an encoded 22-character salt. */
function digest(password: string, cost: number, encodedSalt: string): string {
  // The key is the UTF-8 password with its terminating NUL, cut at 72 bytes.
  const utf8 = new TextEncoder().encode(password)
  const key = new Uint8Array(Math.min(utf8.length + 1, 72))
  key.set(utf8.subarray(0, key.length))
  const salt = decodeBase64(encodedSalt, 16)
  const state = newState()
  expandKey(state, key, salt)
  for (let round = 0, rounds = 2 ** cost; round < rounds; round++) {
    expandKey(state, key)
    expandKey(state, salt)
  }
  const text = new Uint32Array(6)
  for (let i = 0; i < 6; i++) text[i] = ((MAGIC[4 * i]! << 24) | (MAGIC[4 * i + 1]! << 16) | (MAGIC[4 * i + 2]! << 8) | MAGIC[4 * i + 3]!) >>> 0
  for (let i = 0; i < 64; i++) for (let b = 0; b < 6; b += 2) encryptBlock(state, text, b)
  const bytes = new Uint8Array(24)
  for (let i = 0; i < 6; i++) {
    const w = text[i]!
    bytes.set([w >>> 24, (w >>> 16) & 0xff, (w >>> 8) & 0xff, w & 0xff], 4 * i)
  }
  return encodeBase64(bytes.subarray(0, 23))
}

/** Hashes `password` with bcrypt (`$2b$`) at `cost` with a 16-byte salt (for tests and fixtures). */
export function bcryptHash(password: string, cost: number, salt: Uint8Array): string {
  if (!Number.isInteger(cost) || cost < 4 || cost > BCRYPT_MAX_COST) throw new RangeError(`bcrypt cost must be 4..${BCRYPT_MAX_COST}`)
  if (salt.length !== 16) throw new RangeError('bcrypt salt must be 16 bytes')
  const encodedSalt = encodeBase64(salt)
  return `$2b$${String(cost).padStart(2, '0')}$${encodedSalt}${digest(password, cost, encodedSalt)}`
}

/** Whether `password` matches a `$2a$`/`$2b$`/`$2y$` hash; malformed hashes and costs above 12 never match. */
export function bcryptVerify(password: string, hash: string): boolean {
  const parsed = parseBcryptHash(hash)
  if (!parsed || parsed.cost < 4 || parsed.cost > BCRYPT_MAX_COST) return false
  const expected = Buffer.from(parsed.digest)
  const actual = Buffer.from(digest(password, parsed.cost, parsed.salt))
  return timingSafeEqual(expected, actual)
}
