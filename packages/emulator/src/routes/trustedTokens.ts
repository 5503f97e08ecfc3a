import { exportJWK } from 'jose/key/export'
import { generateKeyPair } from 'jose/key/generate/keypair'
import { importJWK } from 'jose/key/import'
import { SignJWT } from 'jose/jwt/sign'
import { jwtVerify } from 'jose/jwt/verify'
import type { CryptoKey, JWK, JWTPayload } from 'jose'
import type { AttestSessionResponse, AuthenticationFactor } from 'stytch-b2b'
import { addFactor, createSession, findSession, refreshSession, sessionResponse, viewSession } from '../auth.js'
import { optStr, str } from '../body.js'
import { type Answer, type Emulator, type RequestContext, type Route, iso, newId } from '../core.js'
import { badRequest, fail } from '../errors.js'
import { findMemberByEmail, getOrg, normalizeEmail, touch } from '../model.js'
import type { SessionRecord, TrustedTokenProfileRecord } from '../state.js'

// Session attestation: an external identity provider that the project trusts (a trusted auth token
// profile) issues a JWT, and `Sessions.Attest` turns it into a member session. The emulator keeps
// one such profile per project, created on first use, and `POST /emulator/trusted_auth_tokens/token`
// plays the identity provider, signing tokens with the profile's own ES256 key.

/** Minutes a token minted by `POST /emulator/trusted_auth_tokens/token` stays valid. */
export const TRUSTED_TOKEN_MINUTES = 5
/** The name of the profile the emulator creates for its own identity provider. */
const EMULATOR_PROFILE = 'Emulator identity provider'

/** The emulator's trusted auth token profile, created on first use and then kept in the state. */
async function emulatorProfile(em: Emulator): Promise<TrustedTokenProfileRecord> {
  const existing = Object.values(em.state.trusted_token_profiles).find((p) => p.name === EMULATOR_PROFILE)
  if (existing) return existing
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
  const profile: TrustedTokenProfileRecord = {
    profile_id: newId('trusted-token-profile'),
    name: EMULATOR_PROFILE,
    issuer: `https://idp.emulator.test/${em.projectId}`,
    audience: em.projectId,
    attribute_mapping: { email_address: 'email', organization_id: 'organization_id', token_id: 'jti' },
    private_jwk: await exportJWK(privateKey),
    public_jwk: await exportJWK(publicKey),
    created_at: iso(em),
  }
  em.state.trusted_token_profiles[profile.profile_id] = profile
  em.log(`trusted auth tokens: created profile ${profile.profile_id}`)
  return profile
}

function importKey(jwk: JWK): Promise<CryptoKey> {
  return importJWK(jwk as never, 'ES256') as Promise<CryptoKey>
}

/** `POST /emulator/trusted_auth_tokens/token` (emulator only): a token of the emulator's profile for `email_address` in `organization_id`. */
async function mintToken({ em, body }: RequestContext): Promise<{ profile_id: string; token: string; expires_at: string }> {
  const org = getOrg(em, str(body, 'organization_id'))
  const email = normalizeEmail(str(body, 'email_address'))
  const profile = await emulatorProfile(em)
  const iat = Math.floor(em.now() / 1000)
  const exp = iat + TRUSTED_TOKEN_MINUTES * 60
  const map = profile.attribute_mapping
  const token = await new SignJWT({ [map.email_address]: email, [map.organization_id]: org.organization_id, [map.token_id]: newId('trusted-auth-token') })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer(profile.issuer)
    .setAudience(profile.audience)
    .setSubject(email)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(await importKey(profile.private_jwk))
  return { profile_id: profile.profile_id, token, expires_at: iso(em, exp * 1000) }
}

/** The claims of a token of `profile`: signature, issuer, audience and expiry checked (401 otherwise). */
async function verifyToken(em: Emulator, profile: TrustedTokenProfileRecord, token: string): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, await importKey(profile.public_jwk), {
      issuer: profile.issuer,
      audience: profile.audience,
      algorithms: ['ES256'],
      currentDate: new Date(em.now()),
    })
    return payload
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_JWT_EXPIRED') return fail(401, 'trusted_auth_token_expired', 'token: the trusted auth token has expired.')
    return fail(401, 'invalid_trusted_auth_token', `token: not a valid token of trusted auth token profile ${profile.profile_id} (signature, issuer or audience).`)
  }
}

async function attest({ em, body }: RequestContext): Promise<Answer<AttestSessionResponse>> {
  const profileId = str(body, 'profile_id')
  const profile = em.state.trusted_token_profiles[profileId] ?? fail(404, 'trusted_auth_token_profile_not_found', `profile_id: no trusted auth token profile ${JSON.stringify(profileId)} exists in this project.`)
  const claims = await verifyToken(em, profile, str(body, 'token'))
  const map = profile.attribute_mapping
  const emailClaim = claims[map.email_address]
  if (typeof emailClaim !== 'string' || emailClaim === '') return fail(401, 'invalid_trusted_auth_token', `token: has no ${JSON.stringify(map.email_address)} claim with the email address.`)
  const email = normalizeEmail(emailClaim)
  const claimedOrg = typeof claims[map.organization_id] === 'string' ? (claims[map.organization_id] as string) : undefined
  const givenOrg = optStr(body, 'organization_id')
  if (givenOrg !== undefined && claimedOrg !== undefined && givenOrg !== claimedOrg) {
    fail(400, 'organization_id_mismatch', `organization_id: the token is for organization ${claimedOrg}, not ${givenOrg}.`)
  }
  const org = getOrg(em, givenOrg ?? claimedOrg ?? badRequest('organization_id', 'required: the token names no organization'))
  const record = findMemberByEmail(em, org.organization_id, email)
  if (!record || record.member.status === 'deleted') return fail(404, 'member_not_found', `${email} is not a member of organization ${org.organization_id}.`)
  const tokenId = claims[map.token_id]
  const factor: AuthenticationFactor = {
    type: 'trusted_auth_token',
    delivery_method: 'trusted_token_exchange',
    last_authenticated_at: iso(em),
    trusted_auth_token_factor: { token_id: typeof tokenId === 'string' ? tokenId : '' },
  }
  if (record.member.status === 'invited' || record.member.status === 'pending') {
    record.member.status = 'active'
    touch(em, record)
  }
  const sessionToken = optStr(body, 'session_token')
  const sessionJwt = optStr(body, 'session_jwt')
  let session: SessionRecord
  if (sessionToken !== undefined || sessionJwt !== undefined) {
    // The token is attested as another factor of an existing session of the same member.
    session = await findSession(em, { session_token: sessionToken, session_jwt: sessionJwt })
    if (session.session.member_id !== record.member.member_id) fail(400, 'session_member_mismatch', 'The session belongs to another member than the token.')
    session.session.authentication_factors = addFactor(session.session.authentication_factors, factor)
    refreshSession(em, session, body)
  } else {
    session = createSession(em, record, [factor], body)
  }
  const s = await sessionResponse(em, session)
  return { ...s, member_id: record.member.member_id, member_session: viewSession(session) }
}

/** `Sessions.Attest`, and the emulator's stand-in for the trusted identity provider. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/sessions/attest', handler: attest },
  { method: 'POST', path: '/emulator/trusted_auth_tokens/token', handler: mintToken },
]
