/** Chunks that import themselves through others, as readable lines (scripts/check-size-budgets.mjs). */
export function chunkCycles(dist: string): string[];
