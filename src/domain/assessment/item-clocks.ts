import type { Assessment } from './assessment';
import { partsOf } from './assessment-parts';
import { canonicalText } from '../shared/canonical-text';
import type { StoredState } from './stored-state';

/**
 * Two tabs never lose an edit: every item of an assessment (a rating, an experience record, an action, the title, the
 * appointee, the rounds) carries the time of its last change, and two states merge item by item, the later change
 * winning. The merge is commutative, associative and idempotent, so tabs that exchange states in any order end equal.
 */

/** The clock entry of the app's own settings (language, current assessment); assessment ids never start with @. */
export const appClockId = '@app';

/** The keys of the parts that differ between two versions of an assessment (either may be absent). */
export function changedParts(before: Assessment | undefined, after: Assessment | undefined): string[] {
  const a = before ? partsOf(before) : {};
  const b = after ? partsOf(after) : {};
  // Updates are immutable, so a part that is the same value is unchanged; a part on one side only has surely changed
  // (a new assessment: no text to build); only parts on both sides are compared as text.
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => a[key] !== b[key] && (a[key] === undefined || b[key] === undefined || canonicalText(a[key]) !== canonicalText(b[key])),
  );
}

/**
 * Records the changes from `before` to `after` at `time`: bumps the clock of every changed part, the app settings'
 * clock when language or current assessment changed, and marks deleted assessments.
 */
export function recordChanges(before: StoredState, after: StoredState, time: number): StoredState {
  let clocks = after.clocks;
  let deleted = after.deleted;
  let changes = 0;
  for (const id of new Set([...Object.keys(before.assessments), ...Object.keys(after.assessments)])) {
    const previous = before.assessments[id];
    const next = after.assessments[id];
    if (previous === next) continue;
    const keys = changedParts(previous, next);
    if (next === undefined) deleted = { ...deleted, [id]: time };
    if (keys.length > 0 || (next && !previous)) {
      clocks = { ...clocks, [id]: { ...clocks[id], ...Object.fromEntries(keys.map((key) => [key, time])), ...(previous ? {} : { created: time }) } };
      changes += 1;
    }
  }
  if (before.language !== after.language || before.currentAssessmentId !== after.currentAssessmentId) {
    clocks = {
      ...clocks,
      [appClockId]: {
        ...clocks[appClockId],
        ...(before.language !== after.language ? { language: time } : {}),
        ...(before.currentAssessmentId !== after.currentAssessmentId ? { current: time } : {}),
      },
    };
  }
  if (clocks === after.clocks && deleted === after.deleted) return after;
  return { ...after, clocks, deleted, changesSinceExport: after.changesSinceExport + changes };
}
