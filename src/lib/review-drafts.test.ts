import { afterEach, describe, expect, it } from 'vitest';
import { createReviewRequest, startReviewDraft } from '../domain/files/review';
import { makeAssessment } from '../testing/assessment-factory';
import { clearReviewDrafts } from '../testing/review-factory';
import { hasReviewDrafts } from './review-drafts-present';
import { listReviewDrafts, loadReviewDraft, rememberedReviewer, rememberReviewer, removeReviewDraft, saveReviewDraft } from './review-drafts';
import { createSafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

const storage = createSafeStorage(() => localStorage);
const draftFor = (name: string, reviewId: string, now: string) =>
  startReviewDraft(
    createReviewRequest(makeAssessment({ appointee: { ...makeAssessment().appointee, name } }), {
      requestId: `request-${reviewId}`,
      selfRatingsShown: false,
      appVersion: 'test',
      now,
      defaultTarget: 3,
    }),
    { reviewId, today: '2026-11-27' },
  );

afterEach(() => clearReviewDrafts());

describe('the draft reviews kept in this browser', () => {
  it('keeps several drafts apart, each under its own key, the request exported last first', () => {
    expect(hasReviewDrafts(storage)).toBe(false);
    saveReviewDraft(storage, draftFor('Somchai', 'review-first', '2026-11-20T09:00:00.000Z'));
    saveReviewDraft(storage, { ...draftFor('Somying', 'review-second', '2026-11-25T09:00:00.000Z'), overall: 'good' });
    expect(hasReviewDrafts(storage)).toBe(true);
    expect(listReviewDrafts(storage).map((draft) => draft.request.appointee.name)).toEqual(['Somying', 'Somchai']);
    expect(loadReviewDraft(storage, 'review-second')?.overall).toBe('good');
    removeReviewDraft(storage, 'review-second');
    expect(listReviewDrafts(storage).map((draft) => draft.reviewId)).toEqual(['review-first']);
    expect(loadReviewDraft(storage, 'review-second')).toBeNull();
  });

  it('reads the one draft an earlier app kept, and moves it under its own key when it is next saved', () => {
    const earlier = draftFor('Somchai', 'review-early', '2026-11-20T09:00:00.000Z');
    localStorage.setItem(storageKeys.reviewDraft, JSON.stringify(earlier));
    expect(hasReviewDrafts(storage)).toBe(true);
    expect(listReviewDrafts(storage).map((draft) => draft.reviewId)).toEqual(['review-early']);
    expect(loadReviewDraft(storage, 'review-early')?.reviewId).toBe('review-early');
    saveReviewDraft(storage, { ...earlier, overall: 'moved' });
    expect(localStorage.getItem(storageKeys.reviewDraft)).toBeNull();
    expect(listReviewDrafts(storage).map((draft) => draft.overall)).toEqual(['moved']);
  });

  it('leaves out a draft that no longer reads', () => {
    localStorage.setItem(`${storageKeys.reviewDraftPrefix}broken`, '{"not":"a draft"}');
    localStorage.setItem(`${storageKeys.reviewDraftPrefix}nonsense`, 'not json');
    expect(listReviewDrafts(storage)).toEqual([]);
  });

  it("remembers the reviewer's name and position, and offers nothing when what is kept does not read", () => {
    expect(rememberedReviewer(storage)).toBeNull();
    rememberReviewer(storage, { name: 'Somsri', position: 'Director-General' });
    expect(rememberedReviewer(storage)).toEqual({ name: 'Somsri', position: 'Director-General' });
    localStorage.setItem(storageKeys.reviewer, '{"name":""}');
    expect(rememberedReviewer(storage)).toBeNull();
  });
});
