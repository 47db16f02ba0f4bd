import type { Assessment, ExperienceRecord, ProficiencyRating } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import { experienceValue, itemStanding } from './scoring';
import type { Level } from '../profile/rating-scale';
import type { BasisView, Review } from '../assessment/review-schema';

/**
 * The assessment as the reviewer rated it: the reviewer's levels and experience answers in place of the
 * self-ratings, with the appointee's own targets. Items the reviewer left blank are unrated. Feed it to the
 * existing gap functions: no scoring rule is written twice.
 */
export function reviewerView(assessment: Assessment, review: Review): Assessment {
  const ratings: Record<string, ProficiencyRating> = {};
  for (const key of new Set([...Object.keys(assessment.ratings), ...Object.keys(review.ratings)])) {
    const target = assessment.ratings[key]?.target;
    const level = review.ratings[key]?.level;
    if (target !== undefined || level !== undefined) ratings[key] = { ...(level !== undefined ? { level } : {}), ...(target !== undefined ? { target } : {}) };
  }
  const experience: Record<string, ExperienceRecord> = {};
  for (const [id, entry] of Object.entries(review.experience)) if (entry.status !== undefined) experience[id] = { status: entry.status };
  return { ...assessment, ratings, experience };
}

/** Per item, the lower of the self-rating and the reviewer's; where only one of them rated, that one. */
export function lowerView(assessment: Assessment, review: Review): Assessment {
  const theirs = reviewerView(assessment, review);
  const ratings: Record<string, ProficiencyRating> = { ...assessment.ratings };
  for (const [key, rating] of Object.entries(theirs.ratings)) {
    const own = assessment.ratings[key]?.level;
    const level = own === undefined ? rating.level : rating.level === undefined ? own : Math.min(own, rating.level);
    ratings[key] = { ...assessment.ratings[key], ...(level !== undefined ? { level } : {}) };
  }
  const experience: Record<string, ExperienceRecord> = { ...assessment.experience };
  for (const [id, record] of Object.entries(theirs.experience)) {
    const own = assessment.experience[id]?.status;
    const status =
      own === undefined || record.status === undefined ? (own ?? record.status) : experienceValue[own] <= experienceValue[record.status] ? own : record.status;
    experience[id] = { ...assessment.experience[id], ...(status ? { status } : {}) };
  }
  return { ...assessment, ratings, experience };
}

/** The view in force and the review it reads: the chosen review, or the latest; the self-assessment without one. */
export function gapBasisOf(assessment: Assessment): { view: BasisView; review: Review | undefined } {
  const reviews = assessment.reviews ?? [];
  const review = reviews.find((candidate) => candidate.id === assessment.gapBasis?.reviewId) ?? reviews.at(-1);
  return { view: review ? (assessment.gapBasis?.view ?? 'self') : 'self', review };
}

/** The assessment as the chosen basis rates it: what the gaps, the plan and the report's figures are computed from. */
export function onBasis(assessment: Assessment): Assessment {
  const { view, review } = gapBasisOf(assessment);
  if (!review || view === 'self') return assessment;
  return view === 'reviewer' ? reviewerView(assessment, review) : lowerView(assessment, review);
}

/** A difference of this many levels or more is highlighted and listed first. */
export const notableDifference = 2;

export interface ItemDifference {
  item: AssessmentItem;
  index: number;
  /** Self and reviewer values in levels (experience on the same footing as in the gap analysis); null when unrated. */
  self: number | null;
  reviewer: number | null;
  target: number;
  /** reviewer − self, when both rated. */
  difference: number | null;
  notable: boolean;
}

/**
 * Self against reviewer for every item: differences of 2 levels or more first (largest first), then the rest in
 * the circular's order.
 */
export function rankDifferences(items: readonly AssessmentItem[], assessment: Assessment, review: Review, defaultTarget: Level): ItemDifference[] {
  const theirs = reviewerView(assessment, review);
  const rows = items.map((item, index): ItemDifference => {
    const own = itemStanding(item, index, assessment, defaultTarget);
    const other = itemStanding(item, index, theirs, defaultTarget);
    const self = own.rated ? own.value : null;
    const reviewer = other.rated ? other.value : null;
    const difference = self === null || reviewer === null ? null : reviewer - self;
    return { item, index, self, reviewer, target: own.target, difference, notable: difference !== null && Math.abs(difference) >= notableDifference };
  });
  return rows.sort(
    (a, b) => Number(b.notable) - Number(a.notable) || (b.notable ? Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0) : 0) || a.index - b.index,
  );
}

/** The comment the reviewer left on `item`, if any. */
export function reviewComment(review: Review, item: AssessmentItem): string | undefined {
  const comment = item.kind === 'experience' ? review.experience[item.id]?.comment : review.ratings[item.key]?.comment;
  return comment?.trim() ? comment : undefined;
}

/** Whether the reviewer saw the self-ratings: as the request the review answers said, when this assessment kept it. */
export function selfRatingsSeen(review: Review, assessment: Assessment): boolean | null {
  return (assessment.requests ?? []).find((candidate) => candidate.id === review.requestId)?.selfRatingsShown ?? null;
}
