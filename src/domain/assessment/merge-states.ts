import type { Assessment } from './assessment';
import { assessmentParts } from './assessment-parts';
import { mergeBy } from './assessment-merge';
import { canonicalText } from '../shared/canonical-text';
import { concurrentEdits, mergeConflicts, withConflictsKept } from './conflicts';
import { appClockId } from './item-clocks';
import type { StoredState } from './stored-state';

/**
 * The merge of two tabs' states, item by item (item-clocks.ts says how changes are stamped). Only needed when another
 * tab wrote: the store loads this module after the first screen, and writes nothing that needs it until it is in.
 */

function newest(clock: Record<string, number> | undefined): number {
  return Math.max(0, ...Object.values(clock ?? {}));
}

/** Picks a side for one part: the later clock, and at equal clocks the larger canonical text (the same choice in every tab). */
function pick<T>(ours: T, theirs: T, ourClock: number, theirClock: number): 'ours' | 'theirs' {
  if (ourClock !== theirClock) return ourClock > theirClock ? 'ours' : 'theirs';
  return canonicalText(ours) >= canonicalText(theirs) ? 'ours' : 'theirs';
}

function mergeAssessment(ours: Assessment, theirs: Assessment, ourClock: Record<string, number>, theirClock: Record<string, number>): Assessment {
  const clockNames = new Set([...Object.keys(ourClock), ...Object.keys(theirClock)]);
  // Built field by field from the declaration of an assessment's parts, from two valid assessments.
  return mergeBy(assessmentParts, ours, theirs, (part, a, b) => pick(a, b, ourClock[part] ?? 0, theirClock[part] ?? 0), clockNames) as Assessment;
}

function maxRecord(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const result = { ...a };
  for (const [key, value] of Object.entries(b)) result[key] = Math.max(result[key] ?? 0, value);
  return result;
}

/** Merges two tabs' states item by item (see above). An edit made after a deletion keeps the assessment. */
export function mergeStoredStates(ours: StoredState, theirs: StoredState): StoredState {
  const deleted = maxRecord(ours.deleted, theirs.deleted);
  const clocks: StoredState['clocks'] = {};
  for (const id of new Set([...Object.keys(ours.clocks), ...Object.keys(theirs.clocks)]))
    clocks[id] = maxRecord(ours.clocks[id] ?? {}, theirs.clocks[id] ?? {});
  const assessments: StoredState['assessments'] = {};
  for (const id of [...new Set([...Object.keys(ours.assessments), ...Object.keys(theirs.assessments)])].sort()) {
    const a = ours.assessments[id];
    const b = theirs.assessments[id];
    if ((deleted[id] ?? -1) >= newest(clocks[id])) continue;
    if (a && b) assessments[id] = mergeAssessment(a, b, ours.clocks[id] ?? {}, theirs.clocks[id] ?? {});
    else if (a ?? b) assessments[id] = (a ?? b) as Assessment;
  }
  const ourApp = ours.clocks[appClockId] ?? {};
  const theirApp = theirs.clocks[appClockId] ?? {};
  const language = pick(ours.language, theirs.language, ourApp.language ?? 0, theirApp.language ?? 0) === 'ours' ? ours.language : theirs.language;
  const chosen =
    pick(ours.currentAssessmentId, theirs.currentAssessmentId, ourApp.current ?? 0, theirApp.current ?? 0) === 'ours'
      ? ours.currentAssessmentId
      : theirs.currentAssessmentId;
  const exportSide = (ours.lastExportedAt ?? '') >= (theirs.lastExportedAt ?? '') ? ours : theirs;
  const setAside = { ...theirs.setAside };
  for (const [name, text] of Object.entries(ours.setAside)) setAside[name] = text >= (setAside[name] ?? '') ? text : (setAside[name] ?? text);
  return {
    language,
    assessments,
    currentAssessmentId: chosen !== null && assessments[chosen] ? chosen : null,
    setAside,
    clocks,
    deleted,
    conflicts: mergeConflicts(ours.conflicts, theirs.conflicts, clocks, assessments),
    lastExportedAt: exportSide.lastExportedAt,
    changesSinceExport:
      ours.lastExportedAt === theirs.lastExportedAt ? Math.max(ours.changesSinceExport, theirs.changesSinceExport) : exportSide.changesSinceExport,
  };
}

/** Ours and theirs merged, the other version of each part both changed since `seen` (this tab's last read) kept. */
export function mergeWithConflicts(seen: StoredState, ours: StoredState, theirs: StoredState): StoredState {
  return withConflictsKept(mergeStoredStates(ours, theirs), concurrentEdits(seen, ours, theirs), ours, theirs);
}
