import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { makeReview } from '../../testing/review-factory';
import { actionsProblem, assessmentProblem, reviewProblem } from './content-checks';
import { maxActions } from './content-problem';
import type { DevelopmentAction } from '../assessment/development-action';
import { profileKeysById } from './profile-keys';

const keys = profileKeysById({ profiles: [makeProfile()], catalogue: makeCatalogue() }).get('mcio');
if (!keys) throw new Error('the test profile has keys');
const now = '2026-12-06T05:00:00.000Z';
const action = (overrides: Partial<DevelopmentAction> = {}): DevelopmentAction => ({
  id: 'action-one',
  kind: 'course',
  description: 'หลักสูตร',
  targetOn: '2027-06-30',
  status: 'planned',
  serves: ['unit:DG100'],
  ...overrides,
});

describe('assessmentProblem', () => {
  it('finds nothing wrong with an assessment of its profile', () => {
    const fine = makeAssessment({
      ratings: { 'unit:DG100': { level: 2 } },
      experience: { 'e-one': { status: 'yes' } },
      actions: [action()],
      reviews: [makeReview()],
    });
    expect(assessmentProblem(fine, keys, now, 'assessments[0]')).toBeNull();
  });

  it('refuses ratings and experience the profile does not have, counted and named', () => {
    const ratings = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`unit:FAKE${index}`, { level: 1 }]));
    expect(assessmentProblem(makeAssessment({ ratings }), keys, now, 'assessments[0]')).toMatchObject({
      code: 'unknown-item',
      path: 'assessments[0].ratings',
      message: { key: 'problem.unknownItems', params: { count: '100,000', profile: 'MCIO', shown: '"unit:FAKE0", "unit:FAKE1", "unit:FAKE2", …' } },
    });
    expect(assessmentProblem(makeAssessment({ experience: { 'from-another-profile': { status: 'yes' } } }), keys, now, 'a')).toMatchObject({
      code: 'unknown-item',
      path: 'a.experience',
    });
    const round = { number: 1, assessedOn: '2025-11-27', ratings: { 'unit:NOPE': { level: 1 } }, experience: {}, closedAt: now };
    expect(assessmentProblem(makeAssessment({ rounds: [round] }), keys, now, 'a')).toMatchObject({ code: 'unknown-item', path: 'a.rounds[0].ratings' });
  });

  it('takes an assessment dated before the appointment (an appointment may be dated ahead): import flags it instead', () => {
    const early = makeAssessment({ appointee: { ...makeAssessment().appointee, appointedOn: '2026-01-01', assessedOn: '2025-12-31' } });
    expect(assessmentProblem(early, keys, now, 'a')).toBeNull();
  });

  it("refuses two reviews with one id, by their reviewers' names", () => {
    const twice = makeAssessment({ reviews: [makeReview(), makeReview({ reviewer: { ...makeReview().reviewer, name: 'คนที่สอง' } })] });
    expect(assessmentProblem(twice, keys, now, 'a')).toMatchObject({
      code: 'duplicate-id',
      path: 'a.reviews[1].id',
      message: { key: 'problem.sameReviewId', params: { m: 1, a: '"สมศรี ผู้บังคับบัญชา"', n: 2, b: '"คนที่สอง"', id: '"review-one"' } },
    });
  });

  it("checks the reviews kept with an earlier round as the current round's", () => {
    const round = {
      number: 1,
      assessedOn: '2025-11-27',
      ratings: {},
      experience: {},
      closedAt: now,
      reviews: [makeReview({ ratings: { 'unit:NOPE': { level: 1 } } })],
    };
    expect(assessmentProblem(makeAssessment({ rounds: [round] }), keys, now, 'a')).toMatchObject({
      code: 'unknown-item',
      path: 'a.rounds[0].reviews[0].ratings',
    });
    expect(assessmentProblem(makeAssessment({ rounds: [{ ...round, reviews: [makeReview(), makeReview()] }] }), keys, now, 'a')).toMatchObject({
      code: 'duplicate-id',
      path: 'a.rounds[0].reviews[1].id',
    });
  });

  it('refuses kept review requests that ask about items the profile does not have, share an id, or are too many', () => {
    const request = (id: string, ratings: Record<string, { level: 1 }> = { 'unit:DG100': { level: 1 } }) => ({
      id,
      exportedAt: now,
      selfRatingsShown: false,
      asked: { ratings, experience: {} },
    });
    expect(assessmentProblem(makeAssessment({ requests: [request('request-one')] }), keys, now, 'a')).toBeNull();
    expect(assessmentProblem(makeAssessment({ requests: [request('request-one', { 'unit:NOPE': { level: 1 } })] }), keys, now, 'a')).toMatchObject({
      code: 'unknown-item',
      path: 'a.requests[0].asked.ratings',
    });
    expect(assessmentProblem(makeAssessment({ requests: [request('request-one'), request('request-one')] }), keys, now, 'a')).toMatchObject({
      code: 'duplicate-id',
      path: 'a.requests[1].id',
    });
    const many = Array.from({ length: 101 }, (_, index) => request(`request-${index}`));
    expect(assessmentProblem(makeAssessment({ requests: many }), keys, now, 'a')).toMatchObject({ code: 'too-many', path: 'a.requests' });
  });
});

