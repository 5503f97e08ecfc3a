import type {
  ConnectedApp,
  CreateConnectedAppClientResponse,
  DeleteConnectedAppClientResponse,
  GetConnectedAppClientResponse,
  RotateConnectedAppClientSecretCancelResponse,
  RotateConnectedAppClientSecretResponse,
  RotateConnectedAppClientSecretStartResponse,
  SearchConnectedAppClientsResponse,
  UpdateConnectedAppClientResponse,
} from 'stytch-b2b'
import { type Body, optBool, optInt, optStr, optStrings, str } from '../body.js'
import { cancelRotation, completeRotation, lastFours, newSecrets, startRotation } from '../clientSecrets.js'
import { type Answer, type Emulator, type RequestContext, type Route, iso, newId } from '../core.js'
import { badRequest, fail } from '../errors.js'
import { dropClientTokens, isFirstParty, isPublicClient } from '../idp.js'
import { paginate } from '../search.js'
import type { ClientSecretsRecord, ConnectedAppRecord } from '../state.js'
import { copy } from '../tracking.js'

// Connected-app clients: OAuth clients that members authorize through the IdP routes
// (routes/idp.ts). First-party apps are the project's own, third-party apps always ask for
// consent; `*_public` clients (SPAs, native apps) have no secret and must use PKCE.

const CLIENTS = '/v1/connected_apps/clients'
const CLIENT = `${CLIENTS}/{client_id}`
const CLIENT_TYPES = ['first_party', 'first_party_public', 'third_party', 'third_party_public']
/** Access-token lifetime when `access_token_expiry_minutes` is not given. */
export const DEFAULT_ACCESS_TOKEN_MINUTES = 60
/** The longest access-token lifetime a client may ask for: a day. */
const MAX_ACCESS_TOKEN_MINUTES = 1440

/** The connected app with this client id; 404 `connected_app_not_found` otherwise. */
export function getConnectedAppRecord(em: Emulator, clientId: string): ConnectedAppRecord {
  return em.state.connected_apps[clientId] ?? fail(404, 'connected_app_not_found', `No connected app with client_id ${JSON.stringify(clientId)} exists in this project.`)
}

const pathApp = (rc: RequestContext): ConnectedAppRecord => getConnectedAppRecord(rc.em, rc.params['client_id'] ?? '')

/** The secrets of a confidential client; 400 for a public one, which has none. */
function secretsOf(record: ConnectedAppRecord): ClientSecretsRecord {
  return record.secrets ?? fail(400, 'public_client_has_no_secret', `client_id: ${record.app.client_id} is a ${record.app.client_type} client, which has no client secret to rotate.`)
}

/** The app as the API shows it (a copy, secret fields from the hashes' last fours). */
export function viewConnectedApp(record: ConnectedAppRecord): ConnectedApp {
  return { ...copy(record.app), ...(record.secrets && lastFours(record.secrets)) }
}

/** An absolute http(s) URL, or a 400 naming the field. */
function absoluteUrl(field: string, value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return badRequest(field, `${JSON.stringify(value)} is not an absolute URL`)
  }
  // Native apps may use their own schemes (RFC 8252); only script-ish schemes are refused.
  if (['javascript:', 'data:', 'vbscript:'].includes(url.protocol)) badRequest(field, `${JSON.stringify(value)} uses a scheme that cannot be a redirect URL`)
  if (url.hash !== '') badRequest(field, `${JSON.stringify(value)} must not have a fragment`)
  return value
}

function urls(body: Body, field: string): string[] | undefined {
  return optStrings(body, field)?.map((u) => absoluteUrl(field, u))
}

/** Copies the settings of a create or update body onto the app, after checking them all. */
function applySettings(app: ConnectedAppRecord['app'], body: Body): void {
  const minutes = optInt(body, 'access_token_expiry_minutes')
  if (minutes !== undefined && (minutes < 1 || minutes > MAX_ACCESS_TOKEN_MINUTES)) badRequest('access_token_expiry_minutes', `must be between 1 and ${MAX_ACCESS_TOKEN_MINUTES}`)
  const redirects = urls(body, 'redirect_urls')
  const logoutRedirects = urls(body, 'post_logout_redirect_urls')
  const logo = optStr(body, 'logo_url')
  if (logo !== undefined) absoluteUrl('logo_url', logo)
  const fullAccess = optBool(body, 'full_access_allowed')
  if (fullAccess && !isFirstParty(app.client_type)) badRequest('full_access_allowed', 'only first-party clients may be allowed the full_access scope')
  for (const field of ['client_name', 'client_description', 'access_token_template_content', 'id_token_template_content'] as const) {
    const value = optStr(body, field)
    if (value !== undefined) app[field] = value
  }
  const audience = optStr(body, 'access_token_custom_audience')
  if (audience !== undefined) app.access_token_custom_audience = audience
  if (logo !== undefined) app.logo_url = logo
  if (redirects !== undefined) app.redirect_urls = [...new Set(redirects)]
  if (logoutRedirects !== undefined) app.post_logout_redirect_urls = [...new Set(logoutRedirects)]
  if (minutes !== undefined) app.access_token_expiry_minutes = minutes
  if (fullAccess !== undefined) app.full_access_allowed = fullAccess
  const bypass = optBool(body, 'bypass_consent_for_offline_access')
  if (bypass !== undefined) app.bypass_consent_for_offline_access = bypass
}

