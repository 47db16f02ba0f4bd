import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeReview } from '../../testing/review-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { createBackup, openBackup } from './backup';
import { otherKindMessage } from './file-formats';
import { createPlanHandoff, parsePlanHandoffFor } from './plan-handoff';
import { profileKeysById } from './profile-keys';
import { createReviewFile, createReviewRequest, parseReviewFor, parseReviewRequest, parseReviewToPass } from './review';

const profiles = profileKeysById({ profiles: [makeProfile()], catalogue: makeCatalogue() });
const keys = profiles.get('mcio') ?? { name: '', ratings: new Set<string>(), experience: new Set<string>(), items: new Set<string>() };
const assessment = makeAssessment();
const now = '2026-12-06T05:00:00.000Z';
const files = {
  request: JSON.stringify(createReviewRequest(assessment, { requestId: 'request-one', selfRatingsShown: false, appVersion: 't', now, defaultTarget: 3 })),
  review: JSON.stringify(createReviewFile(makeReview(), 't')),
  handoff: JSON.stringify(createPlanHandoff(assessment, [], { handoffId: 'handoff-one', appVersion: 't', now, sender: { name: 'A', position: 'B' } })),
  backup: JSON.stringify(createBackup([assessment], { appVersion: 't', now })),
};
const messageOf = (reading: { ok: boolean; refusal?: { code: string; message: unknown } }) => (reading.ok ? null : reading.refusal?.message);

describe('a file of another kind of this app, chosen at the wrong button (issue 26 trial)', () => {
  it('says what the file is and where to use it, at each exchange button', () => {
    expect(messageOf(parseReviewRequest(files.review, profiles))).toEqual({ key: 'problem.file.isReview' });
    expect(messageOf(parseReviewRequest(files.backup, profiles))).toEqual({ key: 'problem.file.isBackup' });
    expect(messageOf(parseReviewFor(files.request, assessment, { profile: keys, now }))).toEqual({ key: 'problem.file.isRequest' });
    expect(messageOf(parseReviewFor(files.handoff, assessment, { profile: keys, now }))).toEqual({ key: 'problem.file.isHandoff' });
    expect(messageOf(parsePlanHandoffFor(files.review, assessment, keys))).toEqual({ key: 'problem.file.isReview' });
    expect(messageOf(parsePlanHandoffFor(files.request, assessment, keys))).toEqual({ key: 'problem.file.isRequest' });
    expect(messageOf(parseReviewToPass(files.request, profiles, now))).toEqual({ key: 'problem.file.isRequest' });
  });

  it("says whose a chain's review is now and where they open it, at the backup import and the organisation view (issue 26, third trial)", () => {
    const chain = { levels: ['อธิบดี', 'ปลัดกระทรวง'], opinions: [] };
    const signed = { name: 'A', position: 'B', signedOn: '2026-12-05' };
    const opinion = { ...signed, verdict: 'agree' as const, opinion: '' };
    const fileOf = (review: Parameters<typeof makeReview>[0]) => JSON.stringify(createReviewFile(makeReview(review), 't'));
    const keyOf = (text: string) => {
      const opened = openBackup(text);
      return opened.ok ? null : opened.problem.message;
    };
    expect(keyOf(fileOf({ chain }))).toEqual({ key: 'problem.file.isReviewForNext' });
    expect(keyOf(fileOf({ chain: { ...chain, opinions: [opinion] } }))).toEqual({ key: 'problem.file.isReview' });
    expect(keyOf(fileOf({ chain: { ...chain, opinions: [opinion] }, acknowledged: signed }))).toEqual({ key: 'problem.file.isReviewForHr' });
    expect(keyOf(fileOf({ chain: { ...chain, opinions: [opinion] }, acknowledged: signed, received: signed }))).toEqual({ key: 'problem.file.isReview' });
    expect(messageOf(parsePlanHandoffFor(fileOf({ acknowledged: signed }), assessment, keys))).toEqual({ key: 'problem.file.isReviewForHr' });
  });

  it('says the same at the backup import, and keeps the plain refusal for a file not of this app', () => {
    expect(openBackup(files.review)).toMatchObject({ ok: false, problem: { code: 'not-ours', message: { key: 'problem.file.isReview' } } });
    expect(openBackup(JSON.stringify({ format: 'other', schemaVersion: 1 }))).toMatchObject({
      ok: false,
      problem: { message: { key: 'problem.backup.notOurs' } },
    });
    expect(messageOf(parseReviewRequest(JSON.stringify({ format: 'other' }), profiles))).toEqual({ key: 'problem.exchange.notARequest' });
    expect(otherKindMessage('constructor')).toBeNull();
    expect(otherKindMessage(7)).toBeNull();
  });
});
