// Types of bench/lib.mjs, for the tests that check its statistics.
export declare function median(values: readonly number[]): number
export declare function summary(values: readonly number[], digits?: number, unit?: string): string
export declare function rotate<T>(list: readonly T[], r: number): T[]
export declare function interleave<R>(reps: number, contenders: readonly string[], once: (who: string, r: number) => Promise<R>, label?: string): Promise<Record<string, R>[]>
export declare function column<R, V>(records: readonly R[], pick: (record: R) => V): V[]
export declare function ratios<R>(records: readonly R[], a: (record: R) => number, b: (record: R) => number): number[]
export declare function runNode(args: readonly string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<{ ms: number; out: string }>
export declare function runCase(args: readonly string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<unknown>
export declare function sunk(): number
export declare function timeSync(fn: () => unknown, options?: { blockMs?: number; blocks?: number }): number
export declare function timeAsync(fn: () => Promise<unknown>, options?: { blockMs?: number; blocks?: number }): Promise<number>
export declare function timeBatches<T>(items: readonly T[], size: number, batchFn: (batch: T[]) => Promise<unknown>): Promise<number>
