import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { duplicateOf, withExperience, withRating, withReview, withTitle, withoutReviews } from './assessment-updates';
import { makeReview } from '../../testing/review-factory';

const now = '2026-11-28T10:00:00.000Z';

describe('withRating', () => {
  it('sets a level without touching the target or note, and stamps the time', () => {
    const before = makeAssessment({ ratings: { 'unit:DG100': { target: 4, note: 'n' } } });
    const after = withRating(before, 'unit:DG100', { level: 2 }, now);
    expect(after.ratings['unit:DG100']).toEqual({ level: 2, target: 4, note: 'n' });
    expect(after.updatedAt).toBe(now);
    expect(before.ratings['unit:DG100']).toEqual({ target: 4, note: 'n' });
  });

  it('clears a level back to unrated and drops an item left empty', () => {
    const before = makeAssessment({ ratings: { 'unit:DG100': { level: 2 } } });
    expect(withRating(before, 'unit:DG100', { level: undefined }, now).ratings).toEqual({});
    expect(withRating(before, 'unit:DG100', { note: '' }, now).ratings).toEqual({ 'unit:DG100': { level: 2 } });
  });

  it('leaves every other item the same object, so their views need not re-render', () => {
    const before = makeAssessment({ ratings: { 'unit:DG100': { level: 1 }, 'unit:DG200': { level: 2 } } });
    const after = withRating(before, 'unit:DG100', { level: 3 }, now);
    expect(after.ratings['unit:DG200']).toBe(before.ratings['unit:DG200']);
  });
});

describe('withExperience', () => {
  it('merges status, date and evidence, and drops an empty record', () => {
    const a = withExperience(makeAssessment(), 'study-visit', { status: 'yes', acquiredOn: '2026-01-02' }, now);
    expect(a.experience['study-visit']).toEqual({ status: 'yes', acquiredOn: '2026-01-02' });
    const b = withExperience(a, 'study-visit', { status: undefined, acquiredOn: undefined }, now);
    expect(b.experience).toEqual({});
  });
});

describe('withTitle and duplicateOf', () => {
  it('renames, and a blank name goes back to the default name', () => {
    expect(withTitle(makeAssessment({ title: 'old' }), ' new ', now).title).toBe('new');
    expect('title' in withTitle(makeAssessment({ title: 'old' }), '   ', now)).toBe(false);
  });

  it('copies everything but id, title and times, deeply', () => {
    const original = makeAssessment({ ratings: { 'unit:DG100': { level: 1 } } });
    const copy = duplicateOf(original, { id: 'copy-123', title: 'copy', now, withReviews: true });
    expect(copy).toMatchObject({ id: 'copy-123', title: 'copy', createdAt: now, ratings: { 'unit:DG100': { level: 1 } } });
    expect(copy.ratings).not.toBe(original.ratings);
  });
});

describe('withReview', () => {
  it('keeps the reviews in the order they were exported, so a removed one comes back in its place', () => {
    const review = (id: string, exportedAt: string) => makeReview({ id, exportedAt });
    const [a, b, c] = [
      review('review-a', '2026-11-01T00:00:00.000Z'),
      review('review-b', '2026-11-02T00:00:00.000Z'),
      review('review-c', '2026-11-03T00:00:00.000Z'),
    ];
    expect(withReview(makeAssessment({ reviews: [a, c] }), b, now).reviews?.map((entry) => entry.id)).toEqual(['review-a', 'review-b', 'review-c']);
    expect(withReview(makeAssessment({ reviews: [a, b] }), { ...a, overall: 'again' }, now).reviews?.map((entry) => entry.overall)).toEqual(['again', '']);
  });
});

describe('duplicateOf and withoutReviews', () => {
  it('copies the reviews, their requests and the basis only when asked', () => {
    const round = { number: 1, assessedOn: '2025-11-27', ratings: {}, experience: {}, closedAt: now, reviews: [makeReview({ id: 'review-old' })] };
    const requests = [{ id: 'request-one', exportedAt: now, selfRatingsShown: false, asked: { ratings: {}, experience: {} } }];
    const original = makeAssessment({
      ratings: { 'unit:DG100': { level: 2 } },
      reviews: [makeReview()],
      requests,
      gapBasis: { view: 'lower' },
      rounds: [round],
    });
    const bare = duplicateOf(original, { id: 'copy-123', title: 'copy', now, withReviews: false });
    expect(bare.ratings).toEqual(original.ratings);
    expect([bare.reviews, bare.requests, bare.gapBasis, bare.rounds?.[0]?.reviews]).toEqual([undefined, undefined, undefined, undefined]);
    expect(bare.rounds?.[0]).toEqual({ number: 1, assessedOn: '2025-11-27', ratings: {}, experience: {}, closedAt: now });
    const full = duplicateOf(original, { id: 'copy-124', title: 'copy', now, withReviews: true });
    expect([full.reviews, full.requests, full.gapBasis, full.rounds?.[0]?.reviews]).toEqual([original.reviews, requests, { view: 'lower' }, round.reviews]);
    expect(withoutReviews(original).reviews).toBeUndefined();
  });
});
