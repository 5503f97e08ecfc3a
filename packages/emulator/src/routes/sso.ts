import { createPrivateKey, X509Certificate } from 'node:crypto'
import type {
  AuthenticateSsoResponse,
  AuthenticationFactor,
  Connection,
  CreateSsoExternalConnectionResponse,
  CreateSsoOidcConnectionResponse,
  CreateSsoSamlConnectionResponse,
  DeleteSsoConnectionResponse,
  DeleteSsoSamlEncryptionPrivateKeyResponse,
  DeleteSsoSamlVerificationCertificateResponse,
  EncryptionPrivateKey,
  GetSsoConnectionsResponse,
  OidcConnection,
  Organization,
  SamlConnection,
  SsoX509Certificate,
  UpdateSsoExternalConnectionResponse,
  UpdateSsoOidcConnectionResponse,
  UpdateSsoSamlByUrlResponse,
  UpdateSsoSamlConnectionResponse,
} from 'stytch-b2b'
import { completeAuthentication, consumeToken, issueToken } from '../auth.js'
import { type Body, optInt, optObject, optObjects, optStr, optStrings, str } from '../body.js'
import { type Emulator, type RequestContext, type Route, iso, newId, newToken, type Answer, inOrganization } from '../core.js'
import { badRequest, fail } from '../errors.js'
import { addMember, checkRoles, findMemberByEmail, getOrg, newMemberRecord, normalizeEmail } from '../model.js'
import { groupsAttribute } from '../sso.js'
import type { MemberRecord, SsoRecord } from '../state.js'
import { copy } from '../tracking.js'

// SSO connections (SAML, OIDC, external) and the SSO login. The emulator talks to no identity
// provider: `POST /emulator/sso/token` plays the IdP callback and mints the token that
// `authenticateSso` redeems.

/** Where Stytch's callbacks for a connection live (ACS URL, audience URI, OIDC redirect URL). */
const CALLBACK_BASE = 'https://test.stytch.com/v1/b2b/sso/callback'
/** Stytch keeps at most this many verification certificates per SAML connection. */
export const MAX_VERIFICATION_CERTIFICATES = 5
/** How long a token minted by `POST /emulator/sso/token` can be redeemed. */
export const SSO_TOKEN_MINUTES = 10
/** Lifetime of the OIDC access tokens the emulator makes up, unless `/emulator/sso/token` says otherwise. */
export const OIDC_TOKEN_SECONDS = 3600

const OIDC_REQUIRED = ['issuer', 'client_id', 'client_secret', 'authorization_url', 'token_url', 'userinfo_url', 'jwks_url'] as const
const OIDC_URLS = new Set(['issuer', 'authorization_url', 'token_url', 'userinfo_url', 'jwks_url'])
const TYPE_LABEL = { saml: 'SAML', oidc: 'OIDC', external: 'external' } as const

// ---- lookups and views ------------------------------------------------------------------------

/** A connection of the organization, optionally of one type; 404 `sso_connection_not_found` otherwise. */
function getConnection<T extends SsoRecord['type']>(em: Emulator, organizationId: string, connectionId: string, type?: T): SsoRecord & { type: T } {
  const record = em.state.sso_connections[connectionId]
  if (!record || record.organization_id !== organizationId || (type !== undefined && record.type !== type)) {
    const kind = type === undefined ? 'SSO' : TYPE_LABEL[type]
    return fail(404, 'sso_connection_not_found', `No ${kind} connection with id ${JSON.stringify(connectionId)} exists in organization ${JSON.stringify(organizationId)}.`)
  }
  return record as SsoRecord & { type: T }
}

function saml(record: SsoRecord): SamlConnection {
  return record.connection as SamlConnection
}

function oidc(record: SsoRecord): OidcConnection {
  return record.connection as OidcConnection
}

function external(record: SsoRecord): Connection {
  return record.connection as Connection
}

/** The SAML or OIDC connection an external connection borrows (undefined when it is gone). */
function sourceOf(em: Emulator, record: SsoRecord): SsoRecord | undefined {
  if (record.type !== 'external') return record
  const source = em.state.sso_connections[external(record).external_connection_id]
  return source && source.type !== 'external' ? source : undefined
}

