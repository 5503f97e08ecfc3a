// SSO connections (SAML, OIDC, external) and the SSO login, through the library, against the emulator.
import { generateKeyPairSync } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  authenticateSession,
  authenticateSso,
  createMember,
  createOrganization,
  createSsoExternalConnection,
  createSsoOidcConnection,
  createSsoSamlConnection,
  deleteSsoConnection,
  deleteSsoSamlEncryptionPrivateKey,
  deleteSsoSamlVerificationCertificate,
  getMemberOidcProviders,
  getOrganization,
  getSsoConnections,
  updateOrganization,
  updateSsoExternalConnection,
  updateSsoOidcConnection,
  updateSsoSamlByUrl,
  updateSsoSamlConnection,
  type CreateOrganizationParams,
  type OidcConnection,
  type Organization,
} from 'stytch-b2b'
import { apiError, emulatorPost, mintToken, useEmulator } from './harness.js'

const setup = useEmulator('sso')

// Two self-signed test certificates (P-256, valid 2026-2036), made with openssl for these tests.
const CERT_1 = `-----BEGIN CERTIFICATE-----
MIIBsTCCAVegAwIBAgIUARVZJAAOAKCwj4v6IuawndsSPMIwCgYIKoZIzj0EAwIw
LjEaMBgGA1UEAwwRRW11bGF0b3IgVGVzdCBJZFAxEDAOBgNVBAoMB0V4YW1wbGUw
HhcNMjYxMTI2MDAyOTUwWhcNMzYxMTIzMDAyOTUwWjAuMRowGAYDVQQDDBFFbXVs
YXRvciBUZXN0IElkUDEQMA4GA1UECgwHRXhhbXBsZTBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABCbzItm+5nPmXy+C2Cwcj3nha4xn5mlHsmxapzvr65QGar5fLQgQ
JbL1UWaOnCCxhV4ppi6yhYkiqKF2bNunmkajUzBRMB0GA1UdDgQWBBRJKoK45GxY
f6b+NSaYKpIZND5IIzAfBgNVHSMEGDAWgBRJKoK45GxYf6b+NSaYKpIZND5IIzAP
BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIQDAcaDmYJ4LQbkbaaKe
parRoYD26xnf+5EO3xPd8NS4+wIgfv4Q2n7kWpxAsrozQsvNFfgqPJnw7ZaDUHK0
yjZejgY=
-----END CERTIFICATE-----`
const CERT_2 = `-----BEGIN CERTIFICATE-----
MIIBtTCCAVugAwIBAgIUHquIv9sUygzNwi92JthieGCtXYYwCgYIKoZIzj0EAwIw
MDEcMBoGA1UEAwwTRW11bGF0b3IgVGVzdCBJZFAgMjEQMA4GA1UECgwHRXhhbXBs
ZTAeFw0yNjExMjYwMDI5NTBaFw0zNjExMjMwMDI5NTBaMDAxHDAaBgNVBAMME0Vt
dWxhdG9yIFRlc3QgSWRQIDIxEDAOBgNVBAoMB0V4YW1wbGUwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAAR1ZHEWLRNei22iTp10euCzkS0hENuul1gHP0JuaAr5ajgp
R8IeFe4FWhquS8dbgfum6aN5SfTOjuWZTV5VdtOLo1MwUTAdBgNVHQ4EFgQUMrU8
aBLg8fzrgRYuu6Mvy5TkmsIwHwYDVR0jBBgwFoAUMrU8aBLg8fzrgRYuu6Mvy5Tk
msIwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiAZyTOqBnAlTW0+
bQ34oowJngG8qEPgg/xAo398ikpDnQIhAOBrZHb1xv3zN6JLWr2zq0AXE6tHz+ma
hhDl9MzjWxIh
-----END CERTIFICATE-----`

let orgCount = 0
async function newOrg(extra: Partial<CreateOrganizationParams> = {}): Promise<Organization> {
  orgCount += 1
  const { organization } = await createOrganization(setup.ctx, { organization_name: `SSO Org ${orgCount}`, ...extra })
  return organization
}

async function orgOf(organizationId: string): Promise<Organization> {
  return (await getOrganization(setup.ctx, { organization_id: organizationId })).organization
}

/** An OIDC connection with every field set, so it is active. */
async function activeOidc(organizationId: string, displayName = 'Okta OIDC'): Promise<OidcConnection> {
  const { connection } = await createSsoOidcConnection(setup.ctx, { organization_id: organizationId, display_name: displayName, identity_provider: 'okta' })
  const updated = await updateSsoOidcConnection(setup.ctx, {
    organization_id: organizationId,
    connection_id: connection!.connection_id,
    client_id: 'client-1',
    client_secret: 'secret-1',
    issuer: 'https://idp.example.com',
    authorization_url: 'https://idp.example.com/authorize',
    token_url: 'https://idp.example.com/token',
    userinfo_url: 'https://idp.example.com/userinfo',
    jwks_url: 'https://idp.example.com/jwks',
  })
  expect(updated.connection?.status).toBe('active')
  return updated.connection!
}

