import type { GenericSchema, InferOutput } from 'valibot'
import { paramsError, StytchClaimsError } from './errors.js'
import { toIssues, type SchemaIssue } from './issues.js'

/** A valibot schema that validates `member_session.custom_claims`. */
export type ClaimsSchema = GenericSchema<unknown, unknown>

/** Type of the custom claims once validated by `S`, or a plain record without a schema. */
export type ClaimsOf<S> = S extends ClaimsSchema ? InferOutput<S> : Record<string, unknown>

interface StandardSchema {
  readonly '~standard': {
    validate(value: unknown): { value?: unknown; issues?: readonly SchemaIssue[] } | Promise<{ value?: unknown; issues?: readonly SchemaIssue[] }>
  }
}

/** Throws a params error (nothing sent yet) unless `schema` has the Standard Schema interface that valibot schemas implement. */
export function checkClaimsSchema(schema: unknown): asserts schema is StandardSchema {
  if (typeof (schema as Partial<StandardSchema> | null)?.['~standard']?.validate !== 'function') {
    throw paramsError('options.claims', 'must be a valibot (Standard Schema) schema')
  }
}

/**
 * Validates custom claims with a Standard Schema and returns its output.
 *
 * @throws {StytchClaimsError} naming each failing claim path, never its value.
 */
export async function validateClaims(schema: unknown, claims: unknown): Promise<unknown> {
  checkClaimsSchema(schema)
  const result = await schema['~standard'].validate(claims)
  if (!result.issues) return result.value
  throw new StytchClaimsError(toIssues(result.issues))
}