/** An external connection as the API shows it: its status follows the connection it borrows. */
function viewExternal(em: Emulator, record: SsoRecord): Connection {
  const source = sourceOf(em, record)
  return copy({ ...external(record), status: source ? source.connection.status : 'inactive' })
}

/** The protocol a login through this connection uses (`saml` or `oidc`). */
function protocolOf(em: Emulator, record: SsoRecord): 'saml' | 'oidc' | undefined {
  return sourceOf(em, record)?.type as 'saml' | 'oidc' | undefined
}

function samlStatus(c: SamlConnection): string {
  const complete = c.idp_sso_url !== '' && c.idp_entity_id !== '' && c.verification_certificates.length > 0 && Object.keys(c.attribute_mapping ?? {}).length > 0
  return complete ? 'active' : 'pending'
}

function oidcStatus(c: OidcConnection): string {
  return OIDC_REQUIRED.every((field) => c[field] !== '') ? 'active' : 'pending'
}

// ---- the organization's view of its connections -----------------------------------------------

/** Adds the connection to `sso_active_connections` (or renames it there); the first becomes the default. */
function listOnOrganization(em: Emulator, org: Organization, connection: { connection_id: string; display_name: string; identity_provider?: string }): void {
  const { connection_id, display_name } = connection
  const identity_provider = connection.identity_provider ?? 'generic'
  const entry = org.sso_active_connections.find((c) => c.connection_id === connection_id)
  if (entry) Object.assign(entry, { display_name, identity_provider })
  else org.sso_active_connections.push({ connection_id, display_name, identity_provider })
  if (!org.sso_default_connection_id) org.sso_default_connection_id = connection_id
  org.updated_at = iso(em)
}

/** Removes every trace of a deleted connection from its organization and the members' registrations. */
function unlistFromOrganization(em: Emulator, org: Organization, connectionId: string): void {
  org.sso_active_connections = org.sso_active_connections.filter((c) => c.connection_id !== connectionId)
  org.sso_jit_provisioning_allowed_connections = org.sso_jit_provisioning_allowed_connections.filter((id) => id !== connectionId)
  if (org.sso_default_connection_id === connectionId) org.sso_default_connection_id = org.sso_active_connections[0]?.connection_id ?? ''
  org.updated_at = iso(em)
  for (const record of Object.values(em.state.members)) {
    if (record.member.organization_id !== org.organization_id) continue
    const kept = record.member.sso_registrations.filter((r) => r.connection_id !== connectionId)
    if (kept.length !== record.member.sso_registrations.length) record.member.sso_registrations = kept
  }
}

// ---- params -----------------------------------------------------------------------------------

/** `[{ role_id }]` with roles of the policy or the organization's custom roles. */
function roleAssignments(em: Emulator, body: Body, field: string, organizationId: string): { role_id: string }[] | undefined {
  const list = optObjects(body, field)
  if (list === undefined) return undefined
  const out = list.map((a, i) => {
    if (typeof a['role_id'] !== 'string' || a['role_id'] === '') badRequest(`${field}[${i}].role_id`, 'a non-empty string is required')
    return { role_id: a['role_id'] }
  })
  checkRoles(em, out.map((a) => a.role_id), field, organizationId)
  return out
}

/** `[{ role_id, group }]` with roles of the policy or the organization's custom roles. */
function groupAssignments(em: Emulator, body: Body, field: string, organizationId: string): { role_id: string; group: string }[] | undefined {
  const list = optObjects(body, field)
  if (list === undefined) return undefined
  const out = list.map((a, i) => {
    if (typeof a['role_id'] !== 'string' || a['role_id'] === '') badRequest(`${field}[${i}].role_id`, 'a non-empty string is required')
    if (typeof a['group'] !== 'string' || a['group'] === '') badRequest(`${field}[${i}].group`, 'a non-empty string is required')
    return { role_id: a['role_id'], group: a['group'] }
  })
  checkRoles(em, out.map((a) => a.role_id), field, organizationId)
  return out
}

/** An optional absolute http(s) URL. */
function optUrl(body: Body, field: string): string | undefined {
  const value = optStr(body, field)
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return badRequest(field, 'must be an absolute URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') badRequest(field, 'must be an http or https URL')
  return value
}