/** Logs `email` in through `connectionId` and returns the session token. */
async function ssoSession(connectionId: string, email: string): Promise<string> {
  const result = await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: connectionId, email_address: email }) })
  expect(result.member_authenticated).toBe(true)
  return result.session_token
}

describe('SAML connections', () => {
  it('are created pending, listed on the organization, and become active once configured', async () => {
    const org = await newOrg()
    const { connection } = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id, display_name: 'Okta SAML', identity_provider: 'okta' })
    expect(connection).toMatchObject({
      organization_id: org.organization_id,
      connection_id: expect.stringMatching(/^saml-connection-test-/),
      status: 'pending',
      display_name: 'Okta SAML',
      identity_provider: 'okta',
      verification_certificates: [],
    })
    const id = connection!.connection_id
    expect(connection!.acs_url).toContain(id)
    let stored = await orgOf(org.organization_id)
    expect(stored.sso_active_connections).toEqual([{ connection_id: id, display_name: 'Okta SAML', identity_provider: 'okta' }])
    expect(stored.sso_default_connection_id).toBe(id)

    const updated = await updateSsoSamlConnection(setup.ctx, {
      organization_id: org.organization_id,
      connection_id: id,
      display_name: 'Okta (prod)',
      idp_entity_id: 'https://idp.example.com/entity',
      idp_sso_url: 'https://idp.example.com/sso',
      x509_certificate: CERT_1,
      attribute_mapping: { email: 'NameID', full_name: 'name' },
      saml_connection_implicit_role_assignments: [{ role_id: 'stytch_admin' }],
      saml_group_implicit_role_assignments: [{ role_id: 'stytch_admin', group: 'admins' }],
      alternative_audience_uri: 'https://app.example.com/audience',
    })
    expect(updated.connection).toMatchObject({
      status: 'active',
      display_name: 'Okta (prod)',
      idp_entity_id: 'https://idp.example.com/entity',
      idp_sso_url: 'https://idp.example.com/sso',
      attribute_mapping: { email: 'NameID', full_name: 'name' },
      saml_connection_implicit_role_assignments: [{ role_id: 'stytch_admin' }],
      saml_group_implicit_role_assignments: [{ role_id: 'stytch_admin', group: 'admins' }],
      alternative_audience_uri: 'https://app.example.com/audience',
    })
    expect(updated.connection!.verification_certificates).toEqual([
      {
        certificate_id: expect.stringMatching(/^saml-verification-certificate-test-/),
        certificate: CERT_1,
        issuer: 'CN=Emulator Test IdP, O=Example',
        created_at: '2026-11-26T00:29:50.000Z',
        expires_at: '2036-11-23T00:29:50.000Z',
      },
    ])

    const { saml_connections, oidc_connections, external_connections } = await getSsoConnections(setup.ctx, { organization_id: org.organization_id })
    expect(saml_connections).toEqual([updated.connection])
    expect(oidc_connections).toEqual([])
    expect(external_connections).toEqual([])
    stored = await orgOf(org.organization_id)
    expect(stored.sso_active_connections).toEqual([{ connection_id: id, display_name: 'Okta (prod)', identity_provider: 'okta' }])
  })

  it('keep up to five verification certificates, deleted one by one but never the last of an active connection', async () => {
    const org = await newOrg()
    const { connection } = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    await updateSsoSamlConnection(setup.ctx, { ...ids, idp_entity_id: 'urn:idp', idp_sso_url: 'https://idp.example.com/sso', attribute_mapping: { email: 'mail' }, x509_certificate: CERT_1 })
    // The same certificate again is not a second entry; bare base64 DER is accepted too.
    const der = CERT_2.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')
    await updateSsoSamlConnection(setup.ctx, { ...ids, x509_certificate: CERT_1 })
    const twice = await updateSsoSamlConnection(setup.ctx, { ...ids, x509_certificate: der })
    const [first, second] = twice.connection!.verification_certificates
    expect(twice.connection!.verification_certificates.map((c) => c.issuer)).toEqual(['CN=Emulator Test IdP, O=Example', 'CN=Emulator Test IdP 2, O=Example'])
    expect(second!.certificate).toBe(CERT_2)

    const deleted = await deleteSsoSamlVerificationCertificate(setup.ctx, { ...ids, certificate_id: first!.certificate_id })
    expect(deleted.certificate_id).toBe(first!.certificate_id)
    const { saml_connections } = await getSsoConnections(setup.ctx, { organization_id: org.organization_id })
    expect(saml_connections[0]!.verification_certificates.map((c) => c.certificate_id)).toEqual([second!.certificate_id])

    const again = await apiError(deleteSsoSamlVerificationCertificate(setup.ctx, { ...ids, certificate_id: first!.certificate_id }))
    expect(again).toMatchObject({ status: 404, code: 'verification_certificate_not_found' })
    const last = await apiError(deleteSsoSamlVerificationCertificate(setup.ctx, { ...ids, certificate_id: second!.certificate_id }))
    expect(last).toMatchObject({ status: 400, code: 'last_verification_certificate' })
  })

  it('refuse a malformed certificate, URL or role, and change nothing then', async () => {
    const org = await newOrg()
    const { connection } = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id, display_name: 'before' })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    const badCert = await apiError(updateSsoSamlConnection(setup.ctx, { ...ids, display_name: 'after', x509_certificate: 'not a certificate' }))
    expect(badCert).toMatchObject({ status: 400, code: 'invalid_x509_certificate' })
    const badUrl = await apiError(updateSsoSamlConnection(setup.ctx, { ...ids, idp_sso_url: 'ftp://idp.example.com' }))
    expect(badUrl).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(badUrl.message).toContain('idp_sso_url')
    const badRole = await apiError(updateSsoSamlConnection(setup.ctx, { ...ids, saml_connection_implicit_role_assignments: [{ role_id: 'no_such_role' }] }))
    expect(badRole).toMatchObject({ status: 400, code: 'invalid_request' })
    const { saml_connections } = await getSsoConnections(setup.ctx, { organization_id: org.organization_id })
    expect(saml_connections[0]).toMatchObject({ display_name: 'before', verification_certificates: [], saml_connection_implicit_role_assignments: [] })
  })

  it('remember a metadata URL without fetching it', async () => {
    const org = await newOrg()
    const { connection } = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    const byUrl = await updateSsoSamlByUrl(setup.ctx, { ...ids, metadata_url: 'https://idp.example.com/metadata.xml' })
    expect(byUrl.connection).toEqual(connection)
    expect(setup.emulator.snapshot().sso_connections[ids.connection_id]?.metadata_url).toBe('https://idp.example.com/metadata.xml')
    const bad = await apiError(updateSsoSamlByUrl(setup.ctx, { ...ids, metadata_url: 'not a url' }))
    expect(bad).toMatchObject({ status: 400, code: 'invalid_request' })
    const unknown = await apiError(updateSsoSamlByUrl(setup.ctx, { ...ids, connection_id: 'saml-connection-test-nope', metadata_url: 'https://idp.example.com/m' }))
    expect(unknown).toMatchObject({ status: 404, code: 'sso_connection_not_found' })
  })
})

