import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { assessmentFingerprint } from './fingerprint';
import { withReview } from '../assessment/assessment-updates';
import { startNewRound } from '../assessment/rounds';
import { createReviewFile, createReviewRequest, parseReviewFor, parseReviewRequest, reviewFromDraft, reviewSchemaVersion, startReviewDraft } from './review';
import { makeReview } from '../../testing/review-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { profileKeysById } from './profile-keys';

const profiles = profileKeysById({ profiles: [makeProfile()], catalogue: makeCatalogue() });
const context = {
  profile: profiles.get('mcio') ?? { name: '', ratings: new Set<string>(), experience: new Set<string>(), items: new Set<string>() },
  now: '2026-12-06T05:00:00.000Z',
};

const assessment = makeAssessment({
  ratings: { 'unit:DG100': { level: 2, target: 4, note: 'my note' }, 'unit:DT100': { level: 1 } },
  experience: { 'e-one': { status: 'some' } },
  actions: [{ id: 'action-1', kind: 'course', description: 'A course', targetOn: '2027-06-01', status: 'planned', serves: ['unit:DG100'] }],
});
const request = (selfRatingsShown: boolean) =>
  createReviewRequest(assessment, { requestId: 'request-one', selfRatingsShown, appVersion: '0.1.0', now: '2026-11-28T08:00:00.000Z', defaultTarget: 3 });
const fileOf = (review = makeReview({ fingerprint: assessmentFingerprint(assessment, 3) })) => JSON.stringify(createReviewFile(review, '0.1.0'));

describe('createReviewRequest', () => {
  it('sends the self-ratings, notes and plan when the appointee shows them', () => {
    const shown = request(true);
    expect(shown.ratings['unit:DG100']).toEqual({ level: 2, target: 4, note: 'my note' });
    expect(shown.experience['e-one']).toEqual({ status: 'some' });
    expect(shown.actions).toHaveLength(1);
    expect(shown.fingerprint).toBe(assessmentFingerprint(assessment, 3));
  });

  it('sends only the targets when the self-ratings are hidden, with the same fingerprint', () => {
    const hidden = request(false);
    expect(hidden.ratings).toEqual({ 'unit:DG100': { target: 4 } });
    expect(hidden.experience).toEqual({});
    expect(hidden.fingerprint).toBe(assessmentFingerprint(assessment, 3));
  });

  it('reads back what it writes, and refuses an unknown role or a newer version', () => {
    const text = JSON.stringify(request(false));
    expect(parseReviewRequest(text, profiles)).toMatchObject({ ok: true, data: { requestId: 'request-one' } });
    expect(parseReviewRequest(text, new Map())).toMatchObject({ ok: false, refusal: { code: 'other-role' } });
    expect(parseReviewRequest(JSON.stringify({ ...request(false), schemaVersion: 9 }), profiles)).toMatchObject({
      ok: false,
      refusal: { code: 'newer-version' },
    });
    expect(parseReviewRequest(fileOf(), profiles)).toMatchObject({ ok: false, refusal: { code: 'wrong-kind' } });
    const otherProfile = { ...request(true), ratings: { 'unit:DS400': { level: 2 } } };
    expect(parseReviewRequest(JSON.stringify(otherProfile), profiles)).toMatchObject({ ok: false, refusal: { code: 'unknown-item', path: 'request.ratings' } });
    const twins = { ...request(true), actions: [...request(true).actions, ...request(true).actions] };
    expect(parseReviewRequest(JSON.stringify(twins), profiles)).toMatchObject({ ok: false, refusal: { code: 'duplicate-id', path: 'actions[1].id' } });
  });
});

