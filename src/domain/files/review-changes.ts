import type { Assessment } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import { askedRatings, fingerprintMatches, fingerprintOf, ratingChanges, type RatingChange } from './fingerprint';
import type { Level } from '../profile/rating-scale';
import type { Review, SentRequest } from '../assessment/review-schema';

/** The record the appointee's app keeps of a request it exports: what was asked about, normalised. */
export function sentRequestOf(assessment: Assessment, input: { requestId: string; selfRatingsShown: boolean; now: string; defaultTarget: Level }): SentRequest {
  return { id: input.requestId, exportedAt: input.now, selfRatingsShown: input.selfRatingsShown, asked: askedRatings(assessment, input.defaultTarget) };
}

/** A level, target or status that changed since a review was requested, with its item. */
export type ItemRatingChange = RatingChange & { item: AssessmentItem };

/**
 * Whether the self-ratings changed since `review` was requested. When this assessment kept the request the review
 * answers, the changes are listed, in the circular's order, from and to; otherwise (a request sent before the app
 * kept them, or from elsewhere) only the fingerprint says, and `changes` is null.
 */
export type ChangeSinceRequest = { changed: false } | { changed: true; changes: ItemRatingChange[] | null };

export function changesSinceRequest(review: Review, assessment: Assessment, items: readonly AssessmentItem[], defaultTarget: Level): ChangeSinceRequest {
  const sent = (assessment.requests ?? []).find((candidate) => candidate.id === review.requestId);
  if (!sent || fingerprintOf(sent.asked) !== review.fingerprint) {
    return fingerprintMatches(review.fingerprint, assessment, defaultTarget) ? { changed: false } : { changed: true, changes: null };
  }
  const byKey = new Map(
    ratingChanges(sent.asked, askedRatings(assessment, defaultTarget), defaultTarget).map((change) => [`${change.key} ${change.field}`, change]),
  );
  const changes = items.flatMap((item) =>
    (['level', 'target', 'status'] as const).flatMap((field) => {
      const change = byKey.get(`${item.key} ${field}`);
      return change ? [{ ...change, item }] : [];
    }),
  );
  return changes.length === 0 ? { changed: false } : { changed: true, changes };
}
