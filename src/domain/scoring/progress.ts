import type { Assessment } from '../assessment/assessment';
import { isRated } from './scoring';
import { assessmentSections, type AssessmentItem, type AssessmentSection } from '../assessment/assessment-items';

export interface Progress {
  rated: number;
  total: number;
}

/** How many items are rated, per section and overall. */
export function assessmentProgress(
  items: readonly AssessmentItem[],
  assessment: Assessment,
): { overall: Progress; sections: Record<AssessmentSection, Progress> } {
  const sections = Object.fromEntries(assessmentSections.map((section) => [section, { rated: 0, total: 0 }])) as Record<AssessmentSection, Progress>;
  for (const item of items) {
    const progress = sections[item.section];
    progress.total += 1;
    if (isRated(item, assessment)) progress.rated += 1;
  }
  const overall = Object.values(sections).reduce((sum, p) => ({ rated: sum.rated + p.rated, total: sum.total + p.total }), { rated: 0, total: 0 });
  return { overall, sections };
}

/** The first unrated item after `afterKey` (or from the start), wrapping round; undefined when all are rated. */
export function nextUnratedItem(items: readonly AssessmentItem[], assessment: Assessment, afterKey?: string): AssessmentItem | undefined {
  return nextItemWhere(items, (item) => !isRated(item, assessment), afterKey);
}

/** The first item after `afterKey` (or from the start), wrapping round, that `wanted` accepts: "next unrated" for any rater. */
export function nextItemWhere<Item extends { key: string }>(items: readonly Item[], wanted: (item: Item) => boolean, afterKey?: string): Item | undefined {
  const start = afterKey ? items.findIndex((item) => item.key === afterKey) + 1 : 0;
  const ordered = [...items.slice(start), ...items.slice(0, start)];
  return ordered.find(wanted);
}