describe('parseReviewFor', () => {
  it('accepts a review of this assessment and says the ratings have not changed', () => {
    expect(parseReviewFor(fileOf(), assessment, context)).toMatchObject({ ok: true, replaces: null });
  });

  it('does not refuse a review of ratings that have changed since the request', () => {
    const changed = { ...assessment, ratings: { ...assessment.ratings, 'unit:DT100': { level: 3 } } };
    expect(parseReviewFor(fileOf(), changed, context)).toMatchObject({ ok: true });
  });

  it('refuses a review of another assessment, another role or a newer version, in Thai and English', () => {
    const other = parseReviewFor(fileOf(makeReview({ assessmentId: 'another-one' })), assessment, context);
    expect(other).toMatchObject({ ok: false, refusal: { code: 'other-assessment', message: { key: 'problem.exchange.otherAssessment' } } });
    expect(parseReviewFor(fileOf(makeReview({ profileId: 'dcio' })), assessment, context)).toMatchObject({ ok: false, refusal: { code: 'other-role' } });
    const newer = JSON.stringify({ ...createReviewFile(makeReview(), '9.0.0'), schemaVersion: reviewSchemaVersion + 1 });
    expect(parseReviewFor(newer, assessment, context)).toMatchObject({ ok: false, refusal: { code: 'newer-version' } });
    expect(parseReviewFor('{"format":"cio-skills-compass-review","__proto__":{}}', assessment, context)).toMatchObject({
      ok: false,
      refusal: { code: 'unsafe-key' },
    });
    expect(parseReviewFor('not json', assessment, context)).toMatchObject({ ok: false, refusal: { code: 'not-json' } });
  });

  it('recognises the same file imported twice, and lets a later export of the same review replace it', () => {
    const review = makeReview();
    const withIt = withReview(assessment, review, '2026-11-28T10:00:00.000Z');
    expect(parseReviewFor(fileOf(review), withIt, context)).toMatchObject({ ok: false, refusal: { code: 'duplicate' } });
    const later = makeReview({ exportedAt: '2026-11-29T09:00:00.000Z', overall: 'second thoughts' });
    expect(parseReviewFor(fileOf(later), withIt, context)).toMatchObject({ ok: true, replaces: { overall: '' } });
    expect(withReview(withIt, later, '2026-11-29T10:00:00.000Z').reviews).toEqual([later]);
  });

  it('refuses a review kept with an earlier round, even a later export of it, so a new round prints only its own', () => {
    const review = makeReview();
    const nextRound = startNewRound(withReview(assessment, review, '2026-11-28T10:00:00.000Z'), {
      today: '2026-11-29',
      now: '2026-11-29T10:00:00.000Z',
      carryReviews: false,
    });
    const later = makeReview({ exportedAt: '2026-11-29T09:00:00.000Z' });
    expect(parseReviewFor(fileOf(later), nextRound, context)).toMatchObject({
      ok: false,
      refusal: { code: 'duplicate', message: { key: 'problem.exchange.earlierRoundReview', params: { round: 1 } } },
    });
    const carried = startNewRound(withReview(assessment, review, '2026-11-28T10:00:00.000Z'), {
      today: '2026-11-29',
      now: '2026-11-29T10:00:00.000Z',
      carryReviews: true,
    });
    expect(parseReviewFor(fileOf(later), carried, context)).toMatchObject({ ok: true, replaces: { id: review.id } });
  });

  it('refuses a review of items the role profile does not have, or dated later than a day from now', () => {
    const madeUp = makeReview({ ratings: Object.fromEntries(Array.from({ length: 85_000 }, (_, index) => [`x${index}`, { level: 1 as const }])) });
    expect(parseReviewFor(fileOf(madeUp), assessment, context)).toMatchObject({ ok: false, refusal: { code: 'unknown-item', path: 'review.ratings' } });
    const future = makeReview({ exportedAt: '2200-01-01T00:00:00.000Z', reviewer: { ...makeReview().reviewer, reviewedOn: '2200-01-01' } });
    expect(parseReviewFor(fileOf(future), assessment, context)).toMatchObject({
      ok: false,
      refusal: { code: 'future-date', message: { key: 'problem.reviewInFuture', dates: { dated: '2200-01-01' } } },
    });
  });

  it('lets a genuine export replace a review kept earlier with a date in the future', () => {
    const future = makeReview({ exportedAt: '2200-01-01T00:00:00.000Z' });
    const withFuture = withReview(assessment, future, '2026-11-28T10:00:00.000Z');
    expect(parseReviewFor(fileOf(makeReview({ exportedAt: '2026-12-05T09:00:00.000Z' })), withFuture, context)).toMatchObject({
      ok: true,
      replaces: { exportedAt: '2200-01-01T00:00:00.000Z' },
    });
  });

  it('keeps several reviews and never touches the self-ratings', () => {
    const two = withReview(withReview(assessment, makeReview(), 'x'), makeReview({ id: 'review-two' }), 'y');
    expect(two.reviews?.map((review) => review.id)).toEqual(['review-one', 'review-two']);
    expect(two.ratings).toBe(assessment.ratings);
    expect(two.experience).toBe(assessment.experience);
  });
});

describe('reviewFromDraft', () => {
  it('refuses a review dated after today where the reviewer is', () => {
    const draft = {
      ...startReviewDraft(request(false), { reviewId: 'review-one', today: '2026-11-28' }),
      reviewerName: 'สมศรี',
      reviewerPosition: 'อธิบดี',
      reviewedOn: '2026-11-30',
    };
    // The 28th or 29th wherever the reviewer is; then the 30th or 1 December.
    expect(reviewFromDraft(draft, '2026-11-28T12:00:00.000Z')).toEqual({ ok: false, missing: ['date'], future: true });
    expect(reviewFromDraft(draft, '2026-11-30T12:00:00.000Z')).toMatchObject({ ok: true });
  });

  it('says which of name, position and date are missing', () => {
    const draft = startReviewDraft(request(false), { reviewId: 'review-one', today: '2026-11-28' });
    expect(reviewFromDraft({ ...draft, reviewedOn: '' }, '2026-11-28T09:00:00.000Z')).toEqual({ ok: false, missing: ['name', 'position', 'date'] });
  });

  it('makes a review that carries the request, assessment, role and fingerprint', () => {
    const draft = {
      ...startReviewDraft(request(false), { reviewId: 'review-one', today: '2026-11-28' }),
      reviewerName: ' สมศรี ',
      reviewerPosition: 'อธิบดี',
      ratings: { 'unit:DG100': { level: 4, comment: 'ดีมาก' } },
    };
    const made = reviewFromDraft(draft, '2026-11-28T09:00:00.000Z');
    expect(made).toMatchObject({
      ok: true,
      review: {
        requestId: 'request-one',
        assessmentId: 'test-assessment',
        profileId: 'mcio',
        fingerprint: assessmentFingerprint(assessment, 3),
        reviewer: { name: 'สมศรี' },
      },
    });
  });
});