describe('SAML encryption private keys', () => {
  /** A fresh PEM private key (PKCS#8 from an EC key, PKCS#1 from an RSA key). */
  const ecKey = (): string => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const rsaKey = (): string => generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()

  it('are added by updateSsoSamlConnection, once each, and deleted by id', async () => {
    const org = await newOrg()
    const { connection } = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    expect(connection!.encryption_private_keys).toEqual([])
    const first = ecKey()
    const added = await updateSsoSamlConnection(setup.ctx, { ...ids, saml_encryption_private_key: first })
    expect(added.connection!.encryption_private_keys).toEqual([
      { private_key_id: expect.stringMatching(/^saml-encryption-private-key-test-/), private_key: first.trim(), created_at: expect.any(String) },
    ])
    // The same key again is not a second entry; an RSA key in PKCS#1 is kept as PKCS#8.
    await updateSsoSamlConnection(setup.ctx, { ...ids, saml_encryption_private_key: first })
    const both = await updateSsoSamlConnection(setup.ctx, { ...ids, saml_encryption_private_key: rsaKey() })
    const [kept, second] = both.connection!.encryption_private_keys
    expect(both.connection!.encryption_private_keys).toHaveLength(2)
    expect(second!.private_key).toMatch(/^-----BEGIN PRIVATE KEY-----/)

    const bad = await apiError(updateSsoSamlConnection(setup.ctx, { ...ids, saml_encryption_private_key: 'not a key', display_name: 'changed' }))
    expect(bad).toMatchObject({ status: 400, code: 'invalid_private_key' })
    expect(bad.message).toContain('saml_encryption_private_key')

    const deleted = await deleteSsoSamlEncryptionPrivateKey(setup.ctx, { ...ids, private_key_id: second!.private_key_id })
    expect(deleted.private_key_id).toBe(second!.private_key_id)
    const listed = (await getSsoConnections(setup.ctx, { organization_id: org.organization_id })).saml_connections[0]!
    expect(listed.encryption_private_keys).toEqual([kept])
    expect(listed.display_name).toBe('')
    const again = await apiError(deleteSsoSamlEncryptionPrivateKey(setup.ctx, { ...ids, private_key_id: second!.private_key_id }))
    expect(again).toMatchObject({ status: 404, code: 'encryption_private_key_not_found' })
    const oidc = await activeOidc(org.organization_id)
    const notSaml = await apiError(deleteSsoSamlEncryptionPrivateKey(setup.ctx, { ...ids, connection_id: oidc.connection_id, private_key_id: kept!.private_key_id }))
    expect(notSaml).toMatchObject({ status: 404, code: 'sso_connection_not_found' })
  })

  it('are deleted with member-session authorization by an admin of the organization only', async () => {
    const org = await newOrg()
    const other = await newOrg()
    const oidc = await activeOidc(org.organization_id)
    const otherOidc = await activeOidc(other.organization_id)
    await createMember(setup.ctx, { organization_id: org.organization_id, email_address: 'keys-admin@acme.example', roles: ['stytch_admin'] })
    const asAdmin = { authorization: { session_token: await ssoSession(oidc.connection_id, 'keys-admin@acme.example') } }
    const asPlain = { authorization: { session_token: await ssoSession(oidc.connection_id, 'keys-plain@acme.example') } }
    const asStranger = { authorization: { session_token: await ssoSession(otherOidc.connection_id, 'keys-admin@other.example') } }
    const { connection } = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    const key = (await updateSsoSamlConnection(setup.ctx, { ...ids, saml_encryption_private_key: ecKey() })).connection!.encryption_private_keys[0]!
    const target = { ...ids, private_key_id: key.private_key_id }
    expect(await apiError(deleteSsoSamlEncryptionPrivateKey(setup.ctx, target, asPlain))).toMatchObject({ status: 403, code: 'session_authorization_error' })
    expect(await apiError(deleteSsoSamlEncryptionPrivateKey(setup.ctx, target, asStranger))).toMatchObject({ status: 403, code: 'session_authorization_tenancy_error' })
    expect((await getSsoConnections(setup.ctx, { organization_id: org.organization_id })).saml_connections[0]!.encryption_private_keys).toHaveLength(1)
    expect((await deleteSsoSamlEncryptionPrivateKey(setup.ctx, target, asAdmin)).private_key_id).toBe(key.private_key_id)
    expect((await getSsoConnections(setup.ctx, { organization_id: org.organization_id })).saml_connections[0]!.encryption_private_keys).toEqual([])
  })
})

