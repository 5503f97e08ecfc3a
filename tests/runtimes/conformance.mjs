// One conformance suite for every runtime: an endpoint call (success and an API error), local
// JWT verification with keys fetched from the harness, an RBAC check and typed custom claims.
// It only uses what every runtime has (fetch, Web Crypto); the library modules come in as `lib`
// so that each runtime can load them its own way (ESM import, require, a bundle).

function assert(condition, message) {
  if (!condition) throw new Error(message)
}

export async function run(baseUrl, lib) {
  const { sdk, jwt, rbac, v } = lib
  const results = []
  const check = async (name, body) => {
    try {
      await body()
      results.push({ name, ok: true })
    } catch (error) {
      results.push({ name, ok: false, error: String(error?.message ?? error) })
    }
  }
  const fixture = await (await fetch(`${baseUrl}/fixture.json`)).json()
  const ctx = sdk.createContext({ projectId: fixture.projectId, secret: 'secret-test-conformance-0000', baseUrl })

  await check('endpoint call', async () => {
    const { organization } = await sdk.getOrganization(ctx, { organization_id: fixture.organizationId })
    assert(organization.organization_id === fixture.organizationId, 'wrong organization')
  })
  await check('API error', async () => {
    const error = await sdk.getOrganization(ctx, { organization_id: 'organization-test-missing' }).then(() => null, (e) => e)
    assert(sdk.isStytchError(error), 'not a StytchError')
    assert(error.status === 404 && error.code === 'organization_not_found', `got ${error.status} ${error.code}`)
    assert(error.requestId === 'request-test-404', 'no request id')
  })
  await check('params error before sending', async () => {
    const error = await sdk.getOrganization(ctx, { organization_id: '..' }).then(() => null, (e) => e)
    assert(error?.code === 'invalid_params', 'path param not refused')
  })
  await check('JWT verified locally (JWKS fetched)', async () => {
    const session = await jwt.authenticateSessionJwtLocal(ctx, fixture.jwt, { maxTokenAgeSeconds: 600 })
    assert(session.member_id === fixture.memberId && session.organization_id === fixture.organizationId, 'wrong session')
    assert(session.roles.includes('editor'), 'roles missing')
  })
  await check('tampered JWT refused', async () => {
    const [h, p, s] = fixture.jwt.split('.')
    const forged = `${h}.${p.slice(0, -2)}${p.at(-2) === 'A' ? 'B' : 'A'}${p.at(-1)}.${s}`
    const error = await jwt.authenticateSessionJwtLocal(ctx, forged).then(() => null, (e) => e)
    assert(error?.code === 'jwt_invalid', `got ${error?.code}`)
  })
  // Which RS256 module the runtime resolved (`#rs256`): Web Crypto's verify is called, or not.
  let rs256 = 'unknown'
  await check('JWT signature checked by the runtime’s RS256 module, 16 at once too', async () => {
    const subtle = globalThis.crypto.subtle
    const original = subtle.verify
    let calls = 0
    try {
      Object.defineProperty(subtle, 'verify', { configurable: true, writable: true, value: (...args) => (calls++, original.apply(subtle, args)) })
    } catch {}
    try {
      const fresh = sdk.createContext({ projectId: fixture.projectId, secret: 'secret-test-conformance-0000', baseUrl, jwks: fixture.jwks })
      const [h, p, s] = fixture.jwt.split('.')
      const forged = `${h}.${p}.${s.slice(0, -2)}${s.at(-2) === 'A' ? 'B' : 'A'}${s.at(-1)}`
      const tokens = Array.from({ length: 16 }, (_, i) => (i % 4 === 3 ? forged : fixture.jwt))
      const verdicts = await Promise.all(tokens.map((t) => jwt.authenticateSessionJwtLocal(fresh, t, { verifiedTokenCache: false }).then((s) => s.member_id, (e) => e.code)))
      assert(verdicts.every((v, i) => v === (i % 4 === 3 ? 'jwt_invalid' : fixture.memberId)), `verdicts ${verdicts.join(',')}`)
      if (subtle.verify !== original) rs256 = calls ? 'Web Crypto' : 'node:crypto'
    } finally {
      if (Object.hasOwn(subtle, 'verify')) delete subtle.verify
    }
  })
  await check('typed custom claims', async () => {
    const session = await jwt.authenticateSessionJwtLocal(ctx, fixture.jwt, { claims: v.object({ plan: v.picklist(['free', 'pro']) }) })
    assert(session.custom_claims.plan === 'pro', 'claims not validated')
    const error = await jwt.authenticateSessionJwtLocal(ctx, fixture.jwt, { claims: v.object({ plan: v.number() }) }).then(() => null, (e) => e)
    assert(error?.code === 'invalid_claims', 'claim mismatch not reported')
  })
  await check('RBAC check', async () => {
    const subject = { organization_id: fixture.organizationId, roles: ['editor'] }
    const allowed = { organization_id: fixture.organizationId, resource_id: 'documents', action: 'edit' }
    assert(rbac.isAuthorized(fixture.policy, subject, allowed), 'allowed check denied')
    const denied = rbac.checkAuthorization(fixture.policy, subject, { ...allowed, action: 'delete' })
    assert(!denied.allowed && denied.code === 'session_authorization_error', 'denied check allowed')
    const tenancy = rbac.checkAuthorization(fixture.policy, subject, { ...allowed, organization_id: 'organization-test-other' })
    assert(tenancy.code === 'session_authorization_tenancy_error', 'tenancy not enforced')
  })
  await check('JWT + local authorization', async () => {
    const pinned = sdk.createContext({ projectId: fixture.projectId, secret: 'secret-test-conformance-0000', baseUrl, policy: fixture.policy, jwks: fixture.jwks })
    await jwt.authenticateSessionJwtLocal(pinned, fixture.jwt, {
      authorizationCheck: { organization_id: fixture.organizationId, resource_id: 'documents', action: 'edit' },
    })
  })
  return { ok: results.every((r) => r.ok), results, rs256 }
}
