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

/**
 * @internal The claims step of the endpoints whose response carries a member session (their
 * descriptors name it, so other endpoints' bundles carry none of it): checks the caller's schema
 * before anything is sent, and returns what completes the response — `custom_claims` validated by
 * the schema, or as sent (`{}` when absent). A response without a session (MFA pending) is left as is.
 */
export function sessionClaims(schema: unknown): (data: Record<string, unknown>) => Promise<void> {
  if (schema !== undefined) checkClaimsSchema(schema)
  return async (data) => {
    const session = data['member_session'] as Record<string, unknown> | null | undefined
    if (!session) return
    const custom = session['custom_claims'] ?? {}
    session['custom_claims'] = schema === undefined ? custom : await validateClaims(schema, custom)
  }
}
