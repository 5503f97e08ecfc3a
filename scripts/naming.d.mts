export declare const VERBS: readonly string[]
export declare function functionName(id: string): string
export declare function groupOf(id: string): string
