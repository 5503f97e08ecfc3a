import { paramsError } from './errors.js'
import { typeName } from './issues.js'
import { plainData } from './pipeline.js'
import type { Endpoint, JsonValue } from './types.js'
import { isPathParam } from './url.js'

declare const brand: unique symbol

/** Fields for `options.unknownFields`, made by {@link unknownFields}. */
export interface UnknownFields {
  readonly [brand]: 'UnknownFields'
}

const AT = 'options.unknownFields'

/**
 * Fields Stytch takes that this release's params do not know yet, for `options.unknownFields`:
 * they join the JSON body (POST, PUT) or the query (GET, DELETE; strings, numbers and booleans
 * only) after the params are checked. A plain JSON copy is taken now, from own properties only. A
 * field the endpoint's params name, or a path param, is refused when the call runs, before it
 * sends: it belongs in `params`, where it is checked and cannot move the URL.
 *
 * Hint: an import of its own, so that bundles which never send such fields carry none of this.
 * Treat each use as a note to upgrade.
 *
 * @example
 * ```ts
 * await createMember(ctx, params, { unknownFields: unknownFields({ crm_account: 'crm-4412' }) })
 * ```
 * @throws {StytchParamsError} naming the field: empty, not plain JSON data, or an `undefined` value.
 */
export function unknownFields(fields: Readonly<Record<string, JsonValue>>): UnknownFields {
  if (typeName(fields) !== 'object') throw paramsError(AT, 'must be an object')
  const copy = plainData(fields, AT) as Record<string, JsonValue>
  const names = Object.keys(copy)
  if (!names.length) throw paramsError(AT, 'must hold at least one field')
  for (const name of names) if (copy[name] === undefined) throw paramsError(`${AT}.${name}`, 'must be JSON data')
  const forEndpoint = (endpoint: Endpoint): Record<string, JsonValue> => {
    const query = endpoint.method === 'GET' || endpoint.method === 'DELETE'
    for (const name of names) {
      const problem = isPathParam(endpoint.path, name)
        ? 'is a path param: pass it in params'
        : Object.hasOwn(endpoint.params, name)
          ? 'is a known field: pass it in params'
          : query && !['string', 'number', 'boolean'].includes(typeof copy[name])
            ? 'must be a string, number or boolean in a query'
            : ''
      if (problem) throw paramsError(`${AT}.${name}`, problem)
    }
    return copy
  }
  return forEndpoint as unknown as UnknownFields
}

/** @internal The fields of `options.unknownFields` for `endpoint`, checked; throws unless {@link unknownFields} made them. */
export type ReadUnknownFields = (endpoint: Endpoint) => Record<string, JsonValue>