describe('actionsProblem', () => {
  it('refuses two actions with one id, by their descriptions', () => {
    expect(actionsProblem([action({ description: 'ก' }), action({ description: 'ข' })], keys, 'actions')).toMatchObject({
      code: 'duplicate-id',
      path: 'actions[1].id',
      message: { key: 'problem.sameActionId', params: { m: 1, a: '"ก"', n: 2, b: '"ข"', id: '"action-one"' } },
    });
  });

  it('refuses an action serving an item the profile does not have', () => {
    expect(actionsProblem([action(), action({ id: 'action-two', serves: ['experience:nowhere'] })], keys, 'actions')).toMatchObject({
      code: 'unknown-item',
      path: 'actions[1].serves',
    });
  });

  it('refuses an action whose target is before its start, and takes a start on the target day', () => {
    expect(actionsProblem([action({ startOn: '2027-07-01' })], keys, 'actions')).toMatchObject({ code: 'dates-out-of-order', path: 'actions[0].targetOn' });
    expect(actionsProblem([action({ startOn: '2027-06-30' })], keys, 'actions')).toBeNull();
  });

  it('refuses more actions than a file may hold', () => {
    const many = Array.from({ length: maxActions + 1 }, (_, index) => action({ id: `action-${index}` }));
    expect(actionsProblem(many, keys, 'actions')).toMatchObject({
      code: 'too-many',
      message: { key: 'problem.tooMany.actions', params: { found: '501', most: '500' } },
    });
  });
});

describe('reviewProblem', () => {
  it('refuses a review dated later than tomorrow, and takes one dated tomorrow', () => {
    expect(reviewProblem(makeReview({ reviewer: { ...makeReview().reviewer, reviewedOn: '2200-01-01' } }), keys, now, 'review')).toMatchObject({
      code: 'future-date',
      path: 'review.reviewer.reviewedOn',
    });
    expect(reviewProblem(makeReview({ exportedAt: '2200-01-01T00:00:00.000Z' }), keys, now, 'review')).toMatchObject({
      code: 'future-date',
      path: 'review.exportedAt',
    });
    expect(
      reviewProblem(
        makeReview({ reviewer: { ...makeReview().reviewer, reviewedOn: '2026-12-07' }, exportedAt: '2026-12-07T00:00:00.000Z' }),
        keys,
        now,
        'review',
      ),
    ).toBeNull();
  });

  it('refuses a review of items the profile does not have', () => {
    const ratings = Object.fromEntries(Array.from({ length: 85_000 }, (_, index) => [`x${index}`, { level: 1 as const }]));
    expect(reviewProblem(makeReview({ ratings }), keys, now, 'review')).toMatchObject({
      code: 'unknown-item',
      message: { key: 'problem.unknownItems', params: { count: '85,000', profile: 'MCIO' } },
    });
  });
});