describe('OIDC connections', () => {
  it('stay pending until every IdP field is set, and warn that no discovery document is fetched', async () => {
    const org = await newOrg()
    const { connection } = await createSsoOidcConnection(setup.ctx, { organization_id: org.organization_id, display_name: 'Entra' })
    expect(connection).toMatchObject({ status: 'pending', display_name: 'Entra', identity_provider: 'generic', client_id: '', issuer: '' })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    expect(connection!.redirect_url).toContain(ids.connection_id)

    const partial = await updateSsoOidcConnection(setup.ctx, { ...ids, issuer: 'https://login.example.com', client_id: 'abc' })
    expect(partial.connection).toMatchObject({ status: 'pending', issuer: 'https://login.example.com', client_id: 'abc' })
    expect(partial.warning).toMatch(/authorization_url, token_url, userinfo_url, jwks_url/)

    const full = await updateSsoOidcConnection(setup.ctx, {
      ...ids,
      client_secret: 's3cret',
      authorization_url: 'https://login.example.com/authorize',
      token_url: 'https://login.example.com/token',
      userinfo_url: 'https://login.example.com/userinfo',
      jwks_url: 'https://login.example.com/jwks',
      custom_scopes: 'groups',
      attribute_mapping: { email: 'email', full_name: 'name' },
    })
    expect(full.connection).toMatchObject({ status: 'active', client_id: 'abc', client_secret: 's3cret', custom_scopes: 'groups' })
    expect(full.warning).toBeUndefined()
    const { oidc_connections } = await getSsoConnections(setup.ctx, { organization_id: org.organization_id })
    expect(oidc_connections).toEqual([full.connection])
  })

  it('are not reachable through the SAML routes, nor from another organization', async () => {
    const org = await newOrg()
    const other = await newOrg()
    const oidc = await activeOidc(org.organization_id)
    const viaSaml = await apiError(updateSsoSamlConnection(setup.ctx, { organization_id: org.organization_id, connection_id: oidc.connection_id, display_name: 'x' }))
    expect(viaSaml).toMatchObject({ status: 404, code: 'sso_connection_not_found' })
    const wrongOrg = await apiError(updateSsoOidcConnection(setup.ctx, { organization_id: other.organization_id, connection_id: oidc.connection_id, display_name: 'x' }))
    expect(wrongOrg).toMatchObject({ status: 404, code: 'sso_connection_not_found' })
    const noOrg = await apiError(createSsoOidcConnection(setup.ctx, { organization_id: 'organization-test-nope' }))
    expect(noOrg).toMatchObject({ status: 404, code: 'organization_not_found' })
  })
})

