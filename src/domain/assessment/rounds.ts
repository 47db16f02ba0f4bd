import type { Assessment, Round } from './assessment';
import type { AssessmentItem } from './assessment-items';

/** The number of the round being rated now: one more than the rounds kept. */
export function currentRoundNumber(assessment: Assessment): number {
  return (assessment.rounds?.length ?? 0) + 1;
}

/**
 * Closes the current round (kept read-only with its date) and starts the next one on `today`, with the same
 * ratings as its starting point. Its reviews stay with it, so the new round's report prints only its own, unless the
 * user carries them on (`carryReviews`); the basis of the figures is chosen again with the new round's reviews.
 */
export function startNewRound(assessment: Assessment, input: { today: string; now: string; carryReviews: boolean }): Assessment {
  const reviews = assessment.reviews ?? [];
  const keep = input.carryReviews || reviews.length === 0;
  const closed: Round = {
    number: currentRoundNumber(assessment),
    assessedOn: assessment.appointee.assessedOn,
    ratings: structuredClone(assessment.ratings),
    experience: structuredClone(assessment.experience),
    closedAt: input.now,
    ...(keep ? {} : { reviews }),
  };
  const next: Assessment = {
    ...assessment,
    rounds: [...(assessment.rounds ?? []), closed],
    appointee: { ...assessment.appointee, assessedOn: input.today },
    updatedAt: input.now,
  };
  if (!keep) {
    delete next.reviews;
    delete next.gapBasis;
  }
  return next;
}

/** The assessment as it stood in an earlier round (for reading and comparing only). */
export function assessmentAtRound(assessment: Assessment, round: Round): Assessment {
  return { ...assessment, ratings: round.ratings, experience: round.experience, appointee: { ...assessment.appointee, assessedOn: round.assessedOn } };
}

export interface ItemMove {
  item: AssessmentItem;
  before: string | null;
  after: string | null;
}

/** The items whose self-rating (or experience status) differs between two states of an assessment. */
export function movedItems(items: readonly AssessmentItem[], before: Assessment, after: Assessment): ItemMove[] {
  const valueOf = (item: AssessmentItem, assessment: Assessment): string | null => {
    if (item.kind === 'experience') return assessment.experience[item.id]?.status ?? null;
    const level = assessment.ratings[item.key]?.level;
    return level === undefined ? null : String(level);
  };
  return items.flatMap((item) => {
    const from = valueOf(item, before);
    const to = valueOf(item, after);
    return from === to ? [] : [{ item, before: from, after: to }];
  });
}
