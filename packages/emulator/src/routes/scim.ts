import type {
  CreateScimConnectionResponse,
  DeleteScimConnectionResponse,
  GetScimConnectionGroupsResponse,
  GetScimConnectionResponse,
  Organization,
  RotateScimConnectionCancelResponse,
  RotateScimConnectionCompleteResponse,
  RotateScimConnectionStartResponse,
  ScimConnection,
  UpdateScimConnectionResponse,
} from 'stytch-b2b'
import { optInt, optObjects, optStr } from '../body.js'
import { type Emulator, type RequestContext, type Route, iso, newId, newToken, type Answer, inOrganization } from '../core.js'
import { badRequest, fail } from '../errors.js'
import { checkRoles, getOrg } from '../model.js'
import type { ScimRecord } from '../state.js'
import { copy } from '../tracking.js'

// SCIM connections: one per organization, with a bearer token that is shown once and rotated in
// two steps (start, then complete or cancel). The emulator serves no SCIM protocol endpoints, so
// no groups are ever provisioned.

/** Where an identity provider would send SCIM requests for a connection. */
const SCIM_BASE = 'https://test.stytch.com/v1/b2b/scim'
/** How long a started rotation may wait for `rotate/complete` before its new token lapses. */
export const SCIM_ROTATION_DAYS = 7
/** Largest page `getScimConnectionGroups` accepts. */
const MAX_GROUPS_LIMIT = 1000

function lastFour(token: string): string {
  return token.slice(-4)
}

/** The organization's SCIM connection with this id; 404 `scim_connection_not_found` otherwise. */
function getScim(em: Emulator, organizationId: string, connectionId: string): ScimRecord {
  const record = em.state.scim_connections[connectionId]
  if (!record || record.organization_id !== organizationId) {
    return fail(404, 'scim_connection_not_found', `No SCIM connection with id ${JSON.stringify(connectionId)} exists in organization ${JSON.stringify(organizationId)}.`)
  }
  return record
}

/** Whether a rotation was started and its new token has not lapsed. */
function rotating(em: Emulator, record: ScimRecord): boolean {
  return record.next_bearer_token !== undefined && (record.next_token_expires_at === undefined || Date.parse(record.next_token_expires_at) > em.now())
}

/** The connection as the API shows it (token fields derived from the stored tokens). */
function view(record: ScimRecord): ScimConnection {
  const c: ScimConnection = {
    ...copy(record.connection),
    bearer_token_last_four: lastFour(record.bearer_token),
    next_bearer_token_last_four: record.next_bearer_token ? lastFour(record.next_bearer_token) : '',
  }
  delete c.next_bearer_token_expires_at
  if (record.next_bearer_token && record.next_token_expires_at) c.next_bearer_token_expires_at = record.next_token_expires_at
  return c
}

/** Mirrors the connection in the organization's `scim_active_connection`. */
function syncOrganization(em: Emulator, org: Organization, record: ScimRecord): void {
  org.scim_active_connection = {
    connection_id: record.connection.connection_id,
    display_name: record.connection.display_name,
    bearer_token_last_four: lastFour(record.bearer_token),
    ...(record.connection.bearer_token_expires_at !== undefined && { bearer_token_expires_at: record.connection.bearer_token_expires_at }),
  }
  org.updated_at = iso(em)
}

/** The organization of the path. */
function scimOrg(rc: RequestContext): Organization {
  return getOrg(rc.em, rc.params['organization_id'] ?? '')
}

function connectionOf(rc: RequestContext): { org: Organization; record: ScimRecord } {
  const org = scimOrg(rc)
  return { org, record: getScim(rc.em, org.organization_id, rc.params['connection_id'] ?? '') }
}

async function create(rc: RequestContext): Promise<Answer<CreateScimConnectionResponse>> {
  const { em, body } = rc
  const org = scimOrg(rc)
  const existing = Object.values(em.state.scim_connections).find((r) => r.organization_id === org.organization_id)
  if (existing) {
    fail(400, 'scim_connection_already_exists', `Organization ${org.organization_id} already has SCIM connection ${existing.connection.connection_id}; an organization has at most one.`)
  }
  const id = newId('scim-connection')
  const record: ScimRecord = {
    organization_id: org.organization_id,
    bearer_token: newToken(),
    connection: {
      organization_id: org.organization_id,
      connection_id: id,
      status: 'active',
      display_name: optStr(body, 'display_name') ?? '',
      identity_provider: optStr(body, 'identity_provider') ?? 'generic',
      base_url: `${SCIM_BASE}/${id}`,
      bearer_token_last_four: '',
      scim_group_implicit_role_assignments: [],
      next_bearer_token_last_four: '',
    },
  }
  em.state.scim_connections[id] = record
  syncOrganization(em, org, record)
  const c = record.connection
  return {
    connection: {
      organization_id: c.organization_id,
      connection_id: c.connection_id,
      status: c.status,
      display_name: c.display_name,
      identity_provider: c.identity_provider,
      base_url: c.base_url,
      bearer_token: record.bearer_token,
      scim_group_implicit_role_assignments: [],
    },
  }
}

async function get(rc: RequestContext): Promise<Answer<GetScimConnectionResponse>> {
  const org = scimOrg(rc)
  const record = Object.values(rc.em.state.scim_connections).find((r) => r.organization_id === org.organization_id)
  // An organization without a SCIM connection answers 200 with no `connection`.
  return record ? { connection: view(record) } : {}
}

