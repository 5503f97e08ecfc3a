// The base64url segment decoder of parseCompact, against Node's Buffer as the reference: a segment
// decodes iff it is non-empty canonical base64url (what re-encodes to itself), to the same bytes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { binary, parseCompact } from '../../src/jwt/compact.js'

const reference = (segment: string): string | undefined => {
  const bytes = Buffer.from(segment, 'base64url')
  return segment !== '' && bytes.toString('base64url') === segment ? bytes.toString('latin1') : undefined
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
// Mostly base64url, with the characters atob would take or skip mixed in: + / = and whitespace.
const char = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...ALPHABET) }, fc.constantFrom('+', '/', '=', ' ', '\n', '\t', '.', 'é', '\u0100', '\0'))

describe('base64url segments', () => {
  it('decode exactly when canonical, to the bytes Buffer decodes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(char, { maxLength: 40 }).map((c) => c.join('')), fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('base64url'))), (segment) => {
        let decoded: string | undefined
        try {
          decoded = binary(segment)
        } catch {}
        expect(decoded).toBe(reference(segment))
      }),
      { numRuns: 50_000 },
    )
  })

  it('a token of three such segments splits; anything else is refused as jwt_invalid', () => {
    const segment = fc.oneof(fc.array(char, { maxLength: 12 }).map((c) => c.join('')), fc.constant('e30'))
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (parts) => {
        const token = parts.join('.')
        let parsed: ReturnType<typeof parseCompact> | undefined
        try {
          parsed = parseCompact(token)
        } catch (error) {
          expect(error).toMatchObject({ name: 'StytchJwtError', code: 'jwt_invalid' })
        }
        // Only '{}' (e30) decodes to a JSON object among these: a token splits iff it is e30.e30.<canonical>.
        const ok = parts.length === 3 && parts[0] === 'e30' && parts[1] === 'e30' && reference(parts[2]!) !== undefined
        expect(parsed !== undefined).toBe(ok)
        // The signature stays encoded (each RS256 module decodes it), checked as canonical.
        if (parsed) expect(parsed[3]).toBe(parts[2])
      }),
      { numRuns: 20_000 },
    )
  })
})