describe('external connections', () => {
  it('borrow another organization’s connection, follow its status, and keep it from being deleted', async () => {
    const owner = await newOrg()
    const borrower = await newOrg()
    const { connection: source } = await createSsoOidcConnection(setup.ctx, { organization_id: owner.organization_id, display_name: 'Shared IdP' })
    const created = await createSsoExternalConnection(setup.ctx, {
      organization_id: borrower.organization_id,
      external_organization_id: owner.organization_id,
      external_connection_id: source!.connection_id,
      connection_implicit_role_assignments: [{ role_id: 'stytch_member' }],
    })
    expect(created.connection).toMatchObject({
      organization_id: borrower.organization_id,
      connection_id: expect.stringMatching(/^external-connection-test-/),
      external_organization_id: owner.organization_id,
      external_connection_id: source!.connection_id,
      display_name: 'Shared IdP',
      status: 'pending',
      external_connection_implicit_role_assignments: [{ role_id: 'stytch_member' }],
      external_group_implicit_role_assignments: [],
    })
    const ids = { organization_id: borrower.organization_id, connection_id: created.connection!.connection_id }
    const updated = await updateSsoExternalConnection(setup.ctx, { ...ids, display_name: 'Partner SSO', external_group_implicit_role_assignments: [{ role_id: 'stytch_admin', group: 'ops' }] })
    expect(updated.connection).toMatchObject({ display_name: 'Partner SSO', external_group_implicit_role_assignments: [{ role_id: 'stytch_admin', group: 'ops' }] })

    // Configuring the source activates the external connection too.
    await updateSsoOidcConnection(setup.ctx, {
      organization_id: owner.organization_id,
      connection_id: source!.connection_id,
      client_id: 'c',
      client_secret: 's',
      issuer: 'https://idp.example.com',
      authorization_url: 'https://idp.example.com/a',
      token_url: 'https://idp.example.com/t',
      userinfo_url: 'https://idp.example.com/u',
      jwks_url: 'https://idp.example.com/j',
    })
    const { external_connections } = await getSsoConnections(setup.ctx, { organization_id: borrower.organization_id })
    expect(external_connections).toEqual([{ ...updated.connection, status: 'active' }])
    expect((await orgOf(borrower.organization_id)).sso_active_connections).toEqual([{ connection_id: ids.connection_id, display_name: 'Partner SSO', identity_provider: 'generic' }])

    const inUse = await apiError(deleteSsoConnection(setup.ctx, { organization_id: owner.organization_id, connection_id: source!.connection_id }))
    expect(inUse).toMatchObject({ status: 400, code: 'sso_connection_in_use' })
    expect(inUse.message).toContain(ids.connection_id)
    await deleteSsoConnection(setup.ctx, ids)
    await deleteSsoConnection(setup.ctx, { organization_id: owner.organization_id, connection_id: source!.connection_id })
  })

  it('refuse a source in the same organization or one that does not exist', async () => {
    const org = await newOrg()
    const other = await newOrg()
    const own = await activeOidc(org.organization_id)
    const same = await apiError(createSsoExternalConnection(setup.ctx, { organization_id: org.organization_id, external_organization_id: org.organization_id, external_connection_id: own.connection_id }))
    expect(same).toMatchObject({ status: 400, code: 'invalid_request' })
    const missing = await apiError(createSsoExternalConnection(setup.ctx, { organization_id: other.organization_id, external_organization_id: org.organization_id, external_connection_id: 'oidc-connection-test-nope' }))
    expect(missing).toMatchObject({ status: 404, code: 'sso_connection_not_found' })
  })
})

describe('deleting connections', () => {
  it('removes them from the organization, moving the default to the next one', async () => {
    const org = await newOrg()
    const first = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id, display_name: 'first' })
    const second = await createSsoOidcConnection(setup.ctx, { organization_id: org.organization_id, display_name: 'second' })
    const firstId = first.connection!.connection_id
    const secondId = second.connection!.connection_id
    expect((await orgOf(org.organization_id)).sso_default_connection_id).toBe(firstId)

    const deleted = await deleteSsoConnection(setup.ctx, { organization_id: org.organization_id, connection_id: firstId })
    expect(deleted.connection_id).toBe(firstId)
    const after = await orgOf(org.organization_id)
    expect(after.sso_active_connections).toEqual([{ connection_id: secondId, display_name: 'second', identity_provider: 'generic' }])
    expect(after.sso_default_connection_id).toBe(secondId)
    const listed = await getSsoConnections(setup.ctx, { organization_id: org.organization_id })
    expect(listed.saml_connections).toEqual([])
    expect(listed.oidc_connections.map((c) => c.connection_id)).toEqual([secondId])

    const again = await apiError(deleteSsoConnection(setup.ctx, { organization_id: org.organization_id, connection_id: firstId }))
    expect(again).toMatchObject({ status: 404, code: 'sso_connection_not_found' })
    await deleteSsoConnection(setup.ctx, { organization_id: org.organization_id, connection_id: secondId })
    const empty = await orgOf(org.organization_id)
    expect(empty.sso_active_connections).toEqual([])
    expect(empty.sso_default_connection_id).toBe('')
  })

  it('keeps the organization’s connection list equal to its connections, whatever the order of changes', async () => {
    const org = await newOrg()
    const op = fc.oneof(
      fc.record({ kind: fc.constantFrom('saml' as const, 'oidc' as const), name: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('delete' as const), index: fc.nat(5) }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 6 }), async (ops) => {
        const { saml_connections, oidc_connections } = await getSsoConnections(setup.ctx, { organization_id: org.organization_id })
        const live = [...saml_connections, ...oidc_connections].map((c) => c.connection_id)
        for (const o of ops) {
          if (o.kind === 'delete') {
            const id = live[o.index % Math.max(live.length, 1)]
            if (id === undefined) continue
            await deleteSsoConnection(setup.ctx, { organization_id: org.organization_id, connection_id: id })
            live.splice(live.indexOf(id), 1)
          } else {
            const create = o.kind === 'saml' ? createSsoSamlConnection : createSsoOidcConnection
            const { connection } = await create(setup.ctx, { organization_id: org.organization_id, display_name: o.name })
            live.push(connection!.connection_id)
          }
        }
        const stored = await orgOf(org.organization_id)
        expect(stored.sso_active_connections.map((c) => c.connection_id).sort()).toEqual([...live].sort())
        if (live.length === 0) expect(stored.sso_default_connection_id).toBe('')
        else expect(live).toContain(stored.sso_default_connection_id)
      }),
      { numRuns: 15 },
    )
  })
})

