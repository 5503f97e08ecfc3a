/** A spec type expression: a primitive name, or `{ ref }`, `{ array }`, `{ map }`, `{ enum, ref }`, `{ external }`. */
export type SpecType = string | { readonly ref?: string; readonly array?: SpecType; readonly map?: SpecType; readonly enum?: readonly string[]; readonly external?: string }
export interface SpecField { readonly name: string; readonly type: SpecType; readonly required: boolean | null }
export type SpecNamedType =
  | { readonly kind: 'object'; readonly fields: readonly SpecField[] }
  | { readonly kind: 'alias'; readonly type: SpecType }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
export interface SpecMethod { readonly id: string; readonly responseType?: string }
export interface Spec { readonly methods: readonly SpecMethod[]; readonly consumerMethods: readonly SpecMethod[]; readonly types: Readonly<Record<string, SpecNamedType>> }
export interface SampleFailure { readonly id: string; readonly key: string; readonly problems: string[] }
export declare function jsonKind(value: unknown): 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null' | 'undefined' | 'bigint' | 'symbol' | 'function'
export declare function typeProblems(types: Spec['types'], type: SpecType, value: unknown, path?: string, depth?: number): string[]
export declare function specMethod(spec: Spec, id: string): SpecMethod | undefined
export declare function responseProblems(spec: Spec, id: string, body: unknown): string[]
export declare function checkSamples(spec: Spec, endpoints: readonly { readonly id: string; readonly method: string; readonly path: string }[], samples: Readonly<Record<string, readonly unknown[]>>): SampleFailure[]
