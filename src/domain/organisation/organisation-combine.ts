import type { Assessment } from '../assessment/assessment';
import type { ImportProblemCode } from '../files/backup';
import type { LocalizedText } from '../shared/localized-text';

/**
 * What reading one file gave: its entries (the assessments, or what was derived from each) and the schema it was
 * migrated from, or why it was refused.
 */
export type FileOutcome<Entry = Assessment> =
  | { file: string; ok: true; assessments: Entry[]; migratedFrom: number | null }
  | { file: string; ok: false; path: string; reason: LocalizedText; code?: ImportProblemCode | 'unreadable' };

/**
 * A file read as the roll-up holds it: what it is (`key`, decision 025: its content's hash, never its name) and its
 * size in bytes, beside what reading it gave.
 */
export type KeyedOutcome<Entry = Assessment> = FileOutcome<Entry> & { key: string; size?: number };

/**
 * The same assessment (same id) found in two files: which file's copy was kept (the newer) and which was set aside,
 * each file by name and, in the roll-up, by key (a kept roll-up of before decision 025 has only the name, its key).
 */
export interface DuplicateAssessment {
  id: string;
  name: string;
  kept: { file: string; key?: string; updatedAt: string };
  dropped: { file: string; key?: string; updatedAt: string };
}

export interface Combined<Entry> {
  entries: { entry: Entry; file: string }[];
  duplicates: DuplicateAssessment[];
  refused: Extract<FileOutcome, { ok: false }>[];
  migrated: { file: string; from: number }[];
}

/** What combining reads of an entry: the assessment's id, when it was last updated, and whose it is. */
export interface EntryIdentity {
  id: string;
  updatedAt: string;
  name: string;
}

/**
 * Combines the files' entries: one per assessment id, the most recently updated (at equal times, the first read);
 * every other copy is listed as a duplicate and every refused file kept with its reason.
 */
export function combineEntries<Entry>(outcomes: readonly FileOutcome<Entry>[], identify: (entry: Entry) => EntryIdentity): Combined<Entry> {
  const byId = new Map<string, { entry: Entry; file: string; identity: EntryIdentity }>();
  const duplicates: DuplicateAssessment[] = [];
  const refused: Combined<Entry>['refused'] = [];
  const migrated: Combined<Entry>['migrated'] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      refused.push(outcome);
      continue;
    }
    if (outcome.migratedFrom !== null) migrated.push({ file: outcome.file, from: outcome.migratedFrom });
    for (const entry of outcome.assessments) {
      const identity = identify(entry);
      const existing = byId.get(identity.id);
      const read = { entry, file: outcome.file, identity };
      if (!existing) {
        byId.set(identity.id, read);
        continue;
      }
      const newer = identity.updatedAt > existing.identity.updatedAt;
      const [kept, dropped] = newer ? [read, existing] : [existing, read];
      if (newer) byId.set(identity.id, kept);
      duplicates.push({
        id: identity.id,
        name: kept.identity.name,
        kept: { file: kept.file, updatedAt: kept.identity.updatedAt },
        dropped: { file: dropped.file, updatedAt: dropped.identity.updatedAt },
      });
    }
  }
  return { entries: [...byId.values()].map(({ entry, file }) => ({ entry, file })), duplicates, refused, migrated };
}

export interface CombinedAssessments extends Omit<Combined<Assessment>, 'entries'> {
  assessments: { assessment: Assessment; file: string }[];
}

/** Combines the assessments read from the files (see `combineEntries`). */
export function combineAssessments(outcomes: readonly FileOutcome[]): CombinedAssessments {
  const { entries, ...rest } = combineEntries(outcomes, (assessment) => ({
    id: assessment.id,
    updatedAt: assessment.updatedAt,
    name: assessment.appointee.name,
  }));
  return { ...rest, assessments: entries.map(({ entry, file }) => ({ assessment: entry, file })) };
}
