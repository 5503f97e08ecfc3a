/**
 * An offline JWT test kit: an RS256 key set, session JWTs shaped like Stytch's signed with it,
 * and a context that verifies with that key set and never reaches the network. Needs nothing
 * beyond this package; the fast-check arbitraries live apart, in `stytch-b2b/testing/arbitraries`.
 *
 * @example
 * ```ts
 * import { authenticateSessionJwtLocal } from 'stytch-b2b/jwt'
 * import { createTestContext, createTestJwks, mintSessionJwt } from 'stytch-b2b/testing'
 *
 * const { jwks, signer } = await createTestJwks()
 * const ctx = createTestContext({ jwks })
 * const jwt = await mintSessionJwt(signer, { member_id: 'member-test-1', organization_id: 'organization-test-1' })
 * const session = await authenticateSessionJwtLocal(ctx, jwt)
 * ```
 * @module
 */
export {
  createTestContext,
  createTestJwks,
  mintAccessToken,
  mintM2mToken,
  mintSessionJwt,
  TEST_PROJECT_ID,
  type MintAccessTokenClaims,
  type MintM2mTokenClaims,
  type MintSessionJwtClaims,
  type TestJwks,
  type TestSigner,
} from './jwt.js'
