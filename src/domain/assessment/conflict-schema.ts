import { z } from 'zod/mini';

/**
 * The other version of a part two tabs changed at once (conflicts.ts), as stored: by assessment id, by part name.
 * A conflict is live while the part's change time is still the one it was recorded at.
 */
export const conflictSchema = z.object({ other: z.unknown(), at: z.number() });
export type Conflict = z.infer<typeof conflictSchema>;
/** By assessment id, by part name. */
export type Conflicts = Record<string, Record<string, Conflict>>;
export const conflictsSchema = z.record(z.string().check(z.maxLength(64)), z.record(z.string().check(z.maxLength(200)), conflictSchema));

/** The live conflict of one part, or undefined. */
export function liveConflict(state: { conflicts: Conflicts; clocks: Record<string, Record<string, number>> }, id: string, part: string): Conflict | undefined {
  const conflict = Object.hasOwn(state.conflicts, id) ? state.conflicts[id]?.[part] : undefined;
  return conflict && conflict.at === state.clocks[id]?.[part] ? conflict : undefined;
}
