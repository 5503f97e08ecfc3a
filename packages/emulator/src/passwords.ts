import { createHash, pbkdf2, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import bcrypt from 'bcryptjs'
import type { LudsFeedback, ZxcvbnFeedback } from 'stytch-b2b'
import { type Body, optObject } from './body.js'
import { badRequest, fail } from './errors.js'
import type { PasswordHash } from './state.js'

// Password storage of the emulator: only hashes are kept. New passwords are hashed with scrypt
// (random 16-byte salt, N=2^14, r=8, p=1, 32-byte key; salt and key base64). Migrated hashes
// are kept in their scheme until the member next authenticates, when they are re-hashed with
// scrypt. Encodings of migrated hashes:
// - bcrypt: the modular-crypt string (`$2a$`, `$2b$`, `$2y$`, cost 4..12), checked with bcryptjs;
// - scrypt, pbkdf_2: key and salt base64 (pbkdf_2 with the HMAC digest `algorithm` names);
// - md_5, sha_1: hex (or base64) of the digest of prepend_salt + password + append_salt.

const SCRYPT = { n: 1 << 14, r: 8, p: 1, key_length: 32 } as const
/** Longest password the emulator accepts. */
export const MAX_PASSWORD_LENGTH = 256

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))))
}

/** Digests the emulator verifies PBKDF2 hashes with (`pbkdf_2_config.algorithm`). */
const PBKDF2_DIGESTS = ['sha1', 'sha256', 'sha512'] as const

function pbkdf2Async(password: string, salt: Buffer, iterations: number, keyLength: number, digest: string): Promise<Buffer> {
  return new Promise((resolve, reject) => pbkdf2(password, salt, iterations, keyLength, digest, (error, key) => (error ? reject(error) : resolve(key))))
}

function scryptOptions(n: number, r: number, p: number): ScryptOptions {
  return { N: n, r, p, maxmem: 256 * n * r + (1 << 20) }
}

/** Hashes a new password with scrypt and a random salt. */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16)
  const key = await scryptAsync(password, salt, SCRYPT.key_length, scryptOptions(SCRYPT.n, SCRYPT.r, SCRYPT.p))
  return { type: 'scrypt', salt: salt.toString('base64'), ...SCRYPT, hash: key.toString('base64') }
}

/** Highest bcrypt cost factor the emulator accepts (2^12 key-schedule rounds, well under a second). */
const BCRYPT_MAX_COST = 12

/** A modular-crypt bcrypt hash: `$2a$`, `$2b$` or `$2y$`, a two-digit cost, then 22 characters of salt and 31 of digest. */
const BCRYPT_HASH = /^\$2[aby]\$(\d\d)\$[./A-Za-z0-9]{53}$/

/** The cost factor of a bcrypt hash, or `undefined` when the text is not one. */
function bcryptCost(hash: string): number | undefined {
  const cost = BCRYPT_HASH.exec(hash)?.[1]
  return cost === undefined ? undefined : Number(cost)
}

/**
 * Whether `password` matches a bcrypt hash (bcryptjs: the UTF-8 password with its NUL, cut at
 * 72 bytes). Malformed hashes and costs outside 4 to {@link BCRYPT_MAX_COST} never match.
 */
async function bcryptMatches(password: string, hash: string): Promise<boolean> {
  const cost = bcryptCost(hash)
  if (cost === undefined || cost < 4 || cost > BCRYPT_MAX_COST) return false
  return bcrypt.compare(password, hash)
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Whether `password` matches a stored hash of any supported scheme. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  switch (stored.type) {
    case 'scrypt': {
      const key = await scryptAsync(password, Buffer.from(stored.salt, 'base64'), stored.key_length, scryptOptions(stored.n, stored.r, stored.p))
      return sameBytes(key, Buffer.from(stored.hash, 'base64'))
    }
    case 'bcrypt':
      return bcryptMatches(password, stored.hash)
    case 'md5':
    case 'sha_1': {
      const digest = createHash(stored.type === 'md5' ? 'md5' : 'sha1').update(stored.prepend_salt + password + stored.append_salt).digest()
      return sameBytes(digest, Buffer.from(stored.hash, 'hex'))
    }
    case 'pbkdf2': {
      const key = await pbkdf2Async(password, Buffer.from(stored.salt, 'base64'), stored.iteration_amount, stored.key_length, stored.algorithm)
      return sameBytes(key, Buffer.from(stored.hash, 'base64'))
    }
  }
}

// ---- migration ---------------------------------------------------------------------------------

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

function base64Bytes(field: string, value: string): Buffer {
  if (!BASE64.test(value) || value.length % 4 === 1) badRequest(field, 'must be base64')
  return Buffer.from(value, 'base64')
}

function configInt(config: Record<string, unknown>, configName: string, field: string, min: number, max: number): number {
  const value = config[field]
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) badRequest(`${configName}.${field}`, `must be an integer from ${min} to ${max}`)
  return value
}