describe('member-session authorization headers', () => {
  it('let an admin manage connections, refuse a plain member, and refuse another organization', async () => {
    const org = await newOrg()
    const other = await newOrg()
    const oidc = await activeOidc(org.organization_id)
    const otherOidc = await activeOidc(other.organization_id)
    await createMember(setup.ctx, { organization_id: org.organization_id, email_address: 'admin@acme.example', roles: ['stytch_admin'] })
    const admin = await ssoSession(oidc.connection_id, 'admin@acme.example')
    const plain = await ssoSession(oidc.connection_id, 'plain@acme.example')
    const stranger = await ssoSession(otherOidc.connection_id, 'admin@other.example')

    const created = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id, display_name: 'by admin' }, { authorization: { session_token: admin } })
    expect(created.connection?.display_name).toBe('by admin')
    const listed = await getSsoConnections(setup.ctx, { organization_id: org.organization_id }, { authorization: { session_token: admin } })
    expect(listed.saml_connections).toHaveLength(1)

    const denied = await apiError(
      deleteSsoConnection(setup.ctx, { organization_id: org.organization_id, connection_id: created.connection!.connection_id }, { authorization: { session_token: plain } }),
    )
    expect(denied).toMatchObject({ status: 403, code: 'session_authorization_error' })
    const tenancy = await apiError(getSsoConnections(setup.ctx, { organization_id: org.organization_id }, { authorization: { session_token: stranger } }))
    expect(tenancy).toMatchObject({ status: 403, code: 'session_authorization_tenancy_error' })
    // The denied delete changed nothing.
    expect((await getSsoConnections(setup.ctx, { organization_id: org.organization_id })).saml_connections).toHaveLength(1)
  })

  it('are enforced on every connection route: a plain member is refused each one, an admin is not', async () => {
    const org = await newOrg()
    const other = await newOrg()
    const oidc = await activeOidc(org.organization_id)
    const source = await activeOidc(other.organization_id)
    await createMember(setup.ctx, { organization_id: org.organization_id, email_address: 'admin2@acme.example', roles: ['stytch_admin'] })
    const asAdmin = { authorization: { session_token: await ssoSession(oidc.connection_id, 'admin2@acme.example') } }
    const asPlain = { authorization: { session_token: await ssoSession(oidc.connection_id, 'plain2@acme.example') } }
    const organization_id = org.organization_id
    const saml = (await createSsoSamlConnection(setup.ctx, { organization_id }, asAdmin)).connection!
    const samlIds = { organization_id, connection_id: saml.connection_id }
    const external = { organization_id, external_organization_id: other.organization_id, external_connection_id: source.connection_id }
    const calls: Array<[string, (options: typeof asAdmin) => Promise<unknown>]> = [
      ['createSsoOidcConnection', (o) => createSsoOidcConnection(setup.ctx, { organization_id, display_name: 'OIDC by header' }, o)],
      ['updateSsoOidcConnection', (o) => updateSsoOidcConnection(setup.ctx, { organization_id, connection_id: oidc.connection_id, display_name: 'Renamed' }, o)],
      ['updateSsoSamlConnection', (o) => updateSsoSamlConnection(setup.ctx, { ...samlIds, display_name: 'SAML renamed' }, o)],
      ['updateSsoSamlByUrl', (o) => updateSsoSamlByUrl(setup.ctx, { ...samlIds, metadata_url: 'https://idp.example.com/metadata' }, o)],
      ['createSsoExternalConnection', (o) => createSsoExternalConnection(setup.ctx, external, o)],
    ]
    for (const [name, call] of calls) {
      expect(await apiError(call(asPlain)), name).toMatchObject({ status: 403, code: 'session_authorization_error' })
      await call(asAdmin)
    }
    const externalId = (await getSsoConnections(setup.ctx, { organization_id })).external_connections[0]!.connection_id
    expect(await apiError(updateSsoExternalConnection(setup.ctx, { organization_id, connection_id: externalId, display_name: 'x' }, asPlain))).toMatchObject({ code: 'session_authorization_error' })
    await updateSsoExternalConnection(setup.ctx, { organization_id, connection_id: externalId, display_name: 'External renamed' }, asAdmin)
    const certificateId = 'certificate-test-unknown'
    expect(await apiError(deleteSsoSamlVerificationCertificate(setup.ctx, { ...samlIds, certificate_id: certificateId }, asPlain))).toMatchObject({ code: 'session_authorization_error' })
    expect(await apiError(deleteSsoSamlVerificationCertificate(setup.ctx, { ...samlIds, certificate_id: certificateId }, asAdmin))).toMatchObject({ status: 404 })
    const after = await getSsoConnections(setup.ctx, { organization_id })
    expect(after.saml_connections[0]?.display_name).toBe('SAML renamed')
    expect(after.external_connections[0]?.display_name).toBe('External renamed')
  })
})

