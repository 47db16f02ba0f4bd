import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../testing/assessment-factory';
import { makeReview } from '../testing/review-factory';
import { reviewLabel } from './review-label';

const chain = {
  levels: ['อธิบดี', 'ปลัดกระทรวง'],
  opinions: [{ name: 'สมศักดิ์ มั่นคง', position: 'ปลัดกระทรวง', signedOn: '2026-11-30', verdict: 'agree' as const, opinion: '' }],
};

describe('a review’s name in lists and pickers', () => {
  it('names a chain by every level who signed, each with their own date, and the time of its last export (issue 26, third trial)', () => {
    const review = makeReview({ chain, exportedAt: '2026-11-30T03:15:00.000Z' });
    const label = reviewLabel(review, makeAssessment(), 'th');
    expect(label).toMatch(
      /^สมศรี ผู้บังคับบัญชา → สมศักดิ์ มั่นคง, 2 ระดับ · ระดับที่ 1 28 พฤศจิกายน 2569 · ระดับที่ 2 30 พฤศจิกายน 2569 · ส่งออกล่าสุด 30 พฤศจิกายน 2569 เวลา \d\d:\d\d น\.$/,
    );
    expect(reviewLabel(review, makeAssessment(), 'en')).toMatch(
      /^สมศรี ผู้บังคับบัญชา → สมศักดิ์ มั่นคง, 2 levels · level 1 28 November 2026 · level 2 30 November 2026 · last exported 30 November 2026, \d\d:\d\d$/,
    );
  });

  it('names a review with no later opinion as before: who, position, date and time', () => {
    const label = reviewLabel(makeReview({ chain: { ...chain, opinions: [] } }), makeAssessment(), 'th');
    expect(label).toMatch(/^สมศรี ผู้บังคับบัญชา · อธิบดี · 28 พฤศจิกายน 2569 เวลา \d\d:\d\d น\.$/);
  });
});
