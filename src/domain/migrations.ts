/**
 * The one schema version of the app's data, and the steps that bring older data up to it. The store (what the browser
 * kept) and import (a backup file) both go through here, so a file and a stored state of the same version always mean
 * the same thing. Each step is named for the change it brings and keyed by the version it produces.
 * Data of a newer version is never migrated down: callers keep it untouched and say so.
 */
export const schemaVersion = 4;

type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Steps for one assessment (the shape a backup file carries). */
const assessmentSteps: Record<number, (assessment: Json) => Json> = {
  3: function addPlansAndRounds(assessment) {
    return { actions: [], rounds: [], ...assessment };
  },
  // Reviews by others may now be attached. Nothing to add (an assessment without reviews has none), but the version
  // moves so that an older app refuses what it cannot read instead of setting assessments aside.
  4: function allowReviews(assessment) {
    return assessment;
  },
};

/** Steps for the whole stored state, around the assessment steps. */
const stateSteps: Record<number, (state: Json) => Json> = {
  2: function addAssessments(state) {
    return { assessments: {}, currentAssessmentId: null, ...state };
  },
};

/** One assessment written by schema `fromVersion`, brought to the current version (not yet validated). */
export function migrateAssessment(assessment: unknown, fromVersion: number): unknown {
  let current = assessment;
  for (let next = fromVersion + 1; next <= schemaVersion; next++) {
    const step = assessmentSteps[next];
    if (step && isRecord(current)) current = step(current);
  }
  return current;
}

/** A stored state written by schema `fromVersion`, brought to the current version (not yet validated). */
export function migrateStoredState(state: unknown, fromVersion: number): unknown {
  let current = state;
  for (let next = fromVersion + 1; next <= schemaVersion; next++) {
    const step = stateSteps[next];
    if (step && isRecord(current)) current = step(current);
  }
  if (isRecord(current) && isRecord(current.assessments) && fromVersion < schemaVersion) {
    const assessments = Object.fromEntries(Object.entries(current.assessments).map(([id, assessment]) => [id, migrateAssessment(assessment, Math.max(fromVersion, 2))]));
    current = { ...current, assessments };
  }
  return current;
}

/** How the data's version compares with the app's: 'newer' must be kept as it is, never rewritten. */
export function compareVersion(version: unknown): 'current' | 'older' | 'newer' | 'invalid' {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return 'invalid';
  return version === schemaVersion ? 'current' : version < schemaVersion ? 'older' : 'newer';
}