/** An attribute mapping: IdP attribute names by Stytch field, all strings. */
function attributeMapping(body: Body): Record<string, unknown> | undefined {
  const mapping = optObject(body, 'attribute_mapping')
  if (mapping === undefined) return undefined
  for (const [key, value] of Object.entries(mapping)) {
    if (typeof value !== 'string') badRequest(`attribute_mapping.${key}`, 'must be a string (the IdP attribute name)')
  }
  return mapping
}

/** Parses a PEM (or bare base64 DER) X.509 certificate into a verification certificate entry. */
function verificationCertificate(value: string): SsoX509Certificate {
  const pem = value.includes('-----BEGIN')
    ? value
    : `-----BEGIN CERTIFICATE-----\n${(value.replace(/\s+/g, '').match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----\n`
  let cert: X509Certificate
  try {
    cert = new X509Certificate(pem)
  } catch {
    return fail(400, 'invalid_x509_certificate', 'x509_certificate: not a PEM (or base64 DER) encoded X.509 certificate.')
  }
  return {
    certificate_id: newId('saml-verification-certificate'),
    certificate: cert.toString().trim(),
    issuer: cert.issuer.split('\n').join(', '),
    created_at: new Date(cert.validFrom).toISOString(),
    expires_at: new Date(cert.validTo).toISOString(),
  }
}

/** A PEM private key (PKCS#8 or PKCS#1) that decrypts assertions, as a new `encryption_private_keys` entry. */
function encryptionPrivateKey(em: Emulator, value: string): EncryptionPrivateKey {
  let pem: string
  try {
    pem = createPrivateKey(value).export({ type: 'pkcs8', format: 'pem' }).toString().trim()
  } catch {
    return fail(400, 'invalid_private_key', 'saml_encryption_private_key: not a PEM encoded private key.')
  }
  return { private_key_id: newId('saml-encryption-private-key'), private_key: pem, created_at: iso(em) }
}

/** The organization of the path. */
function ssoOrg(rc: RequestContext): Organization {
  return getOrg(rc.em, rc.params['organization_id'] ?? '')
}

function connectionIdParam(rc: RequestContext): string {
  return rc.params['connection_id'] ?? ''
}

// ---- handlers ---------------------------------------------------------------------------------

async function createSaml(rc: RequestContext): Promise<Answer<CreateSsoSamlConnectionResponse>> {
  const { em, body } = rc
  const org = ssoOrg(rc)
  const id = newId('saml-connection')
  const connection: SamlConnection = {
    organization_id: org.organization_id,
    connection_id: id,
    status: 'pending',
    idp_entity_id: '',
    display_name: optStr(body, 'display_name') ?? '',
    idp_sso_url: '',
    acs_url: `${CALLBACK_BASE}/${id}`,
    audience_uri: `${CALLBACK_BASE}/${id}`,
    signing_certificates: [],
    verification_certificates: [],
    encryption_private_keys: [],
    saml_connection_implicit_role_assignments: [],
    saml_group_implicit_role_assignments: [],
    alternative_audience_uri: '',
    identity_provider: optStr(body, 'identity_provider') ?? 'generic',
    nameid_format: '',
    alternative_acs_url: '',
    idp_initiated_auth_disabled: false,
    allow_gateway_callback: false,
    attribute_mapping: {},
  }
  em.state.sso_connections[id] = { type: 'saml', organization_id: org.organization_id, connection }
  listOnOrganization(em, org, connection)
  return { connection: copy(connection) }
}