function create({ em, body }: RequestContext) {
  const clientType = str(body, 'client_type')
  if (!CLIENT_TYPES.includes(clientType)) badRequest('client_type', `must be one of ${CLIENT_TYPES.join(', ')}`)
  const app: ConnectedAppRecord['app'] = {
    client_id: newId('connected-app'),
    client_name: '',
    client_description: '',
    status: 'active',
    full_access_allowed: false,
    client_type: clientType,
    redirect_urls: [],
    access_token_expiry_minutes: DEFAULT_ACCESS_TOKEN_MINUTES,
    access_token_template_content: '',
    post_logout_redirect_urls: [],
    bypass_consent_for_offline_access: false,
    creation_method: 'api',
    id_token_template_content: '',
  }
  applySettings(app, body)
  const made = isPublicClient(clientType) ? undefined : newSecrets()
  const record: ConnectedAppRecord = { app, ...(made && { secrets: made.secrets }), created_at: iso(em) }
  em.state.connected_apps[app.client_id] = record
  const { creation_method: _, ...shown } = viewConnectedApp(record)
  return { connected_app: { ...shown, ...(made && { client_secret: made.secret }) } } satisfies Answer<CreateConnectedAppClientResponse>
}

function search({ em, body }: RequestContext) {
  const all = Object.values(em.state.connected_apps).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.app.client_id.localeCompare(b.app.client_id))
  const { page, results_metadata } = paginate(all, body)
  return { connected_apps: page.map(viewConnectedApp), results_metadata } satisfies Answer<SearchConnectedAppClientsResponse>
}

function update(rc: RequestContext) {
  const record = pathApp(rc)
  // Checked on a copy first, so that a bad field leaves the app as it was.
  const app = copy(record.app)
  applySettings(app, rc.body)
  record.app = app
  return { connected_app: viewConnectedApp(record) } satisfies Answer<UpdateConnectedAppClientResponse>
}

function remove(rc: RequestContext) {
  const { em } = rc
  const record = pathApp(rc)
  const id = record.app.client_id
  delete em.state.connected_apps[id]
  for (const [key, grant] of Object.entries(em.state.idp_grants)) if (grant.client_id === id) delete em.state.idp_grants[key]
  dropClientTokens(em, id)
  return { client_id: id } satisfies Answer<DeleteConnectedAppClientResponse>
}

/** Routes of the `connectedApp` group: client management and secret rotation. */
export const routes: Route[] = [
  { method: 'POST', path: CLIENTS, handler: create },
  { method: 'POST', path: `${CLIENTS}/search`, handler: search },
  { method: 'GET', path: CLIENT, handler: (rc) => ({ connected_app: viewConnectedApp(pathApp(rc)) }) satisfies Answer<GetConnectedAppClientResponse> },
  { method: 'PUT', path: CLIENT, handler: update },
  { method: 'DELETE', path: CLIENT, handler: remove },
  {
    method: 'POST',
    path: `${CLIENT}/secrets/rotate/start`,
    handler: (rc) => {
      const record = pathApp(rc)
      const next = startRotation(secretsOf(record))
      const { client_secret_last_four = '', ...shown } = viewConnectedApp(record)
      const { creation_method: _, ...rest } = shown
      return { connected_app: { ...rest, client_secret_last_four, next_client_secret: next } } satisfies Answer<RotateConnectedAppClientSecretStartResponse>
    },
  },
  {
    method: 'POST',
    path: `${CLIENT}/secrets/rotate/cancel`,
    handler: (rc) => {
      const record = pathApp(rc)
      cancelRotation(secretsOf(record))
      return { connected_app: viewConnectedApp(record) } satisfies Answer<RotateConnectedAppClientSecretCancelResponse>
    },
  },
  {
    method: 'POST',
    path: `${CLIENT}/secrets/rotate`,
    handler: (rc) => {
      const record = pathApp(rc)
      completeRotation(secretsOf(record))
      return { connected_app: viewConnectedApp(record) } satisfies Answer<RotateConnectedAppClientSecretResponse>
    },
  },
]
