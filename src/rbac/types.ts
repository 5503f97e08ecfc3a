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

// A registry symbol, so that an index compiled by one copy of the package works in another.
// Versioned: the index gained scopes, so an index of an older copy is not taken for a current one.
export const COMPILED = /* @__PURE__ */ Symbol.for('stytch-b2b.policy.2')

/**
 * Resource → the roles that may act on it: per action, and for any action (`*`). Keyed by
 * resource first because a check names one resource, so one lookup narrows it to a few sets.
 */
export type PolicyIndex = ReadonlyMap<string, ResourceGrants>

/** Who may act on one resource. */
export interface ResourceGrants {
  /** Roles (or scopes) granted `*` on the resource. */
  readonly any: ReadonlySet<string>
  /** Roles (or scopes) granted each named action. */
  readonly actions: ReadonlyMap<string, ReadonlySet<string>>
}

/** A policy compiled by `compilePolicy`: opaque, frozen, safe to share and reuse. */
export interface CompiledPolicy {
  /** Grants to role ids, then grants to scope names. */
  readonly [COMPILED]: readonly [roles: PolicyIndex, scopes: PolicyIndex]
}
