import { StytchError } from '../core/errors.js'
import { mine, PROTO } from '../core/own.js'
import { COMPILED, type CompiledPolicy, type PolicyIndex, type RbacOrgPolicy, type RbacPermission, type RbacPolicy } from './types.js'

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

/** Indexes grants (a role's or a scope's permissions) by resource, then action, to the grantee ids. */
function index(entries: readonly unknown[], idKey: 'role_id' | 'scope', path: string, type: string): PolicyIndex {
  const out = new Map<string, MutableGrants>()
  entries.forEach((entry, i) => {
    const id = (entry as Record<string, unknown> | null)?.[idKey]
    const permissions = (entry as { permissions?: unknown } | null)?.permissions as RbacPermission[]
    if (
      typeof id !== 'string' ||
      !Array.isArray(permissions) ||
      // Non-string actions are harmless (they never equal a requested action), so only the shape is checked.
      permissions.some((p) => typeof p?.resource_id !== 'string' || !Array.isArray(p.actions))
    ) {
      invalidInput(`${path}[${i}]`, type)
    }
    // Repeated ids simply add their grants.
    for (const { resource_id, actions } of permissions) {
      const grants: MutableGrants = out.get(resource_id) ?? { any: new Set(), actions: new Map() }
      out.set(resource_id, grants)
      for (const action of actions) {
        if (action === '*') grants.any.add(id)
        else grants.actions.set(action, (grants.actions.get(action) ?? new Set<string>()).add(id))
      }
    }
  })
  return out
}

/**
 * Compiles a project or organization policy into an immutable index (resource → action → role
 * or scope ids) for fast checks. The result is memoized per policy object, and an already
 * compiled policy is returned as is. An organization policy has no scopes; a project policy
 * without `scopes` has none either.
 *
 * Hint: treat policies as immutable; a changed policy must be a new object to be compiled again.
 *
 * @throws {StytchError} (code `invalid_params`) when the policy is malformed; the message names the field path.
 */
export function compilePolicy(policy: RbacPolicy | RbacOrgPolicy | CompiledPolicy): CompiledPolicy {
  if (COMPILED in Object(policy)) return policy as CompiledPolicy
  const roles = (policy as RbacPolicy | null)?.roles
  // Scopes from a polluted Object.prototype are not the policy's.
  const scopes = mine((policy as RbacPolicy | null)?.scopes, PROTO['scopes']) ?? []
  if (!Array.isArray(roles) || !Array.isArray(scopes)) invalidInput('policy', 'an RbacPolicy')
  let result = compiled.get(policy)
  if (result) return result
  result = Object.freeze({
    [COMPILED]: Object.freeze([index(roles, 'role_id', 'policy.roles', 'an RbacRole'), index(scopes, 'scope', 'policy.scopes', 'an RbacScope')] as const),
  })
  compiled.set(policy, result)
  return result
}
