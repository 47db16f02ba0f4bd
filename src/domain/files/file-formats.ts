import type { ProblemMessageKey } from '../shared/problem-message';

/** The `format` of each kind of file this app writes: one home, read by each kind's reader. */
export const fileFormats = {
  request: 'cio-skills-compass-review-request',
  review: 'cio-skills-compass-review',
  handoff: 'cio-skills-compass-plan-handoff',
  backup: 'cio-skills-compass-backup',
} as const;

/** What a file of another kind of this app is, and where to use it: said when it is chosen at the wrong button. */
const whatItIs = new Map<string, ProblemMessageKey>([
  [fileFormats.request, 'problem.file.isRequest'],
  [fileFormats.review, 'problem.file.isReview'],
  [fileFormats.handoff, 'problem.file.isHandoff'],
  [fileFormats.backup, 'problem.file.isBackup'],
]);

/**
 * The message naming the kind of this app's file `format` is and where it is used, or null for a format not ours. A
 * review (`file`, the whole file, unchecked) says whose it is now: the next level's, HR's (acknowledged, receipt not yet
 * recorded) or the appointee's, and where that person opens it (issue 26, third trial: HR was told nothing).
 */
export function otherKindMessage(format: unknown, file?: unknown): ProblemMessageKey | null {
  if (typeof format !== 'string') return null;
  if (format === fileFormats.review) return reviewStage(file);
  return whatItIs.get(format) ?? null;
}

const recordOf = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const countOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

function reviewStage(file: unknown): ProblemMessageKey {
  const review = recordOf(recordOf(file).review);
  const chain = recordOf(review.chain);
  if (review.received) return 'problem.file.isReview';
  if (review.acknowledged) return 'problem.file.isReviewForHr';
  return countOf(chain.opinions) + 1 < countOf(chain.levels) ? 'problem.file.isReviewForNext' : 'problem.file.isReview';
}
