import type { Assessment } from './assessment';
import type { StoredState } from './stored-state';

/**
 * Two tabs never lose an edit: every item of an assessment (a rating, an experience record, an action, the title, the
 * appointee, the rounds) carries the time of its last change, and two states merge item by item, the later change
 * winning. The merge is commutative, associative and idempotent, so tabs that exchange states in any order end equal.
 */

/** The clock entry of the app's own settings (language, current assessment); assessment ids never start with @. */
export const appClockId = '@app';

type Parts = Record<string, unknown>;

/** An assessment cut into the parts that merge on their own, by key: `r:<rating key>`, `e:<experience id>`, `a:<action id>`, … */
export function partsOf(assessment: Assessment): Parts {
  const parts: Parts = { title: assessment.title, appointee: assessment.appointee, rounds: assessment.rounds };
  for (const [key, rating] of Object.entries(assessment.ratings)) parts[`r:${key}`] = rating;
  for (const [key, record] of Object.entries(assessment.experience)) parts[`e:${key}`] = record;
  for (const action of assessment.actions ?? []) parts[`a:${action.id}`] = action;
  for (const review of assessment.reviews ?? []) parts[`v:${review.id}`] = review;
  return parts;
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalText(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  ) ?? 'undefined';
}

/** The keys of the parts that differ between two versions of an assessment (either may be absent). */
export function changedParts(before: Assessment | undefined, after: Assessment | undefined): string[] {
  const a = before ? partsOf(before) : {};
  const b = after ? partsOf(after) : {};
  // Updates are immutable, so a part that is the same value is unchanged: only the others are compared as text.
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key] && canonicalText(a[key]) !== canonicalText(b[key]));
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

function newest(clock: Record<string, number> | undefined): number {
  return Math.max(0, ...Object.values(clock ?? {}));
}

/** Picks a side for one part: the later clock, and at equal clocks the larger canonical text (the same choice in every tab). */
function pick<T>(ours: T, theirs: T, ourClock: number, theirClock: number): 'ours' | 'theirs' {
  if (ourClock !== theirClock) return ourClock > theirClock ? 'ours' : 'theirs';
  return canonicalText(ours) >= canonicalText(theirs) ? 'ours' : 'theirs';
}

function mergeAssessment(ours: Assessment, theirs: Assessment, ourClock: Record<string, number>, theirClock: Record<string, number>): Assessment {
  const a = partsOf(ours);
  const b = partsOf(theirs);
  const merged: Parts = {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b), ...Object.keys(ourClock), ...Object.keys(theirClock)]);
  for (const key of keys) {
    if (key === 'created') continue;
    const side = pick(a[key], b[key], ourClock[key] ?? 0, theirClock[key] ?? 0);
    const value = side === 'ours' ? a[key] : b[key];
    if (value !== undefined) merged[key] = value;
  }
  const ratings: Assessment['ratings'] = {};
  const experience: Assessment['experience'] = {};
  const actions: NonNullable<Assessment['actions']> = [];
  const reviews: NonNullable<Assessment['reviews']> = [];
  for (const [key, value] of Object.entries(merged)) {
    if (key.startsWith('v:')) reviews.push(value as NonNullable<Assessment['reviews']>[number]);
    if (key.startsWith('r:')) ratings[key.slice(2)] = value as Assessment['ratings'][string];
    else if (key.startsWith('e:')) experience[key.slice(2)] = value as Assessment['experience'][string];
    else if (key.startsWith('a:')) actions.push(value as NonNullable<Assessment['actions']>[number]);
  }
  // Both tabs must build the same list: keep our order when the same actions survive, else order by id.
  const sameActions = canonicalText((ours.actions ?? []).map((action) => action.id).sort()) === canonicalText(actions.map((action) => action.id).sort());
  const orderedActions = sameActions ? (ours.actions ?? []).map((action) => actions.find((candidate) => candidate.id === action.id) ?? action) : actions.sort((x, y) => x.id.localeCompare(y.id));
  const { title, appointee, rounds } = merged as { title?: string; appointee?: Assessment['appointee']; rounds?: Assessment['rounds'] };
  const result: Assessment = {
    ...ours,
    appointee: appointee ?? ours.appointee,
    ratings,
    experience,
    actions: orderedActions,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
  };
  if (title === undefined) delete result.title;
  else result.title = title;
  if (rounds === undefined) delete result.rounds;
  else result.rounds = rounds;
  // Reviews by others (issue 15) merge by id like actions, in the order they were exported (the same in every tab).
  if (reviews.length === 0) delete result.reviews;
  else result.reviews = reviews.sort((x, y) => x.exportedAt.localeCompare(y.exportedAt) || x.id.localeCompare(y.id));
  return result;
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
  for (const id of new Set([...Object.keys(ours.clocks), ...Object.keys(theirs.clocks)])) clocks[id] = maxRecord(ours.clocks[id] ?? {}, theirs.clocks[id] ?? {});
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
  const chosen = pick(ours.currentAssessmentId, theirs.currentAssessmentId, ourApp.current ?? 0, theirApp.current ?? 0) === 'ours' ? ours.currentAssessmentId : theirs.currentAssessmentId;
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
    lastExportedAt: exportSide.lastExportedAt,
    changesSinceExport: ours.lastExportedAt === theirs.lastExportedAt ? Math.max(ours.changesSinceExport, theirs.changesSinceExport) : exportSide.changesSinceExport,
  };
}
