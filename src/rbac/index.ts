/**
 * Local RBAC authorization: pure, exact checks against the project policy, and a per-context
 * policy cache.
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
export { getProjectPolicy } from './getProjectPolicy.js'
export { isAuthorized } from './isAuthorized.js'
export type {
  AuthorizationCheck,
  AuthorizationDenial,
  AuthorizationResult,
  AuthorizationSubject,
  CompiledPolicy,
  RbacPermission,
  RbacPolicy,
  RbacRole,
} from './types.js'
