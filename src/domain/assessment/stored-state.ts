import { z } from 'zod/mini';
import { assessmentIdSchema, assessmentSchema, type Assessment } from './assessment';
import { timestampSchema } from '../calendar/calendar-date';
import { conflictsSchema, type Conflicts } from './conflict-schema';
import { languageSchema } from '../shared/localized-text';
import { compareVersion, isRecord, migrateStoredState, schemaVersion } from './migrations';

/**
 * What the app keeps in the browser, as `{ state, version }` under one key. Besides the user's assessments it keeps:
 * parts of older data that did not parse (`setAside`, raw text by name, never dropped), the change time of every item
 * (`clocks`, so two tabs merge item by item) and deleted assessments (`deleted`), and when the user last exported.
 */
export const storedStateSchema = z.object({
  language: languageSchema,
  assessments: z.record(assessmentIdSchema, assessmentSchema),
  currentAssessmentId: z.nullable(assessmentIdSchema),
  setAside: z.optional(z.record(z.string().check(z.maxLength(200)), z.string())),
  clocks: z.optional(z.record(z.string().check(z.maxLength(64)), z.record(z.string().check(z.maxLength(200)), z.number()))),
  deleted: z.optional(z.record(assessmentIdSchema, z.number())),
  /** The other version of a part two tabs changed at once (conflicts.ts). Optional, so version 4 reads it: an older app drops it. */
  conflicts: z.optional(conflictsSchema),
  lastExportedAt: z.optional(timestampSchema),
  changesSinceExport: z.optional(z.int().check(z.gte(0))),
});

/** The state in memory: every optional part present. */
export interface StoredState {
  language: z.infer<typeof languageSchema>;
  assessments: Record<string, Assessment>;
  currentAssessmentId: string | null;
  /** Raw JSON text of parts that could not be read, by name (e.g. `assessments.ab12cd34`). */
  setAside: Record<string, string>;
  /** Per assessment, per item key (see item-clocks.ts), the time of its last change in ms. */
  clocks: Record<string, Record<string, number>>;
  /** Deleted assessments and when. */
  deleted: Record<string, number>;
  /** The other version of each part two tabs changed at once, until the user chooses (conflicts.ts). */
  conflicts: Conflicts;
  lastExportedAt: string | null;
  changesSinceExport: number;
}

export const initialStoredState: StoredState = {
  language: 'th',
  assessments: {},
  currentAssessmentId: null,
  setAside: {},
  clocks: {},
  deleted: {},
  conflicts: {},
  lastExportedAt: null,
  changesSinceExport: 0,
};

export type StoredRead =
  | { kind: 'empty'; state: StoredState }
  /** Text that is not a stored state of ours at all (not JSON, or JSON of another shape): keep it, start afresh. */
  | { kind: 'unreadable'; state: StoredState; reason: 'not-json' | 'not-ours' }
  /** Written by a newer app: never rewrite it; run from memory. */
  | { kind: 'newer'; state: StoredState; version: number }
  | { kind: 'read'; state: StoredState; migratedFrom: number | null; setAsideNow: string[] };

function textOf(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * Reads what the browser kept. Keeps every part that parses; a part that does not (an assessment hand-edited or
 * written by a faulty build) goes to `setAside` as raw text, named, and is reported in `setAsideNow`. Never throws.
 */
export function readStoredText(text: string | null): StoredRead {
  if (text === null) return { kind: 'empty', state: initialStoredState };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', state: initialStoredState, reason: 'not-json' };
  }
  if (!isRecord(stored) || !('state' in stored)) return { kind: 'unreadable', state: initialStoredState, reason: 'not-ours' };
  const version = compareVersion(stored.version);
  if (version === 'invalid') return { kind: 'unreadable', state: initialStoredState, reason: 'not-ours' };
  if (version === 'newer') return { kind: 'newer', state: initialStoredState, version: Number(stored.version) };
  const migrated = migrateStoredState(stored.state, Number(stored.version));
  const { state, setAsideNow } = salvageStoredState(migrated);
  return { kind: 'read', state, migratedFrom: version === 'older' ? Number(stored.version) : null, setAsideNow };
}

/** The state part by part: what parses is kept, an assessment that does not is set aside (raw text), never dropped. */
export function salvageStoredState(candidate: unknown): { state: StoredState; setAsideNow: string[] } {
  if (!isRecord(candidate)) return { state: { ...initialStoredState, setAside: { state: textOf(candidate) } }, setAsideNow: ['state'] };
  const previous = z.record(z.string(), z.string()).safeParse(candidate.setAside);
  const setAside: Record<string, string> = previous.success ? { ...previous.data } : {};
  const setAsideNow: string[] = [];
  function putAside(name: string, value: unknown) {
    setAside[name] = textOf(value);
    setAsideNow.push(name);
  }
  const assessments: Record<string, Assessment> = {};
  if (isRecord(candidate.assessments)) {
    for (const [id, raw] of Object.entries(candidate.assessments)) {
      const parsed = assessmentSchema.safeParse(raw);
      if (parsed.success && parsed.data.id === id && assessmentIdSchema.safeParse(id).success) assessments[id] = parsed.data;
      else putAside(`assessments.${id}`, raw);
    }
  } else if (candidate.assessments !== undefined) putAside('assessments', candidate.assessments);
  const language = languageSchema.safeParse(candidate.language);
  const clocks = storedStateSchema.shape.clocks.safeParse(candidate.clocks);
  const deleted = storedStateSchema.shape.deleted.safeParse(candidate.deleted);
  const conflicts = storedStateSchema.shape.conflicts.safeParse(candidate.conflicts);
  const lastExportedAt = timestampSchema.safeParse(candidate.lastExportedAt);
  const changes = storedStateSchema.shape.changesSinceExport.safeParse(candidate.changesSinceExport);
  const current = typeof candidate.currentAssessmentId === 'string' && assessments[candidate.currentAssessmentId] ? candidate.currentAssessmentId : null;
  return {
    state: {
      language: language.success ? language.data : 'th',
      assessments,
      currentAssessmentId: current,
      setAside,
      clocks: (clocks.success && clocks.data) || {},
      deleted: (deleted.success && deleted.data) || {},
      conflicts: (conflicts.success && conflicts.data) || {},
      lastExportedAt: lastExportedAt.success ? lastExportedAt.data : null,
      changesSinceExport: (changes.success && changes.data) || 0,
    },
    setAsideNow,
  };
}

/** The text the app writes: the state at the current schema version. */
export function storedText(state: StoredState): string {
  const { lastExportedAt, ...rest } = state;
  return JSON.stringify({ state: lastExportedAt === null ? rest : state, version: schemaVersion });
}
