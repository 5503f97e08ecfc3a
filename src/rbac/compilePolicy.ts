import { StytchError } from '../core/errors.js'
import { PROTO } from '../core/own.js'
import type { CompiledPolicy, PolicyIndex, PolicyIndexes, RbacOrgPolicy, RbacPolicy } from './types.js'

// Memo per policy object, so that a policy is compiled once however often it is checked against;
// each compiled policy also maps to itself, which is how an argument is recognised as compiled.
const memo = new WeakMap<object, PolicyIndexes>()

/** @internal The one error for malformed RBAC input: `path` names the field, `what` what it must be; never the value. */
export const invalid = (path: string, what: string): never => {
  throw new StytchError('invalid_params', `${path}: must be ${what}`)
}

/**
 * @internal `value` if it is a string and not `inherited`, the value of the same name on
 * `Object.prototype` (so that what a polluted prototype lends counts as absent); otherwise
 * throws, naming `path`. Hot callers read fields by name, which V8 keeps fast.
 */
export const str = (value: unknown, path: string, inherited: unknown): string =>
  typeof value === 'string' && value !== inherited ? value : invalid(path, 'a string')

/** @internal {@link str} for an array. */
export const arr = <T = unknown>(value: unknown, path: string, inherited?: unknown): T[] =>
  Array.isArray(value) && value !== inherited ? value : invalid(path, 'an array')

type Loose = Record<string, unknown> | null | undefined

/**
 * `value[key]`, named `path.key`, checked by {@link str}, or with `visit` by {@link arr} and then
 * passed element by element to `visit` with its path: for compiling, where speed matters less.
 */
const own: {
  (value: Loose, key: string, path: string): unknown
  (value: Loose, key: string, path: string, visit: (element: Loose, path: string) => void): void
} = (value: Loose, key: string, path: string, visit?: (element: Loose, path: string) => void, found = (visit ? arr : str)(value?.[key], `${path}.${key}`, PROTO[key])): unknown =>
  visit ? (found as Loose[]).forEach((element, i) => visit(element, `${path}.${key}[${i}]`)) : found

type Tree = Map<unknown, Tree>

/** The map under `key` in `map`, made empty first when absent. */
const branch = (map: Tree, key: unknown): Tree => map.get(key) ?? map.set(key, new Map()).get(key)!

/**
 * Indexes the roles' or scopes' grants: resource → action (`*` as given) → grantee ids (the keys
 * of a map, whose values go unread, so that one helper makes every level); repeated ids add up.
 * (Defaults stand in for local variables: they bundle smaller.)
 */
const index = (policy: Loose, name: string, list: 'roles' | 'scopes', key: string, out: Tree = new Map()): PolicyIndex => (
  own(policy, list, name, (entry, path, id = own(entry, key, path)) =>
    own(entry, 'permissions', path, (permission, path, byAction = branch(out, own(permission, 'resource_id', path))) =>
      // Non-string actions are harmless: no check names one.
      own(permission, 'actions', path, (action) => branch(byAction, action).set(id, out)),
    ),
  ),
  out
)

/** @internal {@link compilePolicy}, typed as what it holds; `name` names the argument in errors. */
export const indexes = (policy: unknown, name = 'policy', result = memo.get(policy as object)): PolicyIndexes =>
  result ??
  memo
    // Scopes may be absent (or only inherited): then there are none.
    .set(policy as object, (result = [index(policy as Loose, name, 'roles', 'role_id'), (policy as Loose)?.['scopes'] === PROTO['scopes'] ? new Map() : index(policy as Loose, name, 'scopes', 'scope')]))
    .set(result, result)
    .get(result)!

/**
 * Compiles a project or organization policy into an index (resource → action → role or scope
 * ids) for fast checks. The result is memoized per policy object, and a policy compiled by this
 * copy of the package is returned as is. An organization policy has no scopes; a project policy
 * without `scopes` has none either.
 *
 * Hint: treat policies and their compiled form as immutable; a changed policy must be a new object
 * to be compiled again.
 *
 * @throws {StytchError} (code `invalid_params`) when the policy is malformed; the message names the field path.
 */
export const compilePolicy = (policy: RbacPolicy | RbacOrgPolicy | CompiledPolicy): CompiledPolicy => indexes(policy) as unknown as CompiledPolicy