async function updateSaml(rc: RequestContext): Promise<Answer<UpdateSsoSamlConnectionResponse>> {
  const { em, body } = rc
  const org = ssoOrg(rc)
  const record = getConnection(em, org.organization_id, connectionIdParam(rc), 'saml')
  const c = saml(record)
  // Validate every field before changing anything.
  const entityId = optStr(body, 'idp_entity_id')
  const displayName = optStr(body, 'display_name')
  const mapping = attributeMapping(body)
  const pem = optStr(body, 'x509_certificate')
  const certificate = pem === undefined ? undefined : verificationCertificate(pem)
  const ssoUrl = optUrl(body, 'idp_sso_url')
  const connectionRoles = roleAssignments(em, body, 'saml_connection_implicit_role_assignments', org.organization_id)
  const groupRoles = groupAssignments(em, body, 'saml_group_implicit_role_assignments', org.organization_id)
  const audience = optStr(body, 'alternative_audience_uri')
  const provider = optStr(body, 'identity_provider')
  const keyPem = optStr(body, 'saml_encryption_private_key')
  const encryptionKey = keyPem === undefined ? undefined : encryptionPrivateKey(em, keyPem)
  const isNewCertificate = certificate !== undefined && !c.verification_certificates.some((v) => v.certificate === certificate.certificate)
  if (isNewCertificate && c.verification_certificates.length >= MAX_VERIFICATION_CERTIFICATES) {
    fail(400, 'too_many_verification_certificates', `x509_certificate: a SAML connection holds at most ${MAX_VERIFICATION_CERTIFICATES} verification certificates; delete one first.`)
  }

  if (entityId !== undefined) c.idp_entity_id = entityId
  if (displayName !== undefined) c.display_name = displayName
  if (mapping !== undefined) c.attribute_mapping = mapping
  if (certificate !== undefined && isNewCertificate) c.verification_certificates.push(certificate)
  if (ssoUrl !== undefined) c.idp_sso_url = ssoUrl
  if (connectionRoles !== undefined) c.saml_connection_implicit_role_assignments = connectionRoles
  if (groupRoles !== undefined) c.saml_group_implicit_role_assignments = groupRoles
  if (audience !== undefined) c.alternative_audience_uri = audience
  if (provider !== undefined) c.identity_provider = provider
  // A key the connection already holds is not added twice.
  if (encryptionKey !== undefined && !c.encryption_private_keys.some((k) => k.private_key === encryptionKey.private_key)) c.encryption_private_keys.push(encryptionKey)
  c.status = samlStatus(c)
  listOnOrganization(em, org, c)
  return { connection: copy(c) }
}

async function updateSamlByUrl(rc: RequestContext): Promise<Answer<UpdateSsoSamlByUrlResponse>> {
  const { em, body } = rc
  const org = ssoOrg(rc)
  const record = getConnection(em, org.organization_id, connectionIdParam(rc), 'saml')
  const url = optUrl(body, 'metadata_url') ?? badRequest('metadata_url', 'a non-empty string is required')
  // The emulator fetches nothing: it remembers the URL and leaves the connection's IdP settings as they are.
  record.metadata_url = url
  em.log(`sso: metadata URL of ${record.connection.connection_id} stored, not fetched: ${url}`)
  return { connection: copy(saml(record)) }
}

async function deleteCertificate(rc: RequestContext): Promise<Answer<DeleteSsoSamlVerificationCertificateResponse>> {
  const { em } = rc
  const org = ssoOrg(rc)
  const c = saml(getConnection(em, org.organization_id, connectionIdParam(rc), 'saml'))
  const certificateId = rc.params['certificate_id'] ?? ''
  if (!c.verification_certificates.some((v) => v.certificate_id === certificateId)) {
    fail(404, 'verification_certificate_not_found', `SAML connection ${c.connection_id} has no verification certificate with id ${JSON.stringify(certificateId)}.`)
  }
  if (c.status === 'active' && c.verification_certificates.length === 1) {
    fail(400, 'last_verification_certificate', `certificate_id: an active SAML connection keeps at least one verification certificate; add another before deleting ${certificateId}.`)
  }
  c.verification_certificates = c.verification_certificates.filter((v) => v.certificate_id !== certificateId)
  return { certificate_id: certificateId }
}

async function deleteEncryptionKey(rc: RequestContext): Promise<Answer<DeleteSsoSamlEncryptionPrivateKeyResponse>> {
  const c = saml(getConnection(rc.em, ssoOrg(rc).organization_id, connectionIdParam(rc), 'saml'))
  const keyId = rc.params['private_key_id'] ?? ''
  if (!c.encryption_private_keys.some((k) => k.private_key_id === keyId)) {
    fail(404, 'encryption_private_key_not_found', `SAML connection ${c.connection_id} has no encryption private key with id ${JSON.stringify(keyId)}.`)
  }
  c.encryption_private_keys = c.encryption_private_keys.filter((k) => k.private_key_id !== keyId)
  return { private_key_id: keyId }
}

