export function makeRollupBackups(count: number, options?: { seed?: number; duplicates?: boolean }): { name: string; text: string }[];
