export function makeRollupBackups(
  count: number,
  options?: { seed?: number; duplicates?: boolean; otherYears?: boolean; first?: number },
): { name: string; text: string }[];
/** A seeded random generator (mulberry32): the same numbers in [0, 1) for the same seed. */
export function mulberry32(seed: number): () => number;