async function createOidc(rc: RequestContext): Promise<Answer<CreateSsoOidcConnectionResponse>> {
  const { em, body } = rc
  const org = ssoOrg(rc)
  const id = newId('oidc-connection')
  const connection: OidcConnection = {
    organization_id: org.organization_id,
    connection_id: id,
    status: 'pending',
    display_name: optStr(body, 'display_name') ?? '',
    redirect_url: `${CALLBACK_BASE}/${id}`,
    client_id: '',
    client_secret: '',
    issuer: '',
    authorization_url: '',
    token_url: '',
    userinfo_url: '',
    jwks_url: '',
    identity_provider: optStr(body, 'identity_provider') ?? 'generic',
    custom_scopes: '',
    attribute_mapping: {},
  }
  em.state.sso_connections[id] = { type: 'oidc', organization_id: org.organization_id, connection }
  listOnOrganization(em, org, connection)
  return { connection: copy(connection) }
}

async function updateOidc(rc: RequestContext): Promise<Answer<UpdateSsoOidcConnectionResponse>> {
  const { em, body } = rc
  const org = ssoOrg(rc)
  const c = oidc(getConnection(em, org.organization_id, connectionIdParam(rc), 'oidc'))
  const fields = ['display_name', 'client_id', 'client_secret', 'issuer', 'authorization_url', 'token_url', 'userinfo_url', 'jwks_url', 'identity_provider', 'custom_scopes'] as const
  const values = fields.map((field) => [field, OIDC_URLS.has(field) ? optUrl(body, field) : optStr(body, field)] as const)
  const mapping = attributeMapping(body)

  for (const [field, value] of values) if (value !== undefined) c[field] = value
  if (mapping !== undefined) c.attribute_mapping = mapping
  c.status = oidcStatus(c)
  listOnOrganization(em, org, c)
  // Stytch would read the issuer's discovery document; the emulator only uses what the request gives.
  const missing = ['authorization_url', 'token_url', 'userinfo_url', 'jwks_url'].filter((f) => c[f as keyof OidcConnection] === '')
  const issuerChanged = values.some(([field, value]) => field === 'issuer' && value !== undefined)
  return {
    connection: copy(c),
    ...(issuerChanged &&
      missing.length > 0 && { warning: `The emulator does not fetch OpenID Provider Metadata; set ${missing.join(', ')} explicitly.` }),
  }
}

async function createExternal(rc: RequestContext): Promise<Answer<CreateSsoExternalConnectionResponse>> {
  const { em, body } = rc
  const org = ssoOrg(rc)
  const sourceOrgId = str(body, 'external_organization_id')
  const sourceId = str(body, 'external_connection_id')
  const displayName = optStr(body, 'display_name')
  const connectionRoles = roleAssignments(em, body, 'connection_implicit_role_assignments', org.organization_id)
  const groupRoles = groupAssignments(em, body, 'group_implicit_role_assignments', org.organization_id)
  if (sourceOrgId === org.organization_id) badRequest('external_organization_id', 'must be another organization than the one the connection is created in')
  getOrg(em, sourceOrgId)
  const source = em.state.sso_connections[sourceId]
  if (!source || source.organization_id !== sourceOrgId || source.type === 'external') {
    fail(404, 'sso_connection_not_found', `external_connection_id: organization ${sourceOrgId} has no SAML or OIDC connection with id ${JSON.stringify(sourceId)}.`)
  }
  const id = newId('external-connection')
  const connection: Connection = {
    organization_id: org.organization_id,
    connection_id: id,
    external_organization_id: sourceOrgId,
    external_connection_id: sourceId,
    display_name: displayName ?? source.connection.display_name,
    status: source.connection.status,
    external_connection_implicit_role_assignments: connectionRoles ?? [],
    external_group_implicit_role_assignments: groupRoles ?? [],
  }
  const record: SsoRecord = { type: 'external', organization_id: org.organization_id, connection }
  em.state.sso_connections[id] = record
  listOnOrganization(em, org, connection)
  return { connection: viewExternal(em, record) }
}

