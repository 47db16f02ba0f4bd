import type { Assessment, Round } from './assessment';

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
