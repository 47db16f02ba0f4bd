import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { makeReview } from '../../testing/review-factory';
import { createBackup } from './backup';
import type { DevelopmentAction } from '../assessment/development-action';
import { profileKeysById } from './profile-keys';
import { readBackup } from './read-backup';

const context = { profiles: profileKeysById({ profiles: [makeProfile()], catalogue: makeCatalogue() }), now: '2026-12-06T05:00:00.000Z' };
const action = (id: string, description: string): DevelopmentAction => ({
  id,
  kind: 'course',
  description,
  targetOn: '2027-06-30',
  status: 'planned',
  serves: ['unit:DG100'],
});
const fileOf = (...assessments: ReturnType<typeof makeAssessment>[]) =>
  JSON.stringify(createBackup(assessments, { appVersion: 'x', now: '2026-11-27T09:00:00.000Z' }));

describe('readBackup', () => {
  it('imports an assessment of its profile as it was exported', () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 2 } }, actions: [action('action-one', 'ก')], rounds: [], reviews: [makeReview()] });
    expect(readBackup(fileOf(assessment), context)).toEqual({ ok: true, assessments: [assessment], migratedFrom: null });
  });

  it('refuses, before anything is stored, ratings for 100,000 items the profile does not have', () => {
    const ratings = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`unit:X${index}`, { level: 1 as const }]));
    expect(readBackup(fileOf(makeAssessment({ ratings })), context)).toMatchObject({
      ok: false,
      problem: { code: 'unknown-item', path: 'assessments[0].ratings' },
    });
  });

  it('refuses two actions with one id, two reviews with one id, and an action whose dates are out of order, each where it is', () => {
    const twins = makeAssessment({ actions: [action('twin-one', 'ก'), action('twin-one', 'ข')] });
    expect(readBackup(fileOf(twins), context)).toMatchObject({ ok: false, problem: { code: 'duplicate-id', path: 'assessments[0].actions[1].id' } });
    const reviews = makeAssessment({ reviews: [makeReview(), makeReview()] });
    expect(readBackup(fileOf(reviews), context)).toMatchObject({ ok: false, problem: { code: 'duplicate-id', path: 'assessments[0].reviews[1].id' } });
    const backwards = makeAssessment({ id: 'second-one', actions: [{ ...action('action-one', 'ก'), startOn: '2027-07-01' }] });
    expect(readBackup(fileOf(makeAssessment(), backwards), context)).toMatchObject({
      ok: false,
      problem: { code: 'dates-out-of-order', path: 'assessments[1].actions[0].targetOn' },
    });
  });

  it('refuses a review dated in 2200, which would block every later genuine export', () => {
    const future = makeAssessment({ reviews: [makeReview({ exportedAt: '2200-01-01T00:00:00.000Z' })] });
    expect(readBackup(fileOf(future), context)).toMatchObject({ ok: false, problem: { code: 'future-date', path: 'assessments[0].reviews[0].exportedAt' } });
  });

  it('refuses a role profile the library does not have', () => {
    expect(readBackup(fileOf(makeAssessment({ profileId: 'dcio' })), context)).toMatchObject({ ok: false, problem: { code: 'unknown-profile' } });
  });
});