async function updateExternal(rc: RequestContext): Promise<Answer<UpdateSsoExternalConnectionResponse>> {
  const { em, body } = rc
  const org = ssoOrg(rc)
  const record = getConnection(em, org.organization_id, connectionIdParam(rc), 'external')
  const c = external(record)
  const displayName = optStr(body, 'display_name')
  const connectionRoles = roleAssignments(em, body, 'external_connection_implicit_role_assignments', org.organization_id)
  const groupRoles = groupAssignments(em, body, 'external_group_implicit_role_assignments', org.organization_id)

  if (displayName !== undefined) c.display_name = displayName
  if (connectionRoles !== undefined) c.external_connection_implicit_role_assignments = connectionRoles
  if (groupRoles !== undefined) c.external_group_implicit_role_assignments = groupRoles
  listOnOrganization(em, org, c)
  return { connection: viewExternal(em, record) }
}

async function getConnections(rc: RequestContext): Promise<Answer<GetSsoConnectionsResponse>> {
  const { em } = rc
  const org = ssoOrg(rc)
  const mine = Object.values(em.state.sso_connections).filter((r) => r.organization_id === org.organization_id)
  return {
    saml_connections: mine.filter((r) => r.type === 'saml').map((r) => copy(saml(r))),
    oidc_connections: mine.filter((r) => r.type === 'oidc').map((r) => copy(oidc(r))),
    external_connections: mine.filter((r) => r.type === 'external').map((r) => viewExternal(em, r)),
  }
}

async function deleteConnection(rc: RequestContext): Promise<Answer<DeleteSsoConnectionResponse>> {
  const { em } = rc
  const org = ssoOrg(rc)
  const record = getConnection(em, org.organization_id, connectionIdParam(rc))
  const id = record.connection.connection_id
  const borrowers = Object.values(em.state.sso_connections).filter((r) => r.type === 'external' && external(r).external_connection_id === id)
  if (borrowers.length > 0) {
    fail(400, 'sso_connection_in_use', `connection_id: external connections ${borrowers.map((r) => r.connection.connection_id).join(', ')} use ${id}; delete them first.`)
  }
  delete em.state.sso_connections[id]
  unlistFromOrganization(em, org, id)
  return { connection_id: id }
}

/** The IdP's tokens an OIDC login hands over, as `POST /emulator/sso/token` may give them. */
interface IdpTokens {
  access_token?: string
  refresh_token?: string
  id_token?: string
  scopes?: string[]
  expires_in?: number
}

/**
 * `POST /emulator/sso/token`: what an IdP callback would hand to the application, as a single-use
 * token. Body: `connection_id`, `email_address`, optional `name`, `idp_subject`, `groups`,
 * `attributes` (more IdP attributes for the registration's `sso_attributes`) and
 * `pkce_code_challenge`; for an OIDC connection also the IdP's `access_token`, `refresh_token`,
 * `id_token`, `scopes` and `expires_in` (seconds), made up when left out.
 */
function mintToken({ em, body }: RequestContext): { token: string } {
  const connectionId = str(body, 'connection_id')
  const email = normalizeEmail(str(body, 'email_address'))
  const name = optStr(body, 'name') ?? ''
  const subject = optStr(body, 'idp_subject') ?? email
  const groups = optStrings(body, 'groups') ?? []
  const attributes = optObject(body, 'attributes') ?? {}
  const challenge = optStr(body, 'pkce_code_challenge')
  const tokens: IdpTokens = {}
  for (const field of ['access_token', 'refresh_token', 'id_token'] as const) {
    const value = optStr(body, field)
    if (value !== undefined) tokens[field] = value
  }
  const scopes = optStrings(body, 'scopes')
  if (scopes !== undefined) tokens.scopes = scopes
  const expiresIn = optInt(body, 'expires_in')
  if (expiresIn !== undefined && expiresIn <= 0) badRequest('expires_in', 'must be a positive number of seconds')
  if (expiresIn !== undefined) tokens.expires_in = expiresIn
  const record = em.state.sso_connections[connectionId]
  if (!record) return fail(404, 'sso_connection_not_found', `connection_id: no SSO connection with id ${JSON.stringify(connectionId)} exists in this project.`)
  const status = record.type === 'external' ? viewExternal(em, record).status : record.connection.status
  if (status !== 'active') {
    fail(400, 'sso_connection_not_active', `connection_id: ${connectionId} is ${status}; complete its IdP settings before logging in through it.`)
  }
  if (Object.keys(tokens).length > 0 && protocolOf(em, record) !== 'oidc') badRequest(Object.keys(tokens)[0]!, 'only a login through an OIDC connection hands over IdP tokens')
  const token = issueToken(
    em,
    {
      kind: 'sso',
      email_address: email,
      organization_id: record.organization_id,
      ...(challenge !== undefined && { pkce_code_challenge: challenge }),
      data: { connection_id: connectionId, name, idp_subject: subject, groups, attributes, idp_tokens: tokens },
    },
    SSO_TOKEN_MINUTES,
  )
  return { token: token.token }
}

