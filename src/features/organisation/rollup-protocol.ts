import type { AssessmentItem } from '../../domain/assessment-items';
import type { ItemShortfall } from '../../domain/organisation-aggregate';
import type { CombinedAssessments } from '../../domain/organisation-combine';
import type { PersonSummary } from '../../domain/organisation-people';
import type { Language } from '../../domain/localized-text';
import type { Level } from '../../domain/rating-scale';

/**
 * What the page tells the roll-up worker: get ready (compile the parsing) while the user chooses; then how many files
 * are coming, the files a batch at a time (the worker reads them: reading a file's bytes costs the page about half a
 * millisecond each, handing the File over much less), and that there are no more.
 */
export type RollupRequest =
  | { type: 'warm-up'; items: Record<string, AssessmentItem[]>; defaultTarget: Level; today: string }
  | { type: 'begin'; total: number; language: Language; items: Record<string, AssessmentItem[]>; defaultTarget: Level; today: string }
  | { type: 'files'; files: { name: string; file: Blob }[] }
  | { type: 'end' };

/**
 * The roll-up as the page receives it: people without their per-item list (that travels as one flat matrix,
 * transferred rather than copied, people × itemKeys, NaN where a person's profile lacks the item).
 */
export interface RollupView extends Omit<CombinedAssessments, 'assessments'> {
  people: PersonSummary[];
  ranking: ItemShortfall[];
  itemKeys: string[];
  itemGaps: Float32Array;
  files: number;
  /** The language whose collation sorted the people in the default order. */
  sortedIn: Language;
  /** Where the worker's time went, in ms: reading and parsing the files, then combining them. */
  timings: { read: number; combine: number };
}

export type RollupMessage = { type: 'progress'; read: number; total: number } | { type: 'done'; rollup: RollupView };
