import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { listAssessmentItems } from './assessment-items';
import { currentRoundNumber, startNewRound } from './rounds';
import { assessmentAtRound, movedItems } from './round-moves';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { makeReview } from '../../testing/review-factory';

describe('rounds', () => {
  const first = makeAssessment({ ratings: { 'unit:DG100': { level: 1, note: 'n' } }, experience: { 'e-one': { status: 'none' } } });
  const second = startNewRound(first, { today: '2027-11-27', now: '2027-11-27T09:00:00.000Z', carryReviews: false });

  it('keeps the current ratings as a dated, numbered earlier round and starts the next round from them', () => {
    expect(currentRoundNumber(first)).toBe(1);
    expect(currentRoundNumber(second)).toBe(2);
    expect(second.rounds).toEqual([
      { number: 1, assessedOn: '2026-11-27', ratings: first.ratings, experience: first.experience, closedAt: '2027-11-27T09:00:00.000Z' },
    ]);
    expect(second.ratings).toEqual(first.ratings);
    expect(second.appointee.assessedOn).toBe('2027-11-27');
  });

  it('keeps the earlier round apart: changing the new round leaves it as it was', () => {
    second.ratings['unit:DG100'] = { level: 3 };
    expect(second.rounds?.[0]?.ratings['unit:DG100']).toEqual({ level: 1, note: 'n' });
  });

  it('reads an earlier round and lists the items that moved', () => {
    const items = listAssessmentItems(makeProfile(), makeCatalogue());
    const round = second.rounds?.[0];
    if (!round) throw new Error('no round');
    const before = assessmentAtRound(second, round);
    const after = { ...second, ratings: { ...second.ratings, 'unit:DT100': { level: 2 } }, experience: { 'e-one': { status: 'some' as const } } };
    expect(movedItems(items, before, after).map((move) => [move.item.key, move.before, move.after])).toEqual([
      ['unit:DG100', '1', '3'],
      ['unit:DT100', null, '2'],
      ['experience:e-one', 'none', 'some'],
    ]);
  });

  it('keeps the reviews with the round they were made in, so the new round starts without them, unless they are carried on', () => {
    const reviewed = makeAssessment({ ratings: first.ratings, reviews: [makeReview()], gapBasis: { view: 'reviewer' } });
    const fresh = startNewRound(reviewed, { today: '2027-11-27', now: '2027-11-27T09:00:00.000Z', carryReviews: false });
    expect(fresh.reviews).toBeUndefined();
    expect(fresh.gapBasis).toBeUndefined();
    expect(fresh.rounds?.[0]?.reviews).toEqual([makeReview()]);
    const carried = startNewRound(reviewed, { today: '2027-11-27', now: '2027-11-27T09:00:00.000Z', carryReviews: true });
    expect(carried.reviews).toEqual([makeReview()]);
    expect(carried.gapBasis).toEqual({ view: 'reviewer' });
    expect(carried.rounds?.[0]?.reviews).toBeUndefined();
  });
});
