import type { GenericSchema, InferOutput } from 'valibot'

/** A valibot schema that validates `member_session.custom_claims`. */
export type ClaimsSchema = GenericSchema<unknown, unknown>

/** Type of the custom claims once validated by `S`, or a plain record without a schema. */
export type ClaimsOf<S> = S extends ClaimsSchema ? InferOutput<S> : Record<string, unknown>
