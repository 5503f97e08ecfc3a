/** One permission of a role: the actions it allows on one resource; `*` allows every action. */
export interface RbacPermission {
  readonly resource_id: string
  readonly actions: readonly string[]
}

/** A role of the project policy. */
export interface RbacRole {
  readonly role_id: string
  readonly permissions: readonly RbacPermission[]
  readonly description?: string
}

/**
 * The project's RBAC policy as `getRbacPolicy` returns it. Only `roles` is read; `resources` is
 * carried along but not consulted by the check.
 */
export interface RbacPolicy {
  readonly roles: readonly RbacRole[]
  readonly resources?: readonly { readonly resource_id: string; readonly actions: readonly string[]; readonly description?: string }[]
}

/** Who is asking: the member session's organization and roles. */
export interface AuthorizationSubject {
  readonly organization_id: string
  readonly roles: readonly string[]
}

/** What is asked for: an action on a resource in an organization. */
export interface AuthorizationCheck {
  readonly organization_id: string
  readonly resource_id: string
  readonly action: string
}

/** Why a check was denied, with the codes Stytch uses. */
export type AuthorizationDenial = 'session_authorization_tenancy_error' | 'session_authorization_error'

/** Outcome of {@link checkAuthorization}. */
export type AuthorizationResult = { readonly allowed: true } | { readonly allowed: false; readonly code: AuthorizationDenial }

// A registry symbol, so that an index compiled by one copy of the package works in another.
export const COMPILED = Symbol.for('stytch-b2b.policy')

/**
 * Resource → the roles that may act on it: per action, and for any action (`*`). Keyed by
 * resource first because a check names one resource, so one lookup narrows it to a few sets.
 */
export type PolicyIndex = ReadonlyMap<string, ResourceGrants>

/** Who may act on one resource. */
export interface ResourceGrants {
  /** Roles granted `*` on the resource. */
  readonly any: ReadonlySet<string>
  /** Roles granted each named action. */
  readonly actions: ReadonlyMap<string, ReadonlySet<string>>
}

/** A policy compiled by `compilePolicy`: opaque, frozen, safe to share and reuse. */
export interface CompiledPolicy {
  readonly [COMPILED]: PolicyIndex
}
