/**
 * Local RBAC authorization: pure, exact checks against the project policy (roles and scopes) and
 * an organization's custom roles, and per-context policy caches.
 *
 * @example
 * ```ts
 * import { getProjectPolicy, isAuthorized } from 'stytch-b2b/rbac'
 * const policy = await getProjectPolicy(ctx)
 * if (!isAuthorized(policy, session, { organization_id, resource_id: 'documents', action: 'edit' })) return forbidden()
 * ```
 *
 * @module
 */
export { authorize } from './authorize.js'
export { checkAuthorization } from './checkAuthorization.js'
export { compilePolicy } from './compilePolicy.js'
export { getOrganizationPolicy } from './getOrganizationPolicy.js'
export { getProjectPolicy } from './getProjectPolicy.js'
export { isAuthorized } from './isAuthorized.js'
export type {
  AuthorizationCheck,
  AuthorizationDenial,
  AuthorizationResult,
  AuthorizationSubject,
  CompiledPolicy,
  MemberSubject,
  RbacOrgPolicy,
  RbacPermission,
  RbacPolicy,
  RbacRole,
  RbacScope,
  TokenSubject,
} from './types.js'