async function update(rc: RequestContext): Promise<Answer<UpdateScimConnectionResponse>> {
  const { em, body } = rc
  const { org, record } = connectionOf(rc)
  const displayName = optStr(body, 'display_name')
  const provider = optStr(body, 'identity_provider')
  const field = 'scim_group_implicit_role_assignments'
  const assignments = optObjects(body, field)?.map((a, i) => {
    for (const key of ['role_id', 'group_id', 'group_name'] as const) {
      if (typeof a[key] !== 'string' || a[key] === '') badRequest(`${field}[${i}].${key}`, 'a non-empty string is required')
    }
    return { role_id: String(a['role_id']), group_id: String(a['group_id']), group_name: String(a['group_name']) }
  })
  if (assignments) checkRoles(em, assignments.map((a) => a.role_id), field, org.organization_id)

  if (displayName !== undefined) record.connection.display_name = displayName
  if (provider !== undefined) record.connection.identity_provider = provider
  if (assignments !== undefined) record.connection.scim_group_implicit_role_assignments = assignments
  syncOrganization(em, org, record)
  return { connection: view(record) }
}

async function remove(rc: RequestContext): Promise<Answer<DeleteScimConnectionResponse>> {
  const { em } = rc
  const { org, record } = connectionOf(rc)
  const id = record.connection.connection_id
  delete em.state.scim_connections[id]
  delete org.scim_active_connection
  org.updated_at = iso(em)
  return { connection_id: id }
}

async function groups(rc: RequestContext): Promise<Answer<GetScimConnectionGroupsResponse>> {
  const { body } = rc
  connectionOf(rc)
  const limit = optInt(body, 'limit')
  if (limit !== undefined && (limit < 0 || limit > MAX_GROUPS_LIMIT)) badRequest('limit', `must be between 0 and ${MAX_GROUPS_LIMIT}`)
  const cursor = optStr(body, 'cursor')
  if (cursor !== undefined) badRequest('cursor', 'unknown cursor: the emulator never hands one out (it provisions no SCIM groups)')
  return { scim_groups: [], next_cursor: '' }
}

async function rotateStart(rc: RequestContext): Promise<Answer<RotateScimConnectionStartResponse>> {
  const { em } = rc
  const { record } = connectionOf(rc)
  if (rotating(em, record)) {
    fail(400, 'scim_token_rotation_in_progress', `A bearer token rotation of ${record.connection.connection_id} is in progress; complete or cancel it first.`)
  }
  record.next_bearer_token = newToken()
  record.next_token_expires_at = iso(em, em.now() + SCIM_ROTATION_DAYS * 86_400_000)
  const { bearer_token_last_four, status, organization_id, connection_id, display_name, base_url, identity_provider, scim_group_implicit_role_assignments, bearer_token_expires_at } = view(record)
  return {
    connection: {
      organization_id,
      connection_id,
      status,
      display_name,
      base_url,
      identity_provider,
      bearer_token_last_four,
      next_bearer_token: record.next_bearer_token,
      scim_group_implicit_role_assignments,
      ...(bearer_token_expires_at !== undefined && { bearer_token_expires_at }),
      next_bearer_token_expires_at: record.next_token_expires_at,
    },
  }
}

/** The record with a live rotation; 400 `no_scim_token_rotation_in_progress` (or `_expired`) otherwise. */
function requireRotation(em: Emulator, record: ScimRecord, allowExpired: boolean): ScimRecord & { next_bearer_token: string } {
  if (record.next_bearer_token === undefined) {
    return fail(400, 'no_scim_token_rotation_in_progress', `No bearer token rotation of ${record.connection.connection_id} was started.`)
  }
  if (!allowExpired && !rotating(em, record)) {
    fail(400, 'scim_token_rotation_expired', `The rotation of ${record.connection.connection_id} started more than ${SCIM_ROTATION_DAYS} days ago; cancel it and start again.`)
  }
  return record as ScimRecord & { next_bearer_token: string }
}

async function rotateComplete(rc: RequestContext): Promise<Answer<RotateScimConnectionCompleteResponse>> {
  const { em } = rc
  const { org, record } = connectionOf(rc)
  const live = requireRotation(em, record, false)
  live.bearer_token = live.next_bearer_token
  delete record.next_bearer_token
  delete record.next_token_expires_at
  syncOrganization(em, org, record)
  return { connection: view(record) }
}

async function rotateCancel(rc: RequestContext): Promise<Answer<RotateScimConnectionCancelResponse>> {
  const { em } = rc
  const { record } = connectionOf(rc)
  requireRotation(em, record, true)
  delete record.next_bearer_token
  delete record.next_token_expires_at
  return { connection: view(record) }
}

/** SCIM connection management: create, read, update, delete, groups and bearer token rotation. */
export const routes: Route[] = [
  { method: 'POST', path: '/v1/b2b/scim/{organization_id}/connection', authorize: inOrganization('stytch.scim', 'create'), handler: create },
  { method: 'DELETE', path: '/v1/b2b/scim/{organization_id}/connection/{connection_id}', authorize: inOrganization('stytch.scim', 'delete'), handler: remove },
  { method: 'GET', path: '/v1/b2b/scim/{organization_id}/connection', authorize: inOrganization('stytch.scim', 'get'), handler: get },
  { method: 'GET', path: '/v1/b2b/scim/{organization_id}/connection/{connection_id}', authorize: inOrganization('stytch.scim', 'get'), handler: groups },
  { method: 'POST', path: '/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/cancel', authorize: inOrganization('stytch.scim', 'update'), handler: rotateCancel },
  { method: 'POST', path: '/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/complete', authorize: inOrganization('stytch.scim', 'update'), handler: rotateComplete },
  { method: 'POST', path: '/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/start', authorize: inOrganization('stytch.scim', 'update'), handler: rotateStart },
  { method: 'PUT', path: '/v1/b2b/scim/{organization_id}/connection/{connection_id}', authorize: inOrganization('stytch.scim', 'update'), handler: update },
]
