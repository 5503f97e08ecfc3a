import { integer, number, pipe, string, type GenericSchema } from 'valibot'

/** An integer param. */
export const int = /* @__NO_SIDE_EFFECTS__ */ () => pipe(number(), integer())

/**
 * A string param whose known values are `T`. Any string passes, so that values Stytch adds later
 * still work, while editors still suggest the known ones.
 */
export const openEnum = /* @__NO_SIDE_EFFECTS__ */ <T extends string>() =>
  string() as unknown as GenericSchema<T | (string & {}), T | (string & {})>
