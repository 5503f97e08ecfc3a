import { integer, number, pipe, strictObject, string, type GenericSchema, type ObjectEntries, type StrictObjectSchema } from 'valibot'

/**
 * A strict object schema whose entries have no prototype: valibot walks the entries with `for…in`,
 * which would also visit an enumerable key added to `Object.prototype` elsewhere in the app and
 * then fail (or demand) a field this schema never had.
 */
export const strict = /* @__NO_SIDE_EFFECTS__ */ <T extends ObjectEntries>(entries: T): StrictObjectSchema<T, undefined> =>
  strictObject(Object.assign(Object.create(null), entries) as T)

/** An integer param. */
export const int = /* @__NO_SIDE_EFFECTS__ */ () => pipe(number(), integer())

/**
 * A string param whose known values are `T`. Any string passes, so that values Stytch adds later
 * still work, while editors still suggest the known ones.
 */
export const openEnum = /* @__NO_SIDE_EFFECTS__ */ <T extends string>() =>
  string() as unknown as GenericSchema<T | (string & {}), T | (string & {})>
