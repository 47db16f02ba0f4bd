import type { Assessment } from './assessment';
import { assessmentSchema } from './assessment';
import { withPart } from './assessment-merge';
import { assessmentParts, partsOf, type PartRule } from './assessment-parts';
import { canonicalText } from '../shared/canonical-text';
import type { Conflict, Conflicts } from './conflict-schema';
import type { StoredState } from './stored-state';

/**
 * Two tabs that change the same part of an assessment (the same rating, note, experience, action, title or details)
 * before either has seen the other's change: the later change is shown, and the other version is kept beside it,
 * named by the part, until the user chooses one or edits the part again. A conflict is live while the part's change
 * time is still the one it was recorded at; any later change of the part ends it, in every tab.
 */
/** The fields whose parts keep the other version: what the user writes. Rounds and reviews follow the later change. */
const keptFields = ['ratings', 'experience', 'actions', 'title', 'appointee'] as const satisfies readonly (keyof Assessment)[];
const keptRules: PartRule[] = keptFields.map((field) => assessmentParts[field]);

function isKept(part: string): boolean {
  return keptRules.some((rule) =>
    rule.merge === 'whole' ? rule.part === part : (rule.merge === 'by-key' || rule.merge === 'by-id') && part.startsWith(rule.prefix),
  );
}

/** The parts both `ours` and `theirs` changed, each its own way, since `base` (what this tab last read). */
export function concurrentEdits(base: StoredState, ours: StoredState, theirs: StoredState): { id: string; part: string }[] {
  const edits: { id: string; part: string }[] = [];
  for (const [id, mine] of Object.entries(ours.assessments)) {
    const other = Object.hasOwn(theirs.assessments, id) ? theirs.assessments[id] : undefined;
    if (!other || other === mine) continue;
    const before = Object.hasOwn(base.assessments, id) ? base.assessments[id] : undefined;
    const [a, b, c] = [partsOf(mine), partsOf(other), before ? partsOf(before) : {}];
    for (const part of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!isKept(part)) continue;
      const [x, y, z0] = [canonicalText(a[part]), canonicalText(b[part]), canonicalText(c[part])];
      if (x !== y && x !== z0 && y !== z0) edits.push({ id, part });
    }
  }
  return edits;
}

/** `merged` with the losing version of each concurrent edit kept as a conflict, at the part's merged change time. */
export function withConflictsKept(merged: StoredState, edits: readonly { id: string; part: string }[], ours: StoredState, theirs: StoredState): StoredState {
  if (edits.length === 0) return merged;
  const conflicts: Conflicts = { ...merged.conflicts };
  for (const { id, part } of edits) {
    const result = merged.assessments[id];
    const mine = ours.assessments[id];
    const other = theirs.assessments[id];
    if (!result || !mine || !other) continue;
    const shown = canonicalText(partsOf(result)[part]);
    const loser = canonicalText(partsOf(mine)[part]) === shown ? partsOf(other)[part] : partsOf(mine)[part];
    conflicts[id] = { ...conflicts[id], [part]: { other: loser ?? null, at: merged.clocks[id]?.[part] ?? 0 } };
  }
  return { ...merged, conflicts };
}

/** The conflicts of both sides still live against `clocks` (a later change of the part ends one), the same in every tab. */
export function mergeConflicts(ours: Conflicts, theirs: Conflicts, clocks: StoredState['clocks'], assessments: StoredState['assessments']): Conflicts {
  const merged: Conflicts = {};
  for (const side of [ours, theirs]) {
    for (const [id, parts] of Object.entries(side)) {
      if (!Object.hasOwn(assessments, id)) continue;
      for (const [part, conflict] of Object.entries(parts)) {
        if (conflict.at !== clocks[id]?.[part]) continue;
        const kept = merged[id]?.[part];
        if (kept && canonicalText(kept) >= canonicalText(conflict)) continue;
        merged[id] = { ...merged[id], [part]: conflict };
      }
    }
  }
  return merged;
}

/** The assessment with the other version of `part` taken, when it makes a valid assessment; else null. */
export function withOtherVersion(assessment: Assessment, part: string, conflict: Conflict, now: string): Assessment | null {
  const changed = withPart(assessmentParts, { ...assessment, updatedAt: now }, part, conflict.other ?? undefined);
  const parsed = assessmentSchema.safeParse(changed);
  return parsed.success ? parsed.data : null;
}
