import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { Policy } from 'stytch-b2b'
import type { Body } from './body.js'
import type { OutboxMessage, State } from './state.js'

/** The emulator as its route handlers see it: the state and a few services. */
export interface Emulator {
  /**
   * Mutable in place; a failed request's changes are rolled back by the server. During a write
   * request this is a view of the state that records what is written (see tracking.ts).
   */
  state: State
  readonly projectId: string
  readonly secret: string
  /** Milliseconds since the epoch (replaceable for tests of expiry). */
  now(): number
  /** Writes a line to the emulator's log. */
  log(line: string): void
}

/** One request, parsed: path params decoded, JSON body (POST/PUT) or query (GET/DELETE). */
export interface RequestContext {
  readonly em: Emulator
  readonly params: Readonly<Record<string, string>>
  readonly body: Body
  readonly headers: IncomingHttpHeaders
}

/** The body a handler returns for an endpoint response type `T`: the server adds `request_id` and `status_code`. */
export type Answer<T> = Omit<T, 'request_id' | 'status_code'>

/** A handler returns the response body without `request_id` and `status_code`; the server adds them. */
export type Handler = (rc: RequestContext) => object | Promise<object>

/**
 * What a member session sent in the `X-Stytch-Member-Session` / `X-Stytch-Member-SessionJWT`
 * headers must be allowed to do for a request: `action` on `resource` in `organizationId`.
 * With `memberId`, the request acts on that member, and a session of that very member may do
 * it with `stytch.self` instead of `resource`.
 */
export interface Permission {
  readonly organizationId: string
  readonly resource: string
  readonly action: string
  readonly memberId?: string
}

/**
 * The permissions a request needs. It may look records up (and fail with their 404) but must
 * change nothing: the server calls it before the handler, only when member-session headers came.
 */
export type Authorize = (rc: RequestContext) => readonly Permission[] | Promise<readonly Permission[]>

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Path template with `{param}` placeholders, as in the library's manifest. */
  readonly path: string
  readonly handler: Handler
  /**
   * For the routes that accept member-session headers: what the session must be allowed. The
   * server enforces it, in one place, before the handler runs; without headers the project
   * secret alone authorizes the call, as with Stytch.
   */
  readonly authorize?: Authorize
  /** Accepts `application/x-www-form-urlencoded` bodies (the OAuth 2.0 routes), besides JSON. */
  readonly form?: boolean
}

/** `action` on `resource` in the organization of the path's `{organization_id}`. */
export function inOrganization(resource: string, action: string): Authorize {
  return (rc) => [{ organizationId: rc.params['organization_id'] ?? '', resource, action }]
}

/** `action` on the member of the path's `{organization_id}` and `{member_id}` (`stytch.self` for the member itself). */
export function onPathMember(action: string): Authorize {
  return (rc) => [{ organizationId: rc.params['organization_id'] ?? '', resource: 'stytch.member', action, memberId: rc.params['member_id'] ?? '' }]
}

/** The default RBAC policy: Stytch's two built-in roles and one sample resource. */
export const DEFAULT_POLICY: Policy = {
  roles: [
    {
      role_id: 'stytch_admin',
      description: 'Manages the organization: settings, members, SSO and SCIM, and every documents action.',
      permissions: [
        { resource_id: 'stytch.organization', actions: ['*'] },
        { resource_id: 'stytch.member', actions: ['*'] },
        { resource_id: 'stytch.sso', actions: ['*'] },
        { resource_id: 'stytch.scim', actions: ['*'] },
        { resource_id: 'stytch.self', actions: ['*'] },
        { resource_id: 'documents', actions: ['*'] },
      ],
    },
    {
      role_id: 'stytch_member',
      description: 'Every member: manages their own account and reads documents.',
      permissions: [
        { resource_id: 'stytch.self', actions: ['*'] },
        { resource_id: 'documents', actions: ['read'] },
      ],
    },
  ],
  resources: [
    { resource_id: 'stytch.organization', description: 'The organization itself.', actions: ['update', 'delete'] },
    { resource_id: 'stytch.member', description: 'Members of the organization.', actions: ['create', 'update', 'delete', 'search'] },
    { resource_id: 'stytch.sso', description: 'SSO connections.', actions: ['create', 'get', 'update', 'delete'] },
    { resource_id: 'stytch.scim', description: 'SCIM connections.', actions: ['create', 'get', 'update', 'delete'] },
    { resource_id: 'stytch.self', description: 'The calling member.', actions: ['update', 'delete'] },
    { resource_id: 'documents', description: 'A sample resource of your application.', actions: ['read', 'write', 'delete'] },
  ],
  scopes: [],
}

/** A Stytch-style id: `<kind>-test-<uuid>`, e.g. `member-test-…`. */
export function newId(kind: string): string {
  return `${kind}-test-${randomUUID()}`
}

/** A random opaque token (base64url, 32 bytes), as magic links and session tokens use. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** RFC 3339 time of `ms` (default: the emulator's now). */
export function iso(em: Emulator, ms: number = em.now()): string {
  return new Date(ms).toISOString()
}

/** Appends a message to the outbox and returns it. */
export function deliver(em: Emulator, message: Omit<OutboxMessage, 'message_id' | 'sent_at'>): OutboxMessage {
  const sent: OutboxMessage = { ...message, message_id: newId('message'), sent_at: iso(em) }
  em.state.outbox.push(sent)
  em.log(`outbox: ${sent.channel} "${sent.template}" to ${sent.to}`)
  return sent
}

/** Whether any of `roles` may perform `action` on `resource` under the emulator's policy. */
export function policyAllows(policy: Pick<Policy, 'roles'>, roles: readonly string[], resource: string, action: string): boolean {
  return policy.roles.some(
    (role) => roles.includes(role.role_id) && role.permissions.some((p) => p.resource_id === resource && (p.actions.includes(action) || p.actions.includes('*'))),
  )
}
