// Unit and property tests of the emulator's password hashing: migrated bcrypt hashes (made with
// bcryptjs), scrypt, the legacy migration schemes and the strength score.
import { createHash, pbkdf2Sync, randomBytes, scryptSync } from 'node:crypto'
import bcryptjs from 'bcryptjs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EmulatorError } from '../src/errors.js'
import type { PasswordHash } from '../src/state.js'
import { COMMON_PASSWORDS, hashPassword, migratedHash, passwordStrength, requireStrongPassword, verifyPassword } from '../src/passwords.js'

// Passwords of any Unicode text, up to beyond bcrypt's 72-byte limit.
const passwords = fc.string({ unit: 'binary', minLength: 0, maxLength: 40 })

/** A stored bcrypt hash, as `passwords/migrate` keeps one. */
const bcryptStored = (hash: string): PasswordHash => ({ type: 'bcrypt', hash })

describe('bcrypt', () => {
  it('verifies bcryptjs hashes of the password and rejects other passwords', async () => {
    await fc.assert(
      fc.asyncProperty(passwords, passwords, async (pw, other) => {
        const stored = bcryptStored(bcryptjs.hashSync(pw, 4))
        expect(await verifyPassword(pw, stored)).toBe(true)
        // Passwords equal in their first 72 UTF-8 bytes (with the NUL) share a hash by design.
        const sameKey = Buffer.from(`${pw}\0`).subarray(0, 72).equals(Buffer.from(`${other}\0`).subarray(0, 72))
        expect(await verifyPassword(other, stored)).toBe(sameKey)
      }),
      { numRuns: 60 },
    )
  })

  it('cuts passwords at 72 UTF-8 bytes, as bcrypt does', async () => {
    const long = 'é'.repeat(36) // 72 bytes
    const stored = bcryptStored(bcryptjs.hashSync(long, 4))
    expect(await verifyPassword(`${long}and more`, stored)).toBe(true)
    expect(await verifyPassword(long.slice(0, -1), stored)).toBe(false)
  })

  it('accepts the $2a$, $2b$ and $2y$ prefixes and rejects malformed hashes and costs above the limit', async () => {
    const hash = bcryptjs.hashSync('correct horse', 5)
    for (const variant of ['2a', '2b', '2y']) {
      const migrated = migratedHash({}, 'bcrypt', hash.replace(/^\$2b\$/, `$${variant}$`))
      expect(migrated).toEqual({ type: 'bcrypt', hash: hash.replace(/^\$2b\$/, `$${variant}$`) })
      expect(await verifyPassword('correct horse', migrated)).toBe(true)
    }
    expect(await verifyPassword('correct horse', bcryptStored(hash.replace(/^\$2b\$/, '$2x$')))).toBe(false)
    expect(await verifyPassword('correct horse', bcryptStored(hash.slice(0, -1)))).toBe(false)
    const tooCostly = hash.replace(/^\$2b\$05\$/, '$2b$13$')
    expect(await verifyPassword('correct horse', bcryptStored(tooCostly))).toBe(false)
  })
})

