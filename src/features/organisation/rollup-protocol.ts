import type { AssessmentItem } from '../../domain/assessment-items';
import type { ItemShortfall } from '../../domain/organisation-aggregate';
import type { CombinedAssessments } from '../../domain/organisation-combine';
import type { PersonSummary } from '../../domain/organisation-people';
import type { Level } from '../../domain/rating-scale';

/** What the page asks the roll-up worker: combine these files. */
export interface RollupRequest {
  files: { file: Blob; name: string }[];
  items: Record<string, AssessmentItem[]>;
  defaultTarget: Level;
  today: string;
}

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
}

export type RollupMessage = { type: 'progress'; read: number; total: number } | { type: 'done'; rollup: RollupView };
