import type { StytchIssue } from './errors.js'

/** An issue as valibot reports it; other Standard Schema libraries give only `message` and `path`. */
export interface SchemaIssue {
  readonly kind?: string
  readonly type?: string
  readonly expected?: string | null
  readonly input?: unknown
  readonly message: string
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: unknown }> | undefined
}

/** The JSON kind of a value: `null` and `array` apart from `object`. */
export const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

/**
 * Turns schema issues into `{ path, message }`, for params and claims alike. Messages name the
 * expected kind and the received *type*, never the value: params carry passwords and tokens, claims
 * carry personal data. A schema library's own message is not used, since it may quote the value.
 */
export function toIssues(issues: readonly SchemaIssue[]): StytchIssue[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((item) => String(typeof item === 'object' ? item.key : item)).join('.') || '(root)',
    message:
      issue.type === 'strict_object' && issue.expected === 'never' ? 'is not a known field'
      : issue.kind === undefined ? 'does not match the schema'
      : issue.kind !== 'schema' ? `fails the ${issue.type} check`
      : issue.input === undefined ? 'is required'
      : `expected ${issue.expected}, received ${typeName(issue.input)}`,
  }))
}
