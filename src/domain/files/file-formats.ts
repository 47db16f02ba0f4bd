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

/** The message naming the kind of this app's file `format` is and where it is used, or null for a format not ours. */
export function otherKindMessage(format: unknown): ProblemMessageKey | null {
  return typeof format === 'string' ? (whatItIs.get(format) ?? null) : null;
}