describe('stored hashes', () => {
  it('scrypt: a new hash verifies its password only, with a fresh salt each time', async () => {
    await fc.assert(
      fc.asyncProperty(passwords, passwords, async (pw, other) => {
        const stored = await hashPassword(pw)
        expect(stored.type).toBe('scrypt')
        // The record holds no copy of the password: no field value contains it. (Field names do
        // not count: fast-check likes to try words such as "length", which "key_length" holds.)
        for (const value of Object.values(stored)) if (pw.length > 3) expect(String(value)).not.toContain(pw)
        expect(await verifyPassword(pw, stored)).toBe(true)
        expect(await verifyPassword(other, stored)).toBe(other === pw)
      }),
      { numRuns: 8 },
    )
    const [a, b] = [await hashPassword('same'), await hashPassword('same')]
    expect(a.type === 'scrypt' && b.type === 'scrypt' && a.salt !== b.salt).toBe(true)
  })

  it('migrated md_5, sha_1, scrypt, pbkdf_2 and bcrypt hashes verify', async () => {
    const pw = 'migrated-Pa55word'
    const salt = randomBytes(16)
    const cases = [
      migratedHash({ md_5_config: { prepend_salt: 'pre', append_salt: 'post' } }, 'md_5', createHash('md5').update(`pre${pw}post`).digest('hex')),
      migratedHash({}, 'md_5', createHash('md5').update(pw).digest('base64')),
      migratedHash({ sha_1_config: { prepend_salt: '', append_salt: 'x' } }, 'sha_1', createHash('sha1').update(`${pw}x`).digest('hex').toUpperCase()),
      migratedHash(
        { scrypt_config: { salt: salt.toString('base64'), n_parameter: 1024, r_parameter: 8, p_parameter: 1, key_length: 32 } },
        'scrypt',
        scryptSync(pw, salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64'),
      ),
      migratedHash({ pbkdf_2_config: { salt: salt.toString('base64'), iteration_amount: 1000, key_length: 32, algorithm: 'sha256' } }, 'pbkdf_2', pbkdf2Sync(pw, salt, 1000, 32, 'sha256').toString('base64')),
      migratedHash({ pbkdf_2_config: { salt: salt.toString('base64'), iteration_amount: 1000, key_length: 64, algorithm: 'sha512' } }, 'pbkdf_2', pbkdf2Sync(pw, salt, 1000, 64, 'sha512').toString('base64')),
      migratedHash({}, 'bcrypt', bcryptjs.hashSync(pw, 4)),
    ]
    for (const stored of cases) {
      expect(await verifyPassword(pw, stored), stored.type).toBe(true)
      expect(await verifyPassword(`${pw}?`, stored), stored.type).toBe(false)
    }
  })

  it('refuses argon2, phpass, malformed hashes and missing configs', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f()
        return undefined
      } catch (error) {
        return error instanceof EmulatorError ? error.errorType : 'not an EmulatorError'
      }
    }
    expect(code(() => migratedHash({}, 'argon_2id', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA'))).toBe('unsupported_hash_type')
    expect(code(() => migratedHash({}, 'phpass', '$P$Babcdefgh'))).toBe('unsupported_hash_type')
    expect(code(() => migratedHash({}, 'bcrypt', bcryptjs.hashSync('x', 4).replace('$04$', '$13$')))).toBe('unsupported_hash_type')
    expect(code(() => migratedHash({}, 'bcrypt', 'not-a-hash'))).toBe('invalid_request')
    expect(code(() => migratedHash({}, 'md_5', 'abc'))).toBe('invalid_request')
    expect(code(() => migratedHash({}, 'scrypt', 'aGFzaA=='))).toBe('invalid_request')
    expect(code(() => migratedHash({ scrypt_config: { salt: 'c2FsdA==', n_parameter: 1000, r_parameter: 8, p_parameter: 1, key_length: 32 } }, 'scrypt', 'aGFzaA=='))).toBe('invalid_request')
    expect(code(() => migratedHash({}, 'rot13', 'x'))).toBe('invalid_request')
  })
})

describe('password strength', () => {
  it('is deterministic, bounded, and valid exactly at score 3 or more without a breach', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.option(fc.emailAddress(), { nil: undefined }), (pw, email) => {
        const a = passwordStrength(pw, email)
        expect(passwordStrength(pw, email)).toEqual(a)
        expect(a.score).toBeGreaterThanOrEqual(0)
        expect(a.score).toBeLessThanOrEqual(4)
        expect(a.valid_password).toBe(a.score >= 3 && !a.breached_password)
        expect(a.luds_feedback.has_digit).toBe(/[0-9]/.test(pw))
        expect(a.luds_feedback.missing_characters).toBe(Math.max(0, 8 - [...pw].length))
        expect(a.valid_password ? a.zxcvbn_feedback.suggestions.length === 0 : a.zxcvbn_feedback.warning !== '').toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('reports common passwords as breached in any letter case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMON_PASSWORDS), fc.boolean(), (pw, upper) => {
        const result = passwordStrength(upper ? pw.toUpperCase() : pw)
        expect(result).toMatchObject({ breached_password: true, valid_password: false, score: 0 })
      }),
    )
  })

  it('scores examples as documented', () => {
    expect(passwordStrength('aaaaaaaaaaaaaaaaaaaa').score).toBe(0)
    expect(passwordStrength('abcdefghijklmnopqrst').score).toBe(0)
    expect(passwordStrength('xkqpwmzr').score).toBe(1)
    expect(passwordStrength('mxkqwbzrvtjc').valid_password).toBe(true)
    expect(passwordStrength('Tr0ub4dor&3x').valid_password).toBe(true)
    expect(passwordStrength('Password2024!').score).toBeLessThanOrEqual(1)
    expect(passwordStrength('ada.lovelace-Engine-7', 'ada.lovelace@example.com').score).toBeLessThanOrEqual(1)
    expect(() => requireStrongPassword('letmein', 'a@b.co')).toThrowError(/weak|too weak/)
  })
})
