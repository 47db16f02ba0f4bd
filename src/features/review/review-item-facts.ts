import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import type { ReviewRequest } from '../../domain/files/review';
import type { RatingScale } from '../../domain/profile/rating-scale';
import { pickText, type Language } from '../../domain/shared/localized-text';
import { targetOf } from '../../domain/scoring/scoring';

/** What the reviewer is told of one item beside their own rating: its target, and, when shared, the self-rating and note. */
export interface ReviewItemFacts {
  /** The item's target level; null for experience, which has none. */
  target: number | null;
  /** Whether the appointee shared their self-ratings (and notes). */
  selfShown: boolean;
  /** The self-rating in words (a level's number, an experience status's name); null when not shared or not rated. */
  self: string | null;
  /** The appointee's own note on the item, when they shared their self-ratings and wrote one. */
  note: string | null;
}

/** The facts of `item` in `request`: only what the appointee chose to share (hidden self-ratings carry no notes either). */
export function reviewItemFacts(item: AssessmentItem, request: ReviewRequest, scale: RatingScale, language: Language): ReviewItemFacts {
  const shown = request.selfRatingsShown;
  if (item.kind === 'experience') {
    const record = request.experience[item.id];
    const entry = scale.experience.find((candidate) => candidate.status === record?.status);
    return { target: null, selfShown: shown, self: shown && entry ? pickText(entry.label, language) : null, note: (shown && record?.note) || null };
  }
  const rating = request.ratings[item.key];
  const level = rating?.level;
  return {
    target: targetOf(rating, scale.defaultTarget),
    selfShown: shown,
    self: shown && level !== undefined ? String(level) : null,
    note: (shown && rating?.note) || null,
  };
}
