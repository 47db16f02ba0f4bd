import type { Assessment } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import { skillGroupCodes, type SkillGroupCode } from '../profile/catalogue';
import { deadlineStatus, type DeadlineStatus } from '../calendar/deadlines';
import type { Level } from '../profile/rating-scale';
import { isAcquired, itemStanding, type ItemStanding, standingStatus } from './scoring';

const sectionGroups = ['knowledge', 'experience', 'behavioural'] as const;
export type ReadinessGroup = SkillGroupCode | (typeof sectionGroups)[number];
export const readinessGroups: readonly ReadinessGroup[] = [...skillGroupCodes, ...sectionGroups];

/** True for a skill group (DG … DTR), false for a section of the profile (knowledge, experience, behavioural). */
export function isSkillGroup(group: ReadinessGroup): group is SkillGroupCode {
  return skillGroupCodes.some((code) => code === group);
}

/** The group an item's readiness counts towards: its skill group (criteria with their unit's), or its section. */
export function readinessGroupOf(item: AssessmentItem): ReadinessGroup {
  return item.kind === 'unit' || item.kind === 'criterion' ? item.group : item.section;
}

export interface Readiness {
  /** Sum over rated items of min(value, target) ÷ sum of their targets; null when nothing is rated yet. */
  readiness: number | null;
  rated: number;
  total: number;
  /** Share of the items that are rated, 0–1. */
  ratedShare: number;
  /** Mean target of all the items and mean self-rating of the rated ones, in levels (for the radar chart). */
  meanTarget: number | null;
  meanValue: number | null;
}

/** Readiness of a set of standings, by the rule above. */
export function readinessOf(standings: readonly ItemStanding[]): Readiness {
  let achieved = 0;
  let required = 0;
  let valueSum = 0;
  let rated = 0;
  let targetSum = 0;
  for (const standing of standings) {
    targetSum += standing.target;
    if (!standing.rated) continue;
    rated += 1;
    achieved += Math.min(standing.value, standing.target);
    required += standing.target;
    valueSum += standing.value;
  }
  const total = standings.length;
  return {
    readiness: rated === 0 ? null : required === 0 ? 1 : achieved / required,
    rated,
    total,
    ratedShare: total === 0 ? 0 : rated / total,
    meanTarget: total === 0 ? null : targetSum / total,
    meanValue: rated === 0 ? null : valueSum / rated,
  };
}

/**
 * Whether some of the items are not rated yet: the readiness then counts only the others (the gap screen says
 * "rated x of y" beside it), and every view that shows the figure says so (docs/scoring.md).
 */
export function partlyRated(readiness: Pick<Readiness, 'rated' | 'total'>): boolean {
  return readiness.rated < readiness.total;
}

export interface GapPriority {
  standing: Extract<ItemStanding, { rated: true }>;
  deadline?: { date: string; daysLeft: number; status: DeadlineStatus };
}

/**
 * Items short of their target, largest gap first; at equal gaps, starred experience with the nearest deadline;
 * then the circular's order.
 */
export function rankPriorities(standings: readonly ItemStanding[], input: { appointedOn: string; today: string }): GapPriority[] {
  const short = standings.flatMap((standing): GapPriority[] => {
    if (!standing.rated || standingStatus(standing) !== 'below') return [];
    if (standing.item.kind === 'experience' && standing.item.starred) {
      const { deadline, daysLeft, status } = deadlineStatus({ appointedOn: input.appointedOn, today: input.today, acquired: false });
      return [{ standing, deadline: { date: deadline, daysLeft, status } }];
    }
    return [{ standing }];
  });
  return short.sort(
    (a, b) =>
      b.standing.gap - a.standing.gap ||
      (a.deadline?.daysLeft ?? Number.POSITIVE_INFINITY) - (b.deadline?.daysLeft ?? Number.POSITIVE_INFINITY) ||
      a.standing.index - b.standing.index,
  );
}

export interface GapAnalysis {
  standings: ItemStanding[];
  groups: { group: ReadinessGroup; readiness: Readiness }[];
  overall: Readiness;
  priorities: GapPriority[];
  belowTarget: number;
  starred: { total: number; outstanding: number; nearestDeadline: { date: string; daysLeft: number; status: DeadlineStatus } | null };
}

/** Everything the gap screen shows, from the items of a profile and an assessment. */
export function analyseGaps(items: readonly AssessmentItem[], assessment: Assessment, input: { defaultTarget: Level; today: string }): GapAnalysis {
  const standings = items.map((item, index) => itemStanding(item, index, assessment, input.defaultTarget));
  const groups = readinessGroups
    .map((group) => ({ group, readiness: readinessOf(standings.filter((standing) => readinessGroupOf(standing.item) === group)) }))
    .filter((entry) => entry.readiness.total > 0);
  const starredItems = items.filter((item) => item.kind === 'experience' && item.starred);
  const outstanding = starredItems.filter((item) => item.kind === 'experience' && !isAcquired(assessment.experience[item.id]));
  const appointedOn = assessment.appointee.appointedOn;
  const nearest = outstanding.length > 0 ? deadlineStatus({ appointedOn, today: input.today, acquired: false }) : null;
  return {
    standings,
    groups,
    overall: readinessOf(standings),
    priorities: rankPriorities(standings, { appointedOn, today: input.today }),
    belowTarget: standings.filter((standing) => standingStatus(standing) === 'below').length,
    starred: {
      total: starredItems.length,
      outstanding: outstanding.length,
      nearestDeadline: nearest ? { date: nearest.deadline, daysLeft: nearest.daysLeft, status: nearest.status } : null,
    },
  };
}

/** One spoke per skill group in the analysis: mean target against mean self-rating (null where nothing is rated). */
export function radarPoints(analysis: GapAnalysis): { code: SkillGroupCode; target: number; self: number | null }[] {
  return analysis.groups.flatMap((entry) =>
    isSkillGroup(entry.group) ? [{ code: entry.group, target: entry.readiness.meanTarget ?? 0, self: entry.readiness.meanValue }] : [],
  );
}
