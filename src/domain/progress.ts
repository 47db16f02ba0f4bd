import type { Assessment } from './assessment';
import { assessmentSections, type AssessmentItem, type AssessmentSection } from './assessment-items';
import type { Level } from './rating-scale';

/** Whether the user has rated the item (a proficiency level, or an experience status). */
export function isRated(item: AssessmentItem, assessment: Assessment): boolean {
  if (item.kind === 'experience') return assessment.experience[item.id]?.status !== undefined;
  return assessment.ratings[item.key]?.level !== undefined;
}

/** The item's target level: the one set for it, or the default. */
export function targetOf(key: string, assessment: Assessment, defaultTarget: Level): Level {
  return assessment.ratings[key]?.target ?? defaultTarget;
}

/** Rated and short of its target; an experience is short until it is fully acquired ("yes"). */
export function isBelowTarget(item: AssessmentItem, assessment: Assessment, defaultTarget: Level): boolean {
  if (item.kind === 'experience') {
    const status = assessment.experience[item.id]?.status;
    return status !== undefined && status !== 'yes';
  }
  const level = assessment.ratings[item.key]?.level;
  return level !== undefined && level < targetOf(item.key, assessment, defaultTarget);
}

export interface Progress {
  rated: number;
  total: number;
}

/** How many items are rated, per section and overall. */
export function assessmentProgress(items: readonly AssessmentItem[], assessment: Assessment): { overall: Progress; sections: Record<AssessmentSection, Progress> } {
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
  const start = afterKey ? items.findIndex((item) => item.key === afterKey) + 1 : 0;
  const ordered = [...items.slice(start), ...items.slice(0, start)];
  return ordered.find((item) => !isRated(item, assessment));
}
