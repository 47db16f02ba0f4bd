import type { Assessment, Round } from './assessment';
import type { AssessmentItem } from './assessment-items';

/*
 * Reading earlier rounds: apart from starting one (rounds.ts, in the first screen's store), since only the gap screen
 * compares them.
 */

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
