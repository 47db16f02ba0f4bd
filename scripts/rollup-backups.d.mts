export function makeRollupBackups(count: number, options?: { seed?: number; duplicates?: boolean; otherYears?: boolean }): { name: string; text: string }[];
