import type { Assessment, ExperienceRecord, ProficiencyRating } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import type { ExperienceStatus, Level } from '../profile/rating-scale';

/**
 * How each item is measured against its target: the one home of "rated", "below target", the gap, and the value of
 * an experience answer. Progress, the filters, the gap screen, the plan, the report and the CSV all read it here.
 * The readiness formula built on it is written out in docs/scoring.md.
 */

/** How much of an experience an answer counts for: none = 0, some = half, yes = full. */
export const experienceValue: Record<ExperienceStatus, number> = { none: 0, some: 0.5, yes: 1 };

/** Where one rated or unrated value stands: unrated (counted apart, never as 0), or value, target and gap. */
export type Standing = { rated: false; target: number } | { rated: true; value: number; target: number; gap: number };

/** An experience is acquired when its answer is "yes": the one home of the rule (deadlines, plan, report, gaps). */
export function isAcquired(record: Pick<ExperienceRecord, 'status'> | undefined): boolean {
  return record?.status === 'yes';
}

/** The target level of a rated item: its own, or the default. */
export function targetOf(rating: Pick<ProficiencyRating, 'target'> | undefined, defaultTarget: Level): Level {
  return rating?.target ?? defaultTarget;
}

/** A gap below target: a positive one (an unrated item's gap is no gap; NaN in a matrix of gaps is never below). */
export function isBelowBy(gap: number): boolean {
  return gap > 0;
}

/** A self-rating on the 0–4 scale against its target (the item's own, or the default); gap = max(0, target − level). */
export function proficiencyStanding(rating: ProficiencyRating | undefined, defaultTarget: Level): Standing {
  const target = targetOf(rating, defaultTarget);
  if (rating?.level === undefined) return { rated: false, target };
  return { rated: true, value: rating.level, target, gap: Math.max(0, target - rating.level) };
}

/**
 * An experience answer on the same footing as a unit at the default target: its target is the default target, and
 * "some" counts for half of it, so it ranks fairly beside the units. Shown to people in words (see `gapMeasure`).
 */
export function experienceStanding(status: ExperienceStatus | undefined, defaultTarget: Level): Standing {
  if (status === undefined) return { rated: false, target: defaultTarget };
  const value = experienceValue[status] * defaultTarget;
  return { rated: true, value, target: defaultTarget, gap: Math.max(0, defaultTarget - value) };
}

export type ItemStanding = Standing & { item: AssessmentItem; index: number };

/** Where one item of an assessment stands. `index` is its place in the circular's order. */
export function itemStanding(item: AssessmentItem, index: number, assessment: Assessment, defaultTarget: Level): ItemStanding {
  const standing =
    item.kind === 'experience'
      ? experienceStanding(assessment.experience[item.id]?.status, defaultTarget)
      : proficiencyStanding(assessment.ratings[item.key], defaultTarget);
  return { ...standing, item, index };
}

/** Whether the user has rated the item (a proficiency level, or an experience status); the default target is irrelevant. */
export function isRated(item: AssessmentItem, assessment: Assessment): boolean {
  return itemStanding(item, 0, assessment, 0).rated;
}

export type StandingStatus = 'unrated' | 'below' | 'met';

/** "Below target" means rated and with a gap; "met" means rated with none. */
export function standingStatus(standing: Standing): StandingStatus {
  return !standing.rated ? 'unrated' : isBelowBy(standing.gap) ? 'below' : 'met';
}

/** Where an experience answer stands, without figures: met once acquired, below before, unrated without an answer. */
export function experienceStatus(record: Pick<ExperienceRecord, 'status'> | undefined): StandingStatus {
  return record?.status === undefined ? 'unrated' : isAcquired(record) ? 'met' : 'below';
}

/** Whether the item is rated and short of its target (an experience: until it is fully acquired). */
export function isBelowTarget(item: AssessmentItem, assessment: Assessment, defaultTarget: Level): boolean {
  return standingStatus(itemStanding(item, 0, assessment, defaultTarget)) === 'below';
}

/**
 * The gap as people read it: in levels for the 0–4 items; for experience, whether it is missing wholly or in part
 * (never a level figure, since experience has no levels). Null when unrated or nothing is missing.
 */
export type GapMeasure = { unit: 'levels'; levels: number } | { unit: 'experience'; missing: 'all' | 'part' };

export function gapMeasure(standing: ItemStanding): GapMeasure | null {
  if (!standing.rated || standing.gap <= 0) return null;
  if (standing.item.kind === 'experience') return { unit: 'experience', missing: standing.value === 0 ? 'all' : 'part' };
  return { unit: 'levels', levels: standing.gap };
}
