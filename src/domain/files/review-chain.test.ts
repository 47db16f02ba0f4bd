import { describe, expect, it } from 'vitest';
import { makeReview } from '../../testing/review-factory';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { awaitsReceipt, chainComplete, chainSteps, nextLevel, signedFrom, withOpinion, withReceipt } from './review-chain';
import { createReviewFile, createReviewRequest, parseReviewFor, parseReviewRequest, parseReviewToPass, reviewFromDraft, startReviewDraft } from './review';
import { profileKeysById } from './profile-keys';
import type { Opinion } from '../assessment/review-schema';

const levels = ['ผู้บังคับบัญชาชั้นต้น (อธิบดี)', 'ปลัดกระทรวง'];
const opinion: Opinion = { name: 'สมชาย ปลัด', position: 'ปลัดกระทรวง', signedOn: '2026-11-30', verdict: 'agree', opinion: 'เห็นด้วย' };
const chained = makeReview({ chain: { levels, opinions: [] }, verdict: 'partly' });
const profiles = profileKeysById({ profiles: [makeProfile()], catalogue: makeCatalogue() });
const now = '2026-12-06T05:00:00.000Z';

describe('the chain of opinions', () => {
  it('names the next level until every level has given its opinion', () => {
    expect(nextLevel(chained)).toEqual({ index: 1, title: 'ปลัดกระทรวง' });
    expect(chainComplete(chained)).toBe(false);
    const done = withOpinion(chained, opinion, '2026-11-30T04:00:00.000Z');
    expect(done).toMatchObject({ id: chained.id, exportedAt: '2026-11-30T04:00:00.000Z', chain: { levels, opinions: [opinion] } });
    expect(nextLevel(done)).toBeNull();
    expect(chainComplete(done)).toBe(true);
    // A review without a chain has one level, its reviewer, and is complete.
    expect(chainComplete(makeReview())).toBe(true);
  });

  it('lists every step in order with its date, or waiting', () => {
    const assessment = makeAssessment({
      requests: [{ id: 'request-one', exportedAt: '2026-11-27T03:00:00.000Z', selfRatingsShown: false, asked: { ratings: {}, experience: {} } }],
    });
    expect(chainSteps(chained, assessment)).toEqual([
      { kind: 'sent', on: '2026-11-27' },
      { kind: 'level', index: 0, title: levels[0], signed: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดี', signedOn: '2026-11-28' } },
      { kind: 'level', index: 1, title: 'ปลัดกระทรวง', signed: null },
      { kind: 'returned', on: null },
      { kind: 'acknowledged', signed: null },
      { kind: 'received', signed: null },
    ]);
    const signed = { name: 'สมหญิง', position: 'รองอธิบดี', signedOn: '2026-12-01' };
    const hr = { name: 'สุนีย์', position: 'นักทรัพยากรบุคคล', signedOn: '2026-12-02' };
    const full = { ...withOpinion(chained, opinion, '2026-11-30T04:00:00.000Z'), acknowledged: signed, received: hr };
    expect(chainSteps(full, makeAssessment()).map((step) => [step.kind, 'on' in step ? step.on : step.signed?.signedOn])).toEqual([
      ['sent', null],
      ['level', '2026-11-28'],
      ['level', '2026-11-30'],
      ['returned', '2026-11-30'],
      ['acknowledged', '2026-12-01'],
      ['received', '2026-12-02'],
    ]);
  });

  it('signs a step with name, position and a date not after today', () => {
    expect(signedFrom({ name: ' ก ', position: 'ข', signedOn: '2026-12-06' }, '2026-12-06')).toEqual({
      ok: true,
      signed: { name: 'ก', position: 'ข', signedOn: '2026-12-06' },
    });
    expect(signedFrom({ name: '', position: ' ', signedOn: 'invalid' }, '2026-12-06')).toEqual({ ok: false, missing: ['name', 'position', 'date'] });
    expect(signedFrom({ name: 'ก', position: 'ข', signedOn: '2026-12-07' }, '2026-12-06')).toEqual({ ok: false, missing: ['date'], future: true });
  });
});

describe('the chain through files', () => {
  const assessment = makeAssessment();
  const request = createReviewRequest(assessment, {
    requestId: 'request-one',
    selfRatingsShown: false,
    appVersion: '0.1.0',
    now: '2026-11-28T08:00:00.000Z',
    defaultTarget: 3,
    levels,
  });

  it('a request names its levels; the review made from it carries them and the verdict', () => {
    const read = parseReviewRequest(JSON.stringify(request), profiles);
    expect(read).toMatchObject({ ok: true, data: { levels } });
    const draft = {
      ...startReviewDraft(request, { reviewId: 'review-one', today: '2026-11-28' }),
      reviewerName: 'ก',
      reviewerPosition: 'อธิบดี',
      verdict: 'disagree' as const,
    };
    expect(reviewFromDraft(draft, now)).toMatchObject({ ok: true, review: { verdict: 'disagree', chain: { levels, opinions: [] } } });
  });

  it('a later level opens the file passed on; one with no level left, or with more opinions than levels, is refused in words', () => {
    const file = (review = chained) => JSON.stringify(createReviewFile(review, '0.1.0', assessment.appointee));
    expect(parseReviewToPass(file(), profiles, now)).toMatchObject({ ok: true, data: { appointee: assessment.appointee, review: { id: chained.id } } });
    expect(parseReviewToPass(file(withOpinion(chained, opinion, now)), profiles, now)).toMatchObject({
      ok: false,
      refusal: { code: 'no-level-left', message: { key: 'problem.exchange.noLevelLeft' } },
    });
    expect(parseReviewToPass(file(makeReview()), profiles, now)).toMatchObject({ ok: false, refusal: { code: 'no-level-left' } });
    const tooMany = { ...chained, chain: { levels, opinions: [opinion, opinion] } };
    expect(parseReviewToPass(file(tooMany), profiles, now)).toMatchObject({
      ok: false,
      refusal: { code: 'too-many', path: 'review.chain.opinions', message: { key: 'problem.exchange.tooManyOpinions', params: { found: 3, most: 2 } } },
    });
    expect(parseReviewToPass(file(), new Map(), now)).toMatchObject({ ok: false, refusal: { code: 'other-role' } });
  });

  it('refuses an opinion, an acknowledgement or a receipt dated after today, on import too', () => {
    const future = withOpinion(chained, { ...opinion, signedOn: '2026-12-09' }, now);
    const text = JSON.stringify(createReviewFile(future, '0.1.0'));
    const profile = profiles.get('mcio');
    if (!profile) throw new Error('no MCIO profile');
    expect(parseReviewFor(text, assessment, { profile, now })).toMatchObject({
      ok: false,
      refusal: { code: 'future-date', path: 'review.chain.opinions[0].signedOn' },
    });
    const late = { ...withOpinion(chained, opinion, now), received: { name: 'ค', position: 'ง', signedOn: '2026-12-09' } };
    expect(parseReviewFor(JSON.stringify(createReviewFile(late, '0.1.0')), assessment, { profile, now })).toMatchObject({
      ok: false,
      refusal: { code: 'future-date', path: 'review.received.signedOn' },
    });
  });

  it("HR records receipt in their own browser on the file the appointee exported, and the appointee's import adds it to the review kept (issue 26, second trial)", () => {
    const profile = profiles.get('mcio');
    if (!profile) throw new Error('no MCIO profile');
    const acknowledged = { name: 'สมหญิง', position: 'รองอธิบดี', signedOn: '2026-12-01' };
    const received = { name: 'สุนีย์ งานบุคคล', position: 'นักทรัพยากรบุคคล', signedOn: '2026-12-02' };
    const back = withOpinion(chained, opinion, '2026-11-30T04:00:00.000Z');
    const forHr = { ...back, acknowledged };
    const file = (review: typeof back) => JSON.stringify(createReviewFile(review, '0.1.0', assessment.appointee));
    // Not before every level has given its opinion and the appointee has acknowledged; then HR's review mode opens it.
    expect(awaitsReceipt(chained)).toBe(false);
    expect(awaitsReceipt(back)).toBe(false);
    expect(awaitsReceipt(forHr)).toBe(true);
    expect(parseReviewToPass(file(forHr), profiles, now)).toMatchObject({ ok: true });
    // HR's export keeps the review's time: the same export, with the receipt.
    const fromHr = withReceipt(forHr, received);
    expect(fromHr).toEqual({ ...forHr, received });
    expect(parseReviewToPass(file(fromHr), profiles, now)).toMatchObject({
      ok: false,
      refusal: { code: 'no-level-left', message: { key: 'problem.exchange.receivedAlready' } },
    });
    // The appointee kept the review with their acknowledgement: HR's file adds the receipt, nothing else changes.
    const kept = makeAssessment({ ...assessment, reviews: [forHr] });
    expect(parseReviewFor(file(fromHr), kept, { profile, now })).toEqual({ ok: true, review: { ...forHr, received }, replaces: forHr });
    // Brought back again once the receipt is kept: said as a repeat.
    const withIt = makeAssessment({ ...assessment, reviews: [{ ...forHr, received }] });
    expect(parseReviewFor(file(fromHr), withIt, { profile, now })).toMatchObject({ ok: false, refusal: { code: 'duplicate' } });
    // A copy that never had the review takes it whole, acknowledgement and receipt.
    expect(parseReviewFor(file(fromHr), assessment, { profile, now })).toMatchObject({ ok: true, review: { acknowledged, received }, replaces: null });
  });

  it('still reads a review file of version 1, without verdict or chain', () => {
    const profile = profiles.get('mcio');
    if (!profile) throw new Error('no MCIO profile');
    const old = { ...createReviewFile(makeReview(), '0.1.0'), schemaVersion: 1 };
    expect(parseReviewFor(JSON.stringify(old), assessment, { profile, now })).toMatchObject({ ok: true });
  });
});
