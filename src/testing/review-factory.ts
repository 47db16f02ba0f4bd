import { storageKeys } from '../lib/storage-keys';
import type { Review } from '../domain/assessment/review-schema';

/** A review for tests (of the assessment of assessment-factory), with overrides. */
export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'review-one',
    requestId: 'request-one',
    assessmentId: 'test-assessment',
    profileId: 'mcio',
    fingerprint: 'fnv1a64:0000000000000000',
    exportedAt: '2026-11-28T09:00:00.000Z',
    reviewer: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดี', reviewedOn: '2026-11-28' },
    ratings: {},
    experience: {},
    overall: '',
    plan: { agreed: true },
    ...overrides,
  };
}

/** Removes every draft review and the remembered reviewer from the test's storage. */
export function clearReviewDrafts(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(storageKeys.reviewDraftPrefix) || key === storageKeys.reviewDraft || key === storageKeys.reviewer) localStorage.removeItem(key);
  }
}
