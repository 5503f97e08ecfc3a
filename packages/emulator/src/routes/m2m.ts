import type {
  CreateM2mClientResponse,
  DeleteM2mClientResponse,
  GetM2mClientResponse,
  M2MClient,
  RotateM2mClientSecretCancelResponse,
  RotateM2mClientSecretResponse,
  RotateM2mClientSecretStartResponse,
  SearchM2mClientsResponse,
  UpdateM2mClientResponse,
} from 'stytch-b2b'
import { type Body, optObject, optStr, optStrings } from '../body.js'
import { cancelRotation, completeRotation, lastFours, newSecrets, startRotation } from '../clientSecrets.js'
import { type Answer, type Emulator, type RequestContext, type Route, iso, newId } from '../core.js'
import { badRequest, fail } from '../errors.js'
import { clientIdTaken, dropClientTokens } from '../idp.js'
import { compileQuery, type Filters, listFilter, paginate } from '../search.js'
import type { M2mClientRecord } from '../state.js'
import { copy } from '../tracking.js'

// M2M clients: a client id, a secret (shown once, kept as a hash, rotated in two steps) and the
// scopes its client-credentials tokens may carry (see routes/oauth2.ts for the token route).

const CLIENTS = '/v1/m2m/clients'
const CLIENT = `${CLIENTS}/{client_id}`
const STATUSES = ['active', 'inactive']

/** The client of the path; 404 `m2m_client_not_found` otherwise. */
export function getM2mClientRecord(em: Emulator, clientId: string): M2mClientRecord {
  return em.state.m2m_clients[clientId] ?? fail(404, 'm2m_client_not_found', `No M2M client with client_id ${JSON.stringify(clientId)} exists in this project.`)
}

const pathClient = (rc: RequestContext): M2mClientRecord => getM2mClientRecord(rc.em, rc.params['client_id'] ?? '')

/** Scopes of a client: strings without whitespace, each once. */
function readScopes(body: Body, required: boolean): string[] | undefined {
  const scopes = optStrings(body, 'scopes')
  if (scopes === undefined) return required ? badRequest('scopes', 'an array of scopes is required') : undefined
  for (const scope of scopes) if (!/^\S+$/.test(scope)) badRequest('scopes', `${JSON.stringify(scope)} is not a scope (non-empty, no whitespace)`)
  return [...new Set(scopes)]
}

/** The client as the API shows it (a copy, secret fields from the hashes' last fours). */
export function viewM2mClient(record: M2mClientRecord): M2MClient {
  return { ...copy(record.client), ...lastFours(record.secrets) }
}

function create({ em, body }: RequestContext) {
  const scopes = readScopes(body, true)!
  const clientId = optStr(body, 'client_id') ?? newId('m2m-client')
  if (!/^[\w.~-]{1,128}$/.test(clientId)) badRequest('client_id', 'use 1 to 128 of a-z, A-Z, 0-9, "_", "-", "." and "~"')
  if (clientIdTaken(em, clientId)) fail(400, 'client_id_already_exists', `client_id: ${JSON.stringify(clientId)} is used by another client of this project.`)
  const { secrets, secret } = newSecrets(optStr(body, 'client_secret'))
  const record: M2mClientRecord = {
    client: {
      client_id: clientId,
      client_name: optStr(body, 'client_name') ?? '',
      client_description: optStr(body, 'client_description') ?? '',
      status: 'active',
      scopes,
      trusted_metadata: optObject(body, 'trusted_metadata') ?? {},
    },
    secrets,
    created_at: iso(em),
  }
  em.state.m2m_clients[clientId] = record
  return { m2m_client: { ...viewM2mClient(record), client_secret: secret } } satisfies Answer<CreateM2mClientResponse>
}

const SEARCH_FILTERS: Filters<M2mClientRecord> = {
  client_id: listFilter((r) => r.client.client_id),
  client_name: listFilter((r) => r.client.client_name),
  scopes: listFilter((r) => r.client.scopes),
  status: listFilter((r) => r.client.status, { allowed: STATUSES }),
}

function search({ em, body }: RequestContext) {
  const query = compileQuery(body['query'], SEARCH_FILTERS)
  const matches = Object.values(em.state.m2m_clients)
    .filter((r) => query.matches(r))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.client.client_id.localeCompare(b.client.client_id))
  const { page, results_metadata } = paginate(matches, body)
  return { m2m_clients: page.map(viewM2mClient), results_metadata } satisfies Answer<SearchM2mClientsResponse>
}

function update(rc: RequestContext) {
  const { body } = rc
  const record = pathClient(rc)
  const status = optStr(body, 'status')
  if (status !== undefined && !STATUSES.includes(status)) badRequest('status', `must be one of ${STATUSES.join(', ')}`)
  const scopes = readScopes(body, false)
  const name = optStr(body, 'client_name')
  const description = optStr(body, 'client_description')
  const trusted = optObject(body, 'trusted_metadata')
  const c = record.client
  if (name !== undefined) c.client_name = name
  if (description !== undefined) c.client_description = description
  if (status !== undefined) c.status = status
  if (scopes !== undefined) c.scopes = scopes
  if (trusted !== undefined) c.trusted_metadata = trusted
  return { m2m_client: viewM2mClient(record) } satisfies Answer<UpdateM2mClientResponse>
}

function remove(rc: RequestContext) {
  const record = pathClient(rc)
  delete rc.em.state.m2m_clients[record.client.client_id]
  dropClientTokens(rc.em, record.client.client_id)
  return { client_id: record.client.client_id } satisfies Answer<DeleteM2mClientResponse>
}

/** Routes of the `m2m` group's client management (the token route is in routes/oauth2.ts). */
export const routes: Route[] = [
  { method: 'POST', path: CLIENTS, handler: create },
  { method: 'POST', path: `${CLIENTS}/search`, handler: search },
  { method: 'GET', path: CLIENT, handler: (rc) => ({ m2m_client: viewM2mClient(pathClient(rc)) }) satisfies Answer<GetM2mClientResponse> },
  { method: 'PUT', path: CLIENT, handler: update },
  { method: 'DELETE', path: CLIENT, handler: remove },
  {
    method: 'POST',
    path: `${CLIENT}/secrets/rotate/start`,
    handler: (rc) => {
      const record = pathClient(rc)
      const next = startRotation(record.secrets)
      return { m2m_client: { ...viewM2mClient(record), next_client_secret: next } } satisfies Answer<RotateM2mClientSecretStartResponse>
    },
  },
  {
    method: 'POST',
    path: `${CLIENT}/secrets/rotate/cancel`,
    handler: (rc) => {
      const record = pathClient(rc)
      cancelRotation(record.secrets)
      return { m2m_client: viewM2mClient(record) } satisfies Answer<RotateM2mClientSecretCancelResponse>
    },
  },
  {
    method: 'POST',
    path: `${CLIENT}/secrets/rotate`,
    handler: (rc) => {
      const record = pathClient(rc)
      completeRotation(record.secrets)
      return { m2m_client: viewM2mClient(record) } satisfies Answer<RotateM2mClientSecretResponse>
    },
  },
]
