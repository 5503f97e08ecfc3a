/** One permission of a role: the actions it allows on one resource; `*` allows every action. */
export interface RbacPermission {
  readonly resource_id: string
  readonly actions: readonly string[]
}

/** A role of the project policy, or a custom role of an organization policy. */
export interface RbacRole {
  readonly role_id: string
  readonly permissions: readonly RbacPermission[]
  readonly description?: string
}

/** A scope of the project policy: what a token holding it may do. */
export interface RbacScope {
  readonly scope: string
  readonly permissions: readonly RbacPermission[]
  readonly description?: string
}

/**
 * The project's RBAC policy as `getRbacPolicy` returns it. `roles` and `scopes` (absent means
 * none) are read; `resources` is carried along but not consulted by the check.
 */
export interface RbacPolicy {
  readonly roles: readonly RbacRole[]
  readonly scopes?: readonly RbacScope[]
  readonly resources?: readonly { readonly resource_id: string; readonly actions: readonly string[]; readonly description?: string }[]
}

/** An organization's policy (`org_policy` of `getOrgPolicy`): custom roles added to the project's. */
export interface RbacOrgPolicy {
  readonly roles: readonly RbacRole[]
}

/** A member session: its organization and roles, checked against project and organization roles. */
export interface MemberSubject {
  readonly organization_id: string
  readonly roles: readonly string[]
  readonly scopes?: undefined
}

/** An access token: its organization and scopes (the `scope` claim split on spaces), checked against project scopes. */
export interface TokenSubject {
  readonly organization_id: string
  readonly scopes: readonly string[]
  readonly roles?: undefined
}

/** Who is asking: a member with roles, or a token with scopes, never both. */
export type AuthorizationSubject = MemberSubject | TokenSubject

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

/**
 * Resource → action → the ids (roles or scopes) granted it, as the keys of a map, `*` as an action
 * of its own: a check reads the named action's ids and the `*` ids. Keyed by resource first
 * because a check names one resource.
 */
export type PolicyIndex = ReadonlyMap<unknown, ReadonlyMap<unknown, { has(id: unknown): boolean }>>

declare const compiled: unique symbol

/** A policy compiled by `compilePolicy`: opaque and read-only, safe to share and reuse within this copy of the package. */
export interface CompiledPolicy {
  readonly [compiled]: true
}

/** @internal What a compiled policy holds: grants to role ids, then grants to scope names. */
export type PolicyIndexes = readonly [roles: PolicyIndex, scopes: PolicyIndex]