function configStr(config: Record<string, unknown> | undefined, configName: string, field: string): string {
  const value = config?.[field] ?? ''
  if (typeof value !== 'string') badRequest(`${configName}.${field}`, 'must be a string')
  return value
}

/** A hex (or base64) digest of `bytes` bytes, as lower-case hex. */
function digestHex(hash: string, bytes: number): string {
  if (/^[0-9a-fA-F]+$/.test(hash) && hash.length === 2 * bytes) return hash.toLowerCase()
  if (BASE64.test(hash) && Buffer.from(hash, 'base64').length === bytes) return Buffer.from(hash, 'base64').toString('hex')
  return badRequest('hash', `must be the ${bytes}-byte digest in hex or base64`)
}

/** Validates a `passwords/migrate` request and returns the hash to store (argon2 and phpass: 400 `unsupported_hash_type`). */
export function migratedHash(body: Body, hashType: string, hash: string): PasswordHash {
  switch (hashType) {
    case 'bcrypt': {
      const cost = bcryptCost(hash) ?? badRequest('hash', 'must be a bcrypt hash such as $2b$10$ followed by 53 characters')
      if (cost < 4 || cost > BCRYPT_MAX_COST) fail(400, 'unsupported_hash_type', `hash: the emulator verifies bcrypt costs 4 to ${BCRYPT_MAX_COST}, not ${cost}.`)
      return { type: 'bcrypt', hash }
    }
    case 'md_5':
    case 'sha_1': {
      const name = hashType === 'md_5' ? 'md_5_config' : 'sha_1_config'
      const config = optObject(body, name)
      return {
        type: hashType === 'md_5' ? 'md5' : 'sha_1',
        hash: digestHex(hash, hashType === 'md_5' ? 16 : 20),
        prepend_salt: configStr(config, name, 'prepend_salt'),
        append_salt: configStr(config, name, 'append_salt'),
      }
    }
    case 'scrypt': {
      const config = optObject(body, 'scrypt_config') ?? badRequest('scrypt_config', 'required for hash_type scrypt')
      const n = configInt(config, 'scrypt_config', 'n_parameter', 2, 1 << 20)
      if ((n & (n - 1)) !== 0) badRequest('scrypt_config.n_parameter', 'must be a power of two')
      const r = configInt(config, 'scrypt_config', 'r_parameter', 1, 32)
      const p = configInt(config, 'scrypt_config', 'p_parameter', 1, 16)
      if (128 * n * r > 256 << 20) badRequest('scrypt_config', 'n_parameter × r_parameter needs more than 256 MiB')
      const keyLength = configInt(config, 'scrypt_config', 'key_length', 16, 128)
      const salt = base64Bytes('scrypt_config.salt', configStr(config, 'scrypt_config', 'salt'))
      if (base64Bytes('hash', hash).length !== keyLength) badRequest('hash', `must be base64 of key_length (${keyLength}) bytes`)
      return { type: 'scrypt', salt: salt.toString('base64'), n, r, p, key_length: keyLength, hash }
    }
    case 'pbkdf_2': {
      const config = optObject(body, 'pbkdf_2_config') ?? badRequest('pbkdf_2_config', 'required for hash_type pbkdf_2')
      const iterations = configInt(config, 'pbkdf_2_config', 'iteration_amount', 1, 1_000_000)
      const keyLength = configInt(config, 'pbkdf_2_config', 'key_length', 16, 128)
      const salt = base64Bytes('pbkdf_2_config.salt', configStr(config, 'pbkdf_2_config', 'salt'))
      const algorithm = configStr(config, 'pbkdf_2_config', 'algorithm') as (typeof PBKDF2_DIGESTS)[number]
      if (!PBKDF2_DIGESTS.includes(algorithm)) badRequest('pbkdf_2_config.algorithm', `must be one of ${PBKDF2_DIGESTS.join(', ')}`)
      if (base64Bytes('hash', hash).length !== keyLength) badRequest('hash', `must be base64 of key_length (${keyLength}) bytes`)
      return { type: 'pbkdf2', hash, salt: salt.toString('base64'), iteration_amount: iterations, key_length: keyLength, algorithm }
    }
    case 'argon_2i':
    case 'argon_2id':
    case 'phpass':
      return fail(400, 'unsupported_hash_type', `hash_type: the emulator does not verify ${hashType} hashes; use bcrypt, scrypt, pbkdf_2, md_5 or sha_1.`)
    default:
      return badRequest('hash_type', 'must be one of bcrypt, md_5, sha_1, scrypt, pbkdf_2, argon_2i, argon_2id, phpass')
  }
}

// ---- strength ----------------------------------------------------------------------------------