/**
 * What the IdP asserted about the member, as the registration's `sso_attributes`: for SAML under
 * the IdP attribute names of the connection's attribute mapping (`email`, `full_name`, `groups`
 * when unmapped), for OIDC as ID token claims; plus the `attributes` the token was minted with.
 */
function ssoAttributes(em: Emulator, record: SsoRecord, connectionId: string, protocol: 'saml' | 'oidc', data: Record<string, unknown>, email: string): Record<string, unknown> {
  const name = String(data['name'] ?? '')
  const groups = data['groups'] ?? []
  const extra = (data['attributes'] ?? {}) as Record<string, unknown>
  if (protocol === 'oidc') return { sub: String(data['idp_subject'] ?? email), email, name, groups, ...extra }
  const mapping = (sourceOf(em, record)?.connection as SamlConnection | undefined)?.attribute_mapping ?? {}
  const attribute = (field: string): string => (typeof mapping[field] === 'string' && mapping[field] !== '' ? (mapping[field] as string) : field)
  return { [attribute('email')]: email, ...(name !== '' && { [attribute('full_name')]: name }), [groupsAttribute(em, connectionId)]: groups, ...extra }
}

/** An unsigned ID token (`alg: none`) with the claims an OIDC IdP would put in it. */
function madeUpIdToken(em: Emulator, connection: OidcConnection, subject: string, email: string, name: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const iat = Math.floor(em.now() / 1000)
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: connection.issuer, aud: connection.client_id, sub: subject, email, name, iat, exp: iat + OIDC_TOKEN_SECONDS })}.`
}

/** Keeps the IdP's tokens of an OIDC login for `getMemberOidcProviders`, under `oidc:<connection_id>`. */
function keepOidcTokens(em: Emulator, member: MemberRecord, record: SsoRecord, connectionId: string, subject: string, data: Record<string, unknown>): void {
  const connection = oidc(sourceOf(em, record)!)
  const given = (data['idp_tokens'] ?? {}) as IdpTokens
  const email = member.member.email_address
  const customScopes = connection.custom_scopes.split(/[\s,]+/).filter((scope) => scope !== '')
  member.providers[`oidc:${connectionId}`] = {
    provider_subject: subject,
    access_token: given.access_token ?? `oidc-access-${newToken()}`,
    refresh_token: given.refresh_token ?? `oidc-refresh-${newToken()}`,
    id_token: given.id_token ?? madeUpIdToken(em, connection, subject, email, member.member.name),
    scopes: given.scopes ?? [...new Set(['openid', 'email', 'profile', ...customScopes])],
    expires_at: em.now() + (given.expires_in ?? OIDC_TOKEN_SECONDS) * 1000,
    provider_tenant_id: '',
  }
}

function jitAllowed(org: Organization, connectionId: string): boolean {
  if (org.sso_jit_provisioning === 'ALL_ALLOWED') return true
  return org.sso_jit_provisioning === 'RESTRICTED' && org.sso_jit_provisioning_allowed_connections.includes(connectionId)
}

async function authenticate({ em, body }: RequestContext): Promise<Answer<AuthenticateSsoResponse>> {
  const ssoToken = str(body, 'sso_token')
  const token = consumeToken(em, ssoToken, ['sso'], 'sso_token', optStr(body, 'pkce_code_verifier'))
  const connectionId = String(token.data['connection_id'])
  const record = em.state.sso_connections[connectionId]
  if (!record) return fail(404, 'sso_connection_not_found', `The SSO connection ${connectionId} of this token was deleted.`)
  const protocol = protocolOf(em, record)
  if (!protocol) return fail(400, 'sso_connection_not_active', `The connection ${connectionId} borrows a connection that no longer exists.`)
  const org = getOrg(em, record.organization_id)
  if (org.auth_methods === 'RESTRICTED' && !org.allowed_auth_methods.includes('sso')) {
    fail(403, 'auth_method_not_allowed', `Organization ${org.organization_id} does not allow SSO (see allowed_auth_methods).`)
  }
  let member = findMemberByEmail(em, org.organization_id, token.email_address)
  if (member?.member.status === 'deleted') fail(403, 'member_deleted', `The member ${member.member.member_id} was deleted; reactivate it first.`)
  if (!member) {
    if (!jitAllowed(org, connectionId)) {
      fail(403, 'sso_jit_provisioning_not_allowed', `${token.email_address} is not a member of ${org.organization_id} and sso_jit_provisioning does not allow connection ${connectionId} to create members.`)
    }
    member = addMember(em, newMemberRecord(em, org, token.email_address, { name: String(token.data['name'] ?? '') }, 'active'))
  }
  const externalId = String(token.data['idp_subject'] ?? token.email_address)
  const attributes = ssoAttributes(em, record, connectionId, protocol, token.data, token.email_address)
  const registrations = member.member.sso_registrations
  let registration = registrations.find((r) => r.connection_id === connectionId)
  if (registration) {
    registration.external_id = externalId
    registration.sso_attributes = attributes
  } else {
    registration = { connection_id: connectionId, external_id: externalId, registration_id: newId(`${protocol}-registration`), sso_attributes: attributes }
    registrations.push(registration)
  }
  if (protocol === 'oidc') keepOidcTokens(em, member, record, connectionId, externalId, token.data)
  const ssoFactor = { id: registration.registration_id, provider_id: connectionId, external_id: externalId }
  const factor: AuthenticationFactor = {
    type: 'sso',
    delivery_method: protocol === 'saml' ? 'sso_saml' : 'sso_oidc',
    last_authenticated_at: iso(em),
    ...(protocol === 'saml' ? { saml_sso_factor: ssoFactor } : { oidc_sso_factor: ssoFactor }),
  }
  const { member_session: session, mfa_required: mfa, ...result } = await completeAuthentication(em, member, factor, body)
  return {
    ...result,
    reset_session: false,
    ...(session && { member_session: { ...session, custom_claims: session.custom_claims ?? {} } }),
    ...(mfa && { mfa_required: mfa }),
  }
}

/** SSO connection management, SSO login, and the emulator's stand-in for the IdP callback. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/sso/authenticate', handler: authenticate },
  { method: 'DELETE', path: '/v1/b2b/sso/{organization_id}/connections/{connection_id}', authorize: inOrganization('stytch.sso', 'delete'), handler: deleteConnection },
  { method: 'POST', path: '/v1/b2b/sso/external/{organization_id}', authorize: inOrganization('stytch.sso', 'create'), handler: createExternal },
  { method: 'PUT', path: '/v1/b2b/sso/external/{organization_id}/connections/{connection_id}', authorize: inOrganization('stytch.sso', 'update'), handler: updateExternal },
  { method: 'GET', path: '/v1/b2b/sso/{organization_id}', authorize: inOrganization('stytch.sso', 'get'), handler: getConnections },
  { method: 'POST', path: '/v1/b2b/sso/oidc/{organization_id}', authorize: inOrganization('stytch.sso', 'create'), handler: createOidc },
  { method: 'PUT', path: '/v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}', authorize: inOrganization('stytch.sso', 'update'), handler: updateOidc },
  { method: 'POST', path: '/v1/b2b/sso/saml/{organization_id}', authorize: inOrganization('stytch.sso', 'create'), handler: createSaml },
  { method: 'DELETE', path: '/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}', authorize: inOrganization('stytch.sso', 'delete'), handler: deleteCertificate },
  { method: 'DELETE', path: '/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/encryption_private_keys/{private_key_id}', authorize: inOrganization('stytch.sso', 'delete'), handler: deleteEncryptionKey },
  { method: 'PUT', path: '/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/url', authorize: inOrganization('stytch.sso', 'update'), handler: updateSamlByUrl },
  { method: 'PUT', path: '/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}', authorize: inOrganization('stytch.sso', 'update'), handler: updateSaml },
  { method: 'POST', path: '/emulator/sso/token', handler: mintToken },
]