describe('SSO login', () => {
  it('JIT-provisions a new member, registers the connection, and starts a session', async () => {
    const org = await newOrg()
    const oidc = await activeOidc(org.organization_id)
    const token = await mintToken(setup.emulator, 'sso', { connection_id: oidc.connection_id, email_address: 'New.Person@Acme.example', name: 'New Person', idp_subject: 'idp-user-1' })
    const result = await authenticateSso(setup.ctx, { sso_token: token, session_duration_minutes: 30, session_custom_claims: { team: 'blue' } })
    expect(result).toMatchObject({
      organization_id: org.organization_id,
      member_authenticated: true,
      reset_session: false,
      intermediate_session_token: '',
      member: { email_address: 'new.person@acme.example', name: 'New Person', status: 'active' },
    })
    expect(result.member.sso_registrations).toEqual([
      { connection_id: oidc.connection_id, external_id: 'idp-user-1', registration_id: expect.stringMatching(/^oidc-registration-test-/), sso_attributes: expect.any(Object) },
    ])
    const factor = result.member_session!.authentication_factors[0]
    expect(factor).toMatchObject({ type: 'sso', delivery_method: 'sso_oidc', oidc_sso_factor: { provider_id: oidc.connection_id, external_id: 'idp-user-1' } })
    expect(result.member_session!.custom_claims).toEqual({ team: 'blue' })
    const session = await authenticateSession(setup.ctx, { session_token: result.session_token })
    expect(session.member.member_id).toBe(result.member_id)

    const reused = await apiError(authenticateSso(setup.ctx, { sso_token: token }))
    expect(reused).toMatchObject({ status: 404, code: 'sso_token_not_found' })
  })

  it('finds an existing member by email instead of creating one', async () => {
    const org = await newOrg({ sso_jit_provisioning: 'NOT_ALLOWED' })
    const oidc = await activeOidc(org.organization_id)
    const { member } = await createMember(setup.ctx, { organization_id: org.organization_id, email_address: 'known@acme.example' })
    const result = await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: oidc.connection_id, email_address: 'KNOWN@acme.example' }) })
    expect(result.member_id).toBe(member.member_id)
    // A second login updates the registration instead of adding one.
    const again = await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: oidc.connection_id, email_address: 'known@acme.example', idp_subject: 'renamed' }) })
    expect(again.member.sso_registrations).toHaveLength(1)
    expect(again.member.sso_registrations[0]!.external_id).toBe('renamed')

    const refused = await apiError(authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: oidc.connection_id, email_address: 'stranger@acme.example' }) }))
    expect(refused).toMatchObject({ status: 403, code: 'sso_jit_provisioning_not_allowed' })
  })

  it('JIT-provisions through RESTRICTED connections only when they are allowed', async () => {
    const org = await newOrg()
    const allowed = await activeOidc(org.organization_id, 'allowed')
    const other = await activeOidc(org.organization_id, 'other')
    await updateOrganization(setup.ctx, { organization_id: org.organization_id, sso_jit_provisioning: 'RESTRICTED', sso_jit_provisioning_allowed_connections: [allowed.connection_id] })
    const denied = await apiError(authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: other.connection_id, email_address: 'a@acme.example' }) }))
    expect(denied).toMatchObject({ status: 403, code: 'sso_jit_provisioning_not_allowed' })
    const ok = await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: allowed.connection_id, email_address: 'a@acme.example' }) })
    expect(ok.member_authenticated).toBe(true)
  })

  it('logs in through SAML with the roles the connection and the asserted groups grant', async () => {
    const org = await newOrg()
    const { connection } = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    // A pending connection cannot log anyone in.
    const pending = await emulatorPost(setup.emulator, '/emulator/sso/token', { connection_id: ids.connection_id, email_address: 'x@acme.example' })
    expect(pending).toMatchObject({ status: 400, json: { error_type: 'sso_connection_not_active' } })
    await updateSsoSamlConnection(setup.ctx, {
      ...ids,
      idp_entity_id: 'urn:idp',
      idp_sso_url: 'https://idp.example.com/sso',
      attribute_mapping: { email: 'mail' },
      x509_certificate: CERT_1,
      saml_group_implicit_role_assignments: [{ role_id: 'stytch_admin', group: 'admins' }],
    })
    const admin = await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { ...ids, email_address: 'g@acme.example', groups: ['admins'] }) })
    expect(admin.member_session!.authentication_factors[0]).toMatchObject({ delivery_method: 'sso_saml', saml_sso_factor: { provider_id: ids.connection_id } })
    // Attributes without an entry in the mapping keep Stytch's field names.
    expect(admin.member.sso_registrations[0]?.sso_attributes).toEqual({ mail: 'g@acme.example', groups: ['admins'] })
    expect(admin.member_session!.roles.sort()).toEqual(['stytch_admin', 'stytch_member'])
    expect(admin.member.roles.find((r) => r.role_id === 'stytch_admin')?.sources).toEqual([{ type: 'sso_connection_group', details: { connection_id: ids.connection_id, group: 'admins' } }])
    const plain = await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { ...ids, email_address: 'p@acme.example' }) })
    expect(plain.member_session!.roles).toEqual(['stytch_member'])
  })

  it('records what a SAML IdP asserted under the attribute names of the connection’s mapping', async () => {
    const org = await newOrg()
    const { connection } = await createSsoSamlConnection(setup.ctx, { organization_id: org.organization_id })
    const ids = { organization_id: org.organization_id, connection_id: connection!.connection_id }
    await updateSsoSamlConnection(setup.ctx, {
      ...ids,
      idp_entity_id: 'urn:idp',
      idp_sso_url: 'https://idp.example.com/sso',
      attribute_mapping: { email: 'mail', full_name: 'displayName', groups: 'memberOf' },
      x509_certificate: CERT_1,
      saml_group_implicit_role_assignments: [{ role_id: 'stytch_admin', group: 'ops' }],
    })
    const token = await mintToken(setup.emulator, 'sso', { ...ids, email_address: 'Ada@acme.example', name: 'Ada L', idp_subject: 'nameid-ada', groups: ['ops'], attributes: { department: 'Engineering' } })
    const result = await authenticateSso(setup.ctx, { sso_token: token })
    expect(result.member.sso_registrations).toEqual([
      {
        connection_id: ids.connection_id,
        external_id: 'nameid-ada',
        registration_id: expect.stringMatching(/^saml-registration-test-/),
        sso_attributes: { mail: 'ada@acme.example', displayName: 'Ada L', memberOf: ['ops'], department: 'Engineering' },
      },
    ])
    // The group under the mapped name grants the group's role.
    expect(result.member_session!.roles.sort()).toEqual(['stytch_admin', 'stytch_member'])
    expect(result.member_session!.authentication_factors[0]?.saml_sso_factor).toEqual({ id: result.member.sso_registrations[0]!.registration_id, provider_id: ids.connection_id, external_id: 'nameid-ada' })
    // SAML hands over no IdP tokens: none are kept, and the IdP stand-in refuses to mint them.
    expect((await getMemberOidcProviders(setup.ctx, { organization_id: org.organization_id, member_id: result.member_id })).registrations).toEqual([])
    const withTokens = await emulatorPost(setup.emulator, '/emulator/sso/token', { ...ids, email_address: 'ada@acme.example', access_token: 'at' })
    expect(withTokens).toMatchObject({ status: 400, json: { error_type: 'invalid_request' } })
    expect(String(withTokens.json['error_message'])).toContain('access_token')
  })

  it('leaves a member of an MFA-required organization with an intermediate session', async () => {
    const org = await newOrg({ mfa_policy: 'REQUIRED_FOR_ALL' })
    const oidc = await activeOidc(org.organization_id)
    const result = await authenticateSso(setup.ctx, { sso_token: await mintToken(setup.emulator, 'sso', { connection_id: oidc.connection_id, email_address: 'mfa@acme.example' }) })
    expect(result).toMatchObject({ member_authenticated: false, session_token: '', session_jwt: '', member: { email_address: 'mfa@acme.example' } })
    expect(result.intermediate_session_token).not.toBe('')
    expect(result.member_session).toBeUndefined()
    expect(result.mfa_required).toBeDefined()
  })

  it('checks the PKCE verifier when the token carries a challenge', async () => {
    const org = await newOrg()
    const oidc = await activeOidc(org.organization_id)
    const verifier = 'verifier-0123456789-0123456789-0123456789-abcdef'
    const { createHash } = await import('node:crypto')
    const challenge = createHash('sha256').update(verifier).digest('base64url')
    const token = await mintToken(setup.emulator, 'sso', { connection_id: oidc.connection_id, email_address: 'pkce@acme.example', pkce_code_challenge: challenge })
    const wrong = await apiError(authenticateSso(setup.ctx, { sso_token: token, pkce_code_verifier: 'something-else' }))
    expect(wrong).toMatchObject({ status: 400, code: 'pkce_mismatch' })
    // The failed attempt was rolled back, so the right verifier still works.
    const right = await authenticateSso(setup.ctx, { sso_token: token, pkce_code_verifier: verifier })
    expect(right.member_authenticated).toBe(true)
  })

  it('refuses tokens for unknown connections and unknown tokens', async () => {
    const unknown = await emulatorPost(setup.emulator, '/emulator/sso/token', { connection_id: 'oidc-connection-test-nope', email_address: 'a@acme.example' })
    expect(unknown).toMatchObject({ status: 404, json: { error_type: 'sso_connection_not_found' } })
    const badEmail = await emulatorPost(setup.emulator, '/emulator/sso/token', { connection_id: 'oidc-connection-test-nope', email_address: 'not-an-email' })
    expect(badEmail).toMatchObject({ status: 400, json: { error_type: 'invalid_request' } })
    const noToken = await apiError(authenticateSso(setup.ctx, { sso_token: 'no-such-token' }))
    expect(noToken).toMatchObject({ status: 404, code: 'sso_token_not_found' })
  })
})