/** A small stand-in for a breach corpus, compared case-insensitively: always refused and reported as breached. */
export const COMMON_PASSWORDS: readonly string[] = [
  'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', '123456', '1234567', '12345678', '123456789', '1234567890',
  '123123', '111111', '000000', '654321', 'qwerty', 'qwerty123', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abc123',
  'iloveyou', 'letmein', 'welcome', 'welcome1', 'admin', 'admin123', 'administrator', 'monkey', 'dragon', 'football',
  'baseball', 'sunshine', 'princess', 'shadow', 'superman', 'trustno1', 'starwars', 'whatever', 'master', 'login',
  'changeme', 'secret', 'correcthorsebatterystaple', 'hunter2', 'test1234',
]

/** The result of {@link passwordStrength}: the fields of a strength check response. */
export interface PasswordStrength {
  valid_password: boolean
  score: number
  breached_password: boolean
  strength_policy: string
  breach_detection_on_create: boolean
  luds_feedback: LudsFeedback
  zxcvbn_feedback: ZxcvbnFeedback
}

// The score, deterministic, 0 to 4 (valid from 3):
// 1. effective length = characters that neither repeat their predecessor nor continue a +1/−1
//    sequence (`aaaa`, `abcd`, `4321` count once), capped at twice the number of distinct characters;
// 2. entropy bits = effective length × log2(alphabet), the alphabet being the sum of the classes
//    used: lower 26, upper 26, digits 10, symbols 33 (anything else counts as a symbol);
// 3. score by bits: < 25 → 0, < 40 → 1, < 55 → 2, < 70 → 3, else 4;
// 4. a password in COMMON_PASSWORDS scores 0 and is `breached_password`; one whose letters alone
//    form a common password, or that contains the email's local part (3+ characters), scores at most 1.
// LUDS feedback reports the classes used against 8 characters and 3 of the 4 classes.

/** Scores a password (0–4, valid from 3) by the rules above, with LUDS and zxcvbn-style feedback. */
export function passwordStrength(password: string, emailAddress?: string): PasswordStrength {
  const chars = [...password]
  const lower = /[a-z]/.test(password)
  const upper = /[A-Z]/.test(password)
  const digit = /[0-9]/.test(password)
  const symbol = /[^a-zA-Z0-9]/.test(password)
  const alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0)
  let effective = 0
  for (let i = 0; i < chars.length; i++) {
    const step = i === 0 ? Infinity : Math.abs(chars[i]!.codePointAt(0)! - chars[i - 1]!.codePointAt(0)!)
    if (step > 1) effective++
  }
  effective = Math.min(effective, 2 * new Set(chars).size)
  const bits = alphabet > 1 ? effective * Math.log2(alphabet) : 0
  let score = bits < 25 ? 0 : bits < 40 ? 1 : bits < 55 ? 2 : bits < 70 ? 3 : 4
  const folded = password.toLowerCase()
  const breached = COMMON_PASSWORDS.includes(folded)
  const letters = folded.replace(/[^a-z]/g, '')
  const local = emailAddress?.split('@')[0]?.toLowerCase() ?? ''
  let warning = ''
  const suggestions: string[] = []
  if (breached) {
    score = 0
    warning = 'This is a commonly used password that appears in breach lists.'
  } else if (letters.length >= 4 && COMMON_PASSWORDS.includes(letters)) {
    score = Math.min(score, 1)
    warning = 'This is similar to a commonly used password.'
  } else if (local.length >= 3 && folded.includes(local)) {
    score = Math.min(score, 1)
    warning = 'Avoid using your email address in your password.'
  }
  const classes = [lower, upper, digit, symbol].filter(Boolean).length
  const valid = score >= 3 && !breached
  if (!valid) {
    if (!warning) warning = chars.length < 10 ? 'This password is too short.' : 'Repeated characters and sequences are easy to guess.'
    suggestions.push('Use a longer password: several uncommon words, or 12 or more characters.')
    if (classes < 3) suggestions.push('Mix upper-case letters, digits and symbols.')
  }
  return {
    valid_password: valid,
    score,
    breached_password: breached,
    strength_policy: 'zxcvbn',
    breach_detection_on_create: true,
    luds_feedback: {
      has_lower_case: lower,
      has_upper_case: upper,
      has_digit: digit,
      has_symbol: symbol,
      missing_complexity: Math.max(0, 3 - classes),
      missing_characters: Math.max(0, 8 - chars.length),
    },
    zxcvbn_feedback: valid ? { warning: '', suggestions: [] } : { warning, suggestions },
  }
}

/** Throws 400 `weak_password` unless the password passes {@link passwordStrength}. */
export function requireStrongPassword(password: string, emailAddress: string, field = 'password'): void {
  if (password.length > MAX_PASSWORD_LENGTH) badRequest(field, `must be at most ${MAX_PASSWORD_LENGTH} characters`)
  const strength = passwordStrength(password, emailAddress)
  if (!strength.valid_password) {
    fail(400, 'weak_password', `${field}: too weak (score ${strength.score} of 4, 3 needed). ${strength.zxcvbn_feedback.warning} ${strength.zxcvbn_feedback.suggestions.join(' ')}`.trim())
  }
}
