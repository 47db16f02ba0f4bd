import { z } from 'zod/mini';
import { assessmentIdSchema, assessmentSchema, type Assessment } from '../domain/assessment';
import { languageSchema } from '../domain/localized-text';

/** The version of what the app writes under its storage key. */
export const persistedVersion = 3;

export const persistedStateSchema = z.object({
  language: languageSchema,
  assessments: z.record(assessmentIdSchema, assessmentSchema),
  currentAssessmentId: z.nullable(assessmentIdSchema),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export const initialPersistedState: PersistedState = { language: 'th', assessments: {}, currentAssessmentId: null };

type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

/** Step-by-step migrations, each named for the change it brings; key = the version it produces. */
const migrations: Record<number, Migration> = {
  2: function addAssessments(state) {
    return { ...state, assessments: {}, currentAssessmentId: null };
  },
  3: function addPlansAndRounds(state) {
    const assessments = isRecord(state.assessments) ? state.assessments : {};
    return {
      ...state,
      assessments: Object.fromEntries(
        Object.entries(assessments).map(([id, assessment]) => [id, isRecord(assessment) ? { actions: [], rounds: [], ...assessment } : assessment]),
      ),
    };
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a stored state: keeps every part that parses, drops what does not (an assessment that no longer
 * validates is left out rather than taking the others down with it) and says what it dropped.
 */
export function salvagePersistedState(stored: unknown): { state: PersistedState; dropped: string[] } {
  const dropped: string[] = [];
  if (!isRecord(stored)) return { state: initialPersistedState, dropped: stored === undefined ? [] : ['state'] };
  const language = languageSchema.safeParse(stored.language);
  if (!language.success) dropped.push('language');
  const assessments: Record<string, Assessment> = {};
  if (isRecord(stored.assessments)) {
    for (const [id, candidate] of Object.entries(stored.assessments)) {
      const parsed = assessmentSchema.safeParse(candidate);
      if (parsed.success && parsed.data.id === id && assessmentIdSchema.safeParse(id).success) assessments[id] = parsed.data;
      else dropped.push(`assessments.${id}`);
    }
  } else if (stored.assessments !== undefined) dropped.push('assessments');
  const current = typeof stored.currentAssessmentId === 'string' && assessments[stored.currentAssessmentId] ? stored.currentAssessmentId : null;
  return { state: { language: language.success ? language.data : 'th', assessments, currentAssessmentId: current }, dropped };
}

/** Brings a stored state of an older version to the current one, one named step at a time. */
export function migratePersistedState(stored: unknown, version: number): PersistedState {
  let state: unknown = stored;
  for (let next = version + 1; next <= persistedVersion; next++) {
    const step = migrations[next];
    if (step && isRecord(state)) state = step(state);
  }
  return salvagePersistedState(state).state;
}
