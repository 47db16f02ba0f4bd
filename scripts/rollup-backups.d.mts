export function makeRollupBackups(count: number, options?: { seed?: number; duplicates?: boolean; otherYears?: boolean; first?: number }): { name: string; text: string }[];
