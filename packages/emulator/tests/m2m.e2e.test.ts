// End to end: M2M clients through the library (create, get, search, update, delete, secret
// rotation), client-credentials tokens from the public token route, and their local verification.
import { describe, expect, it } from 'vitest'
import {
  authenticateM2mToken,
  createM2mClient,
  deleteM2mClient,
  getM2mClient,
  getM2mToken,
  rotateM2mClientSecret,
  rotateM2mClientSecretCancel,
  rotateM2mClientSecretStart,
  searchM2mClients,
  StytchJwtError,
  StytchM2mAuthorizationError,
  updateM2mClient,
} from 'stytch-b2b'
import { apiError, useEmulator } from './harness.js'

const setup = useEmulator('m2m')

let counter = 0
const unique = (): string => `${Date.now().toString(36)}-${++counter}`

/** A raw form POST to the token route, as a client that does not use the library would send it. */
async function tokenRequest(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${setup.emulator.url}/v1/public/${setup.emulator.projectId}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`

describe('M2M clients', () => {
  it('creates a client whose secret is shown once, and gets, updates and deletes it', async () => {
    const { m2m_client: created } = await createM2mClient(setup.ctx, { scopes: ['read:users', 'write:users'], client_name: 'Billing', trusted_metadata: { team: 'billing' } })
    expect(created.client_id).toMatch(/^m2m-client-test-/)
    expect(created.client_secret.length).toBeGreaterThanOrEqual(32)
    expect(created.client_secret_last_four).toBe(created.client_secret.slice(-4))
    expect(created).toMatchObject({ client_name: 'Billing', client_description: '', status: 'active', scopes: ['read:users', 'write:users'], trusted_metadata: { team: 'billing' } })

    const { m2m_client: got } = await getM2mClient(setup.ctx, { client_id: created.client_id })
    expect(got).not.toHaveProperty('client_secret')
    expect(got).toMatchObject({ client_id: created.client_id, client_secret_last_four: created.client_secret_last_four, scopes: ['read:users', 'write:users'] })
    // The state keeps a hash, never the secret itself.
    expect(JSON.stringify(setup.emulator.snapshot())).not.toContain(created.client_secret)

    const { m2m_client: updated } = await updateM2mClient(setup.ctx, { client_id: created.client_id, client_description: 'Nightly invoices', scopes: ['read:users'], status: 'inactive' })
    expect(updated).toMatchObject({ client_description: 'Nightly invoices', scopes: ['read:users'], status: 'inactive', client_name: 'Billing' })
    expect((await getM2mClient(setup.ctx, { client_id: created.client_id })).m2m_client.status).toBe('inactive')
    expect(await apiError(updateM2mClient(setup.ctx, { client_id: created.client_id, status: 'paused' }))).toMatchObject({ status: 400, code: 'invalid_request' })

    expect(await deleteM2mClient(setup.ctx, { client_id: created.client_id })).toMatchObject({ client_id: created.client_id })
    expect(await apiError(getM2mClient(setup.ctx, { client_id: created.client_id }))).toMatchObject({ status: 404, code: 'm2m_client_not_found' })
    expect(await apiError(deleteM2mClient(setup.ctx, { client_id: created.client_id }))).toMatchObject({ status: 404, code: 'm2m_client_not_found' })
  })

  it('takes a client id and secret of the caller, once', async () => {
    const clientId = `imported-${unique()}`
    const { m2m_client } = await createM2mClient(setup.ctx, { client_id: clientId, client_secret: 'imported-secret-0001', scopes: [] })
    expect(m2m_client).toMatchObject({ client_id: clientId, client_secret: 'imported-secret-0001', client_secret_last_four: '0001', scopes: [] })
    expect(await apiError(createM2mClient(setup.ctx, { client_id: clientId, scopes: [] }))).toMatchObject({ status: 400, code: 'client_id_already_exists' })
    expect(await apiError(createM2mClient(setup.ctx, { client_secret: 'short', scopes: [] }))).toMatchObject({ status: 400, code: 'invalid_client_secret' })
    const token = await getM2mToken(setup.ctx, { client_id: clientId, client_secret: 'imported-secret-0001' }, { cache: false })
    expect((await authenticateM2mToken(setup.ctx, token.access_token)).client_id).toBe(clientId)
  })

  it('searches by client id, name, scope and status, a page at a time', async () => {
    const tag = unique()
    const made = []
    for (let i = 0; i < 3; i++) {
      made.push((await createM2mClient(setup.ctx, { client_name: `search-${tag}`, scopes: [`read:${tag}`, ...(i === 2 ? [`write:${tag}`] : [])] })).m2m_client)
    }
    await updateM2mClient(setup.ctx, { client_id: made[1]!.client_id, status: 'inactive' })
    const byName = { operator: 'AND' as const, operands: [{ filter_name: 'client_name', filter_value: [`search-${tag}`] }] }
    const first = await searchM2mClients(setup.ctx, { query: byName, limit: 2 })
    expect(first.m2m_clients.map((c) => c.client_id)).toEqual(made.slice(0, 2).map((c) => c.client_id))
    expect(first.results_metadata.total).toBe(3)
    expect(first.m2m_clients[0]).not.toHaveProperty('client_secret')
    const second = await searchM2mClients(setup.ctx, { query: byName, limit: 2, cursor: first.results_metadata.next_cursor! })
    expect(second.m2m_clients.map((c) => c.client_id)).toEqual([made[2]!.client_id])
    expect(second.results_metadata.next_cursor).toBeUndefined()

    const writers = await searchM2mClients(setup.ctx, { query: { operator: 'AND', operands: [{ filter_name: 'scopes', filter_value: [`write:${tag}`] }] } })
    expect(writers.m2m_clients.map((c) => c.client_id)).toEqual([made[2]!.client_id])
    const inactive = await searchM2mClients(setup.ctx, { query: { operator: 'AND', operands: [...byName.operands, { filter_name: 'status', filter_value: ['inactive'] }] } })
    expect(inactive.m2m_clients.map((c) => c.client_id)).toEqual([made[1]!.client_id])
    const either = await searchM2mClients(setup.ctx, { query: { operator: 'OR', operands: [{ filter_name: 'client_id', filter_value: [made[0]!.client_id, made[2]!.client_id] }] } })
    expect(either.m2m_clients.map((c) => c.client_id)).toEqual([made[0]!.client_id, made[2]!.client_id])
    expect(await apiError(searchM2mClients(setup.ctx, { query: { operator: 'AND', operands: [{ filter_name: 'color', filter_value: ['red'] }] } }))).toMatchObject({ status: 400, code: 'invalid_search_query' })
  })
})

describe('M2M tokens', () => {
  it('issues client-credentials tokens that authenticateM2mToken verifies against the JWKS', async () => {
    const { m2m_client } = await createM2mClient(setup.ctx, { scopes: ['read:users', 'write:users', 'read:*'] })
    const all = await getM2mToken(setup.ctx, { client_id: m2m_client.client_id, client_secret: m2m_client.client_secret })
    expect(all.token_type).toBe('bearer')
    expect(all.expires_in).toBeGreaterThan(3500)
    const verified = await authenticateM2mToken(setup.ctx, all.access_token, { requiredScopes: ['read:users', 'write:users', 'read:invoices'] })
    expect(verified).toMatchObject({ client_id: m2m_client.client_id, scopes: ['read:users', 'write:users', 'read:*'], custom_claims: {} })
    expect(verified.expires_at - verified.issued_at).toBe(3600)

    const narrow = await getM2mToken(setup.ctx, { client_id: m2m_client.client_id, client_secret: m2m_client.client_secret, scopes: ['read:users'] })
    expect((await authenticateM2mToken(setup.ctx, narrow.access_token)).scopes).toEqual(['read:users'])
    const denied = await authenticateM2mToken(setup.ctx, narrow.access_token, { requiredScopes: ['write:users'] }).catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(StytchM2mAuthorizationError)

    expect(await apiError(getM2mToken(setup.ctx, { client_id: m2m_client.client_id, client_secret: m2m_client.client_secret, scopes: ['delete:users'] }))).toMatchObject({ status: 400, code: 'invalid_scope' })
    expect(await apiError(getM2mToken(setup.ctx, { client_id: m2m_client.client_id, client_secret: 'wrong-secret-00000000' }))).toMatchObject({ status: 401, code: 'invalid_client' })
    expect(await apiError(getM2mToken(setup.ctx, { client_id: 'm2m-client-test-nobody', client_secret: 'wrong-secret-00000000' }))).toMatchObject({ status: 401, code: 'invalid_client' })
    // A token of a project key the emulator no longer has fails like any other bad signature.
    const tampered = `${all.access_token.slice(0, -4)}AAAA`
    expect(await authenticateM2mToken(setup.ctx, tampered).catch((e: unknown) => e)).toBeInstanceOf(StytchJwtError)
  })

  it('accepts HTTP Basic client authentication and answers OAuth-shaped errors', async () => {
    const { m2m_client } = await createM2mClient(setup.ctx, { scopes: ['read:users'] })
    const ok = await tokenRequest({ grant_type: 'client_credentials' }, { authorization: basic(m2m_client.client_id, m2m_client.client_secret) })
    expect(ok.status).toBe(200)
    expect(ok.json).toMatchObject({ token_type: 'bearer', scope: 'read:users', expires_in: 3600 })
    expect((await authenticateM2mToken(setup.ctx, ok.json['access_token'] as string)).client_id).toBe(m2m_client.client_id)

    const wrong = await tokenRequest({ grant_type: 'client_credentials' }, { authorization: basic(m2m_client.client_id, 'not-the-secret') })
    expect(wrong).toMatchObject({ status: 401, json: { error: 'invalid_client', error_description: expect.any(String) } })
    expect(wrong.json).not.toHaveProperty('error_type')
    const grant = await tokenRequest({ grant_type: 'password', client_id: m2m_client.client_id, client_secret: m2m_client.client_secret })
    expect(grant).toMatchObject({ status: 400, json: { error: 'unsupported_grant_type' } })
    const missing = await tokenRequest({ client_id: m2m_client.client_id, client_secret: m2m_client.client_secret })
    expect(missing).toMatchObject({ status: 400, json: { error: 'invalid_request' } })
    // M2M clients have no authorization codes.
    const code = await tokenRequest({ grant_type: 'authorization_code', code: 'abc', client_id: m2m_client.client_id, client_secret: m2m_client.client_secret })
    expect(code).toMatchObject({ status: 400, json: { error: 'invalid_grant' } })
    // Only the OAuth routes read forms: the JSON routes still refuse them.
    const form = await fetch(`${setup.emulator.url}/v1/m2m/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(setup.emulator.projectId, setup.emulator.secret) },
      body: 'scopes=read%3Ausers',
    })
    expect([form.status, ((await form.json()) as { error_type?: string }).error_type]).toEqual([400, 'invalid_json'])
  })

  it('refuses tokens to inactive and deleted clients', async () => {
    const { m2m_client } = await createM2mClient(setup.ctx, { scopes: ['read:users'] })
    const creds = { client_id: m2m_client.client_id, client_secret: m2m_client.client_secret }
    await updateM2mClient(setup.ctx, { client_id: m2m_client.client_id, status: 'inactive' })
    expect(await apiError(getM2mToken(setup.ctx, creds, { cache: false }))).toMatchObject({ status: 401, code: 'invalid_client' })
    await updateM2mClient(setup.ctx, { client_id: m2m_client.client_id, status: 'active' })
    await getM2mToken(setup.ctx, creds, { cache: false })
    await deleteM2mClient(setup.ctx, { client_id: m2m_client.client_id })
    expect(await apiError(getM2mToken(setup.ctx, creds, { cache: false }))).toMatchObject({ status: 401, code: 'invalid_client' })
  })
})

