import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { listAssessmentItems } from '../assessment/assessment-items';
import { analyseGaps } from './gaps';
import { gapBasisOf, lowerView, onBasis, rankDifferences, reviewerView } from './review-compare';
import { makeReview } from '../../testing/review-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';

const items = listAssessmentItems(makeProfile(), makeCatalogue());
const assessment = makeAssessment({
  ratings: { 'unit:DG100': { level: 4, target: 4 }, 'unit:DT100': { level: 1 }, 'unit:DG200': { level: 2 }, 'knowledge:k-one': { level: 3 } },
  experience: { 'e-one': { status: 'yes' } },
});
const review = makeReview({
  ratings: { 'unit:DG100': { level: 1, comment: 'not yet' }, 'unit:DT100': { level: 4 }, 'unit:DG200': { level: 3 }, 'behavioural:visioning': { level: 2 } },
  experience: { 'e-one': { status: 'none' } },
});

describe('reviewerView', () => {
  it("puts the reviewer's levels in place of the self-ratings and keeps the appointee's targets", () => {
    const view = reviewerView(assessment, review);
    expect(view.ratings['unit:DG100']).toEqual({ level: 1, target: 4 });
    expect(view.ratings['knowledge:k-one']).toBeUndefined();
    expect(view.experience).toEqual({ 'e-one': { status: 'none' } });
    expect(assessment.ratings['unit:DG100']).toEqual({ level: 4, target: 4 });
  });

  it('scores through the same gap analysis as the self-ratings', () => {
    const analysis = analyseGaps(items, reviewerView(assessment, review), { defaultTarget: 3, today: '2026-11-28' });
    expect(analysis.overall.rated).toBe(5);
    // DG100 1 of 4, DT100 3 of 3, DG200 3 of 3, visioning 2 of 3, e-one 0 of 3.
    expect(analysis.overall.readiness).toBeCloseTo((1 + 3 + 3 + 2 + 0) / (4 + 3 + 3 + 3 + 3));
  });
});

describe('lowerView', () => {
  it('takes the lower of the two per item, and the one that exists where only one rated', () => {
    const view = lowerView(assessment, review);
    expect(view.ratings['unit:DG100']).toEqual({ level: 1, target: 4 });
    expect(view.ratings['unit:DT100']?.level).toBe(1);
    expect(view.ratings['knowledge:k-one']?.level).toBe(3);
    expect(view.ratings['behavioural:visioning']?.level).toBe(2);
    expect(view.experience['e-one']?.status).toBe('none');
  });
});

describe('onBasis', () => {
  it('is the self-assessment by default, and when there is no review whatever was chosen', () => {
    expect(onBasis({ ...assessment, reviews: [review] })).toEqual({ ...assessment, reviews: [review] });
    expect(onBasis({ ...assessment, gapBasis: { view: 'lower' } })).toEqual({ ...assessment, gapBasis: { view: 'lower' } });
    expect(gapBasisOf({ ...assessment, gapBasis: { view: 'lower' } })).toEqual({ view: 'self', review: undefined });
  });

  it('reads the chosen review, or the latest, as the reviewer or the lower of the two', () => {
    const earlier = { ...review, id: 'review-earlier', ratings: { 'unit:DG100': { level: 4 as const } } };
    const both = { ...assessment, reviews: [earlier, review] };
    expect(onBasis({ ...both, gapBasis: { view: 'reviewer' } }).ratings).toEqual(reviewerView(both, review).ratings);
    expect(onBasis({ ...both, gapBasis: { view: 'reviewer', reviewId: 'review-earlier' } }).ratings).toEqual(reviewerView(both, earlier).ratings);
    expect(onBasis({ ...both, gapBasis: { view: 'lower' } }).ratings).toEqual(lowerView(both, review).ratings);
    // A chosen review since removed: the latest.
    expect(gapBasisOf({ ...both, gapBasis: { view: 'reviewer', reviewId: 'review-gone1' } }).review).toBe(review);
  });
});

describe('rankDifferences', () => {
  const ranked = rankDifferences(items, assessment, review, 3);

  it('lists the differences of 2 levels or more first, largest first, highlighted', () => {
    const notable = ranked.filter((row) => row.notable).map((row) => [row.item.key, row.difference]);
    expect(notable).toEqual([
      ['unit:DG100', -3],
      ['unit:DT100', 3],
      ['experience:e-one', -3],
    ]);
    expect(ranked.slice(0, 3).every((row) => row.notable)).toBe(true);
  });

  it('keeps the rest in the order of the circular, with no difference where one side is unrated', () => {
    const rest = ranked.slice(3);
    expect(rest.map((row) => row.index)).toEqual([...rest.map((row) => row.index)].sort((a, b) => a - b));
    expect(ranked.find((row) => row.item.key === 'unit:DG200')).toMatchObject({ difference: 1, notable: false });
    expect(ranked.find((row) => row.item.key === 'knowledge:k-one')).toMatchObject({ self: 3, reviewer: null, difference: null, notable: false });
  });

  it('marks exactly 2 levels as notable', () => {
    const two = rankDifferences(items, assessment, makeReview({ ratings: { 'unit:DG200': { level: 4 } } }), 3);
    expect(two[0]).toMatchObject({ difference: 2, notable: true });
  });
});
