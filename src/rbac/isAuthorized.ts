import { PROTO } from '../core/own.js'
import { arr, indexes, invalid, str } from './compilePolicy.js'
import type { AuthorizationCheck, AuthorizationSubject, CompiledPolicy, PolicyIndex, PolicyIndexes, RbacOrgPolicy, RbacPolicy } from './types.js'

// The policies of the last check and their indexes, one slot per argument: the usual caller passes
// the same objects every time and then skips the memo's WeakMap lookups, a large part of a check's
// time. The slots keep the last two policies alive, nothing more.
let lastPolicy: unknown
let lastIndexes: PolicyIndexes
let lastOrgPolicy: unknown
let lastOrgRoles: PolicyIndex | undefined

/** Whether one of `ids` is granted `action`, by name or by `*`, on `resource` in `index`. */
const granted = (index: PolicyIndex, ids: readonly unknown[], resource: string, action: string): boolean => {
  const byAction = index.get(resource)
  const named = byAction?.get(action)
  const all = byAction?.get('*')
  for (let i = 0; i < ids.length; i++) if (named?.has(ids[i]) || all?.has(ids[i])) return true
  return false
}

/**
 * Tells whether the subject may perform the check's action, by the rules of `checkAuthorization`.
 *
 * @throws {StytchError} (code `invalid_params`) naming the field when a policy, the subject or the check is malformed.
 */
export const isAuthorized = (
  policy: RbacPolicy | CompiledPolicy,
  subject: AuthorizationSubject,
  check: AuthorizationCheck,
  orgPolicy?: RbacOrgPolicy | CompiledPolicy,
): boolean => {
  // Fields are read by name, and only own values count (see `str`). A token holds scopes, a member roles.
  const token = subject?.scopes !== PROTO['scopes']
  const ids = token
    ? (subject.roles !== PROTO['roles'] && invalid('subject.roles', 'absent with scopes'), arr(subject.scopes, 'subject.scopes'))
    : arr(subject?.roles, 'subject.roles', PROTO['roles'])
  const sameOrganization =
    str(subject.organization_id, 'subject.organization_id', PROTO['organization_id']) === str(check?.organization_id, 'check.organization_id', PROTO['organization_id'])
  const resource = str(check.resource_id, 'check.resource_id', PROTO['resource_id'])
  const action = str(check.action, 'check.action', PROTO['action'])
  if (policy !== lastPolicy) {
    lastIndexes = indexes(policy)
    lastPolicy = policy
  }
  if (orgPolicy !== lastOrgPolicy) {
    lastOrgRoles = orgPolicy && indexes(orgPolicy, 'orgPolicy')[0]
    lastOrgPolicy = orgPolicy
  }
  return sameOrganization && (granted(lastIndexes[+token] as PolicyIndex, ids, resource, action) || (!token && !!lastOrgRoles && granted(lastOrgRoles, ids, resource, action)))
}