describe('M2M secret rotation', () => {
  it('lets both secrets work during a rotation and only the new one after it', async () => {
    const { m2m_client } = await createM2mClient(setup.ctx, { scopes: ['read:users'] })
    const old = m2m_client.client_secret
    const token = (secret: string) => getM2mToken(setup.ctx, { client_id: m2m_client.client_id, client_secret: secret }, { cache: false })

    const { m2m_client: started } = await rotateM2mClientSecretStart(setup.ctx, { client_id: m2m_client.client_id })
    const next = started.next_client_secret
    expect(next).not.toBe(old)
    expect(started).toMatchObject({ client_secret_last_four: old.slice(-4), next_client_secret_last_four: next.slice(-4) })
    expect((await getM2mClient(setup.ctx, { client_id: m2m_client.client_id })).m2m_client.next_client_secret_last_four).toBe(next.slice(-4))
    expect(JSON.stringify(setup.emulator.snapshot())).not.toContain(next)
    // Both work while the rotation is under way.
    expect((await authenticateM2mToken(setup.ctx, (await token(old)).access_token)).client_id).toBe(m2m_client.client_id)
    expect((await authenticateM2mToken(setup.ctx, (await token(next)).access_token)).client_id).toBe(m2m_client.client_id)

    const { m2m_client: rotated } = await rotateM2mClientSecret(setup.ctx, { client_id: m2m_client.client_id })
    expect(rotated.client_secret_last_four).toBe(next.slice(-4))
    expect(rotated.next_client_secret_last_four).toBeUndefined()
    expect(await apiError(token(old))).toMatchObject({ status: 401, code: 'invalid_client' })
    await token(next)
    // Nothing to complete or cancel any more.
    expect(await apiError(rotateM2mClientSecret(setup.ctx, { client_id: m2m_client.client_id }))).toMatchObject({ status: 400, code: 'no_rotation_in_progress' })
    expect(await apiError(rotateM2mClientSecretCancel(setup.ctx, { client_id: m2m_client.client_id }))).toMatchObject({ status: 400, code: 'no_rotation_in_progress' })
  })

  it('drops the next secret when the rotation is cancelled', async () => {
    const { m2m_client } = await createM2mClient(setup.ctx, { scopes: ['read:users'] })
    const token = (secret: string) => getM2mToken(setup.ctx, { client_id: m2m_client.client_id, client_secret: secret }, { cache: false })
    const { m2m_client: started } = await rotateM2mClientSecretStart(setup.ctx, { client_id: m2m_client.client_id })
    await token(started.next_client_secret)
    const { m2m_client: cancelled } = await rotateM2mClientSecretCancel(setup.ctx, { client_id: m2m_client.client_id })
    expect(cancelled.client_secret_last_four).toBe(m2m_client.client_secret.slice(-4))
    expect(cancelled.next_client_secret_last_four).toBeUndefined()
    expect(await apiError(token(started.next_client_secret))).toMatchObject({ status: 401, code: 'invalid_client' })
    await token(m2m_client.client_secret)
    expect(await apiError(rotateM2mClientSecretStart(setup.ctx, { client_id: 'm2m-client-test-nobody' }))).toMatchObject({ status: 404, code: 'm2m_client_not_found' })
  })
})
