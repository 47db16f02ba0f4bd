import type { Assessment } from './assessment';
import type { ImportProblemCode } from './backup';
import type { LocalizedText } from './localized-text';

/** What reading one file gave: its assessments (and the schema it was migrated from), or why it was refused. */
export type FileOutcome =
  | { file: string; ok: true; assessments: Assessment[]; migratedFrom: number | null }
  | { file: string; ok: false; path: string; reason: LocalizedText; code?: ImportProblemCode | 'unreadable' };

/** The same assessment (same id) found in two files: which file's copy was kept (the newer) and which was set aside. */
export interface DuplicateAssessment {
  id: string;
  name: string;
  kept: { file: string; updatedAt: string };
  dropped: { file: string; updatedAt: string };
}

export interface CombinedAssessments {
  assessments: { assessment: Assessment; file: string }[];
  duplicates: DuplicateAssessment[];
  refused: Extract<FileOutcome, { ok: false }>[];
  migrated: { file: string; from: number }[];
}

/**
 * Combines the files' assessments: one per id, the most recently updated (at equal times, the first read);
 * every other copy is listed as a duplicate and every refused file kept with its reason.
 */
export function combineAssessments(outcomes: readonly FileOutcome[]): CombinedAssessments {
  const byId = new Map<string, { assessment: Assessment; file: string }>();
  const duplicates: DuplicateAssessment[] = [];
  const refused: CombinedAssessments['refused'] = [];
  const migrated: CombinedAssessments['migrated'] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      refused.push(outcome);
      continue;
    }
    if (outcome.migratedFrom !== null) migrated.push({ file: outcome.file, from: outcome.migratedFrom });
    for (const assessment of outcome.assessments) {
      const existing = byId.get(assessment.id);
      if (!existing) {
        byId.set(assessment.id, { assessment, file: outcome.file });
        continue;
      }
      const newer = assessment.updatedAt > existing.assessment.updatedAt;
      const [kept, dropped] = newer ? [{ assessment, file: outcome.file }, existing] : [existing, { assessment, file: outcome.file }];
      if (newer) byId.set(assessment.id, kept);
      duplicates.push({
        id: assessment.id,
        name: kept.assessment.appointee.name,
        kept: { file: kept.file, updatedAt: kept.assessment.updatedAt },
        dropped: { file: dropped.file, updatedAt: dropped.assessment.updatedAt },
      });
    }
  }
  return { assessments: [...byId.values()], duplicates, refused, migrated };
}
