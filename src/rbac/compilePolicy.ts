import { StytchError } from '../core/errors.js'
import { COMPILED, type CompiledPolicy, type PolicyIndex, type RbacPolicy, type RbacRole } from './types.js'

interface MutableGrants {
  any: Set<string>
  actions: Map<string, Set<string>>
}

// Memo per policy object: a policy is compiled once however often it is checked against.
const compiled = new WeakMap<object, CompiledPolicy>()

/** Throws the typed error for malformed RBAC input: `path` names the field, `type` the type it must have. */
export function invalidInput(path: string, type: string): never {
  throw new StytchError('invalid_params', `${path} is not ${type}`)
}

/**
 * Compiles a policy into an immutable index (resource → action → roles) for fast checks. The
 * result is memoized per policy object, and an already compiled policy is returned as is.
 *
 * Hint: treat policies as immutable; a changed policy must be a new object to be compiled again.
 *
 * @throws {StytchError} (code `invalid_params`) when the policy is malformed; the message names the field path.
 */
export function compilePolicy(policy: RbacPolicy | CompiledPolicy): CompiledPolicy {
  if (COMPILED in Object(policy)) return policy as CompiledPolicy
  const roles = (policy as RbacPolicy | null)?.roles
  if (!Array.isArray(roles)) invalidInput('policy', 'an RbacPolicy')
  let result = compiled.get(policy)
  if (result) return result
  const index = new Map<string, MutableGrants>()
  roles.forEach((role: RbacRole, i: number) => {
    const permissions = role?.permissions
    if (
      typeof role?.role_id !== 'string' ||
      !Array.isArray(permissions) ||
      // Non-string actions are harmless (they never equal a requested action), so only the shape is checked.
      permissions.some((p) => typeof p?.resource_id !== 'string' || !Array.isArray(p.actions))
    ) {
      invalidInput(`policy.roles[${i}]`, 'an RbacRole')
    }
    // Repeated role ids simply add their grants.
    for (const { resource_id, actions } of permissions) {
      const grants: MutableGrants = index.get(resource_id) ?? { any: new Set(), actions: new Map() }
      index.set(resource_id, grants)
      for (const action of actions) {
        if (action === '*') grants.any.add(role.role_id)
        else grants.actions.set(action, (grants.actions.get(action) ?? new Set<string>()).add(role.role_id))
      }
    }
  })
  result = Object.freeze({ [COMPILED]: index as PolicyIndex })
  compiled.set(policy, result)
  return result
}
