/**
 * The one schema version of the app's data, and the steps that bring older data up to it. The store (what the browser
 * kept) and import (a backup file) both go through here, so a file and a stored state of the same version always mean
 * the same thing. Each step is named for the change it brings and says the version it produces; `checkSteps` (run by
 * the tests) says when one is missing, twice, or out of order. Data of a newer version is never migrated down:
 * callers keep it untouched and say so.
 */
export const schemaVersion = 11;

/**
 * The stored state's shape at `schemaVersion`: a fingerprint of its JSON Schema, which migrations.test.ts works out
 * again. A change to the schema of an assessment or of the stored state fails that test until it comes with a new
 * version, its named step and its frozen fixture (decision 009), and this fingerprint; the test says which.
 */
export const storedShape = 'fnv1a64:a5b71b2c46ad189e';

type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One step: the version it produces, and what it does to the whole stored state and to each assessment. */
export interface MigrationStep {
  to: number;
  name: string;
  state?: (state: Json) => Json;
  assessment?: (assessment: Json) => Json;
}

/** Every step, oldest first: exactly one per version from 2 to `schemaVersion`. */
export const migrationSteps: readonly MigrationStep[] = [
  { to: 2, name: 'addAssessments', state: (state) => ({ assessments: {}, currentAssessmentId: null, ...state }) },
  { to: 3, name: 'addPlansAndRounds', assessment: (assessment) => ({ actions: [], rounds: [], ...assessment }) },
  // Reviews by others may now be attached. Nothing to add (an assessment without reviews has none), but the version
  // moves so that an older app refuses what it cannot read instead of setting assessments aside.
  { to: 4, name: 'allowReviews', assessment: (assessment) => assessment },
  // The review requests exported are kept (what each asked about), for the same reason nothing is added.
  { to: 5, name: 'keepSentRequests', assessment: (assessment) => assessment },
  // An action may name the catalogue resource it came from, its hours and its link: nothing to add, but an older app
  // must refuse what it cannot read rather than set it aside.
  { to: 6, name: 'allowActionResources', assessment: (assessment) => assessment },
  // The basis of the figures is remembered with the assessment (self when absent): nothing to add, as above.
  { to: 7, name: 'rememberGapBasis', assessment: (assessment) => assessment },
  // An earlier round may keep its own reviews (a new round starts without them): nothing to add, as above.
  { to: 8, name: 'keepRoundReviews', assessment: (assessment) => assessment },
  // A review may carry its chain of opinions, its verdict, the acknowledgement and HR's receipt: nothing to add.
  { to: 9, name: 'keepOpinionChain', assessment: (assessment) => assessment },
  // Evidence files may be attached (their names, sizes and SHA-256; the bytes are in IndexedDB): nothing to add, as above.
  { to: 10, name: 'allowEvidenceFiles', assessment: (assessment) => assessment },
  // Every level of the chain may comment on the plan, not level 1 alone: nothing to add, as above.
  { to: 11, name: 'allowPlanCommentPerLevel', assessment: (assessment) => assessment },
];

/** What is wrong with `steps` for `version` (a version with no step, or two; steps out of order); empty when all is well. */
export function checkSteps(steps: readonly MigrationStep[], version: number): string[] {
  const problems: string[] = [];
  for (let to = 2; to <= version; to++) {
    const count = steps.filter((step) => step.to === to).length;
    if (count !== 1) problems.push(`version ${to} has ${count} steps`);
  }
  steps.forEach((step, index) => {
    if (step.to < 2 || step.to > version) problems.push(`step ${step.name} produces version ${step.to}, outside 2–${version}`);
    if (index > 0 && step.to <= (steps[index - 1]?.to ?? 0)) problems.push(`step ${step.name} is out of order`);
  });
  return problems;
}

/** Runs the steps after `fromVersion` up to the current one; `ran` hears each step's name (the tests count them). */
function runSteps(
  value: unknown,
  fromVersion: number,
  pick: (step: MigrationStep) => ((json: Json) => Json) | undefined,
  ran?: (name: string) => void,
): unknown {
  let current = value;
  for (const step of migrationSteps) {
    const apply = pick(step);
    if (step.to <= fromVersion || !apply || !isRecord(current)) continue;
    current = apply(current);
    ran?.(step.name);
  }
  return current;
}

/** One assessment written by schema `fromVersion`, brought to the current version (not yet validated). */
export function migrateAssessment(assessment: unknown, fromVersion: number, ran?: (name: string) => void): unknown {
  return runSteps(assessment, fromVersion, (step) => step.assessment, ran);
}

/** A stored state written by schema `fromVersion`, brought to the current version (not yet validated). */
export function migrateStoredState(state: unknown, fromVersion: number, ran?: (name: string) => void): unknown {
  let current = runSteps(state, fromVersion, (step) => step.state, ran);
  if (isRecord(current) && isRecord(current.assessments) && fromVersion < schemaVersion) {
    // Assessments exist from version 2: a version 1 state has none to migrate.
    const assessments = Object.fromEntries(
      Object.entries(current.assessments).map(([id, assessment]) => [id, migrateAssessment(assessment, Math.max(fromVersion, 2), ran)]),
    );
    current = { ...current, assessments };
  }
  return current;
}

/** How the data's version compares with the app's: 'newer' must be kept as it is, never rewritten. */
export function compareVersion(version: unknown): 'current' | 'older' | 'newer' | 'invalid' {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return 'invalid';
  return version === schemaVersion ? 'current' : version < schemaVersion ? 'older' : 'newer';
}
