import { reviewDraftSchema, type ReviewDraft } from '../../domain/files/review';
import type { SafeStorage } from '../../lib/safe-storage';
import { storageKeys } from '../../lib/storage-keys';

/** The reviewer's draft lives under its own key, never in the reviewer's own assessments. */
export const reviewDraftKey = storageKeys.reviewDraft;

/** The saved draft, or null when there is none or it no longer reads. */
export function loadReviewDraft(storage: SafeStorage): ReviewDraft | null {
  const raw = storage.getItem(reviewDraftKey);
  if (!raw) return null;
  try {
    const parsed = reviewDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveReviewDraft(storage: SafeStorage, draft: ReviewDraft | null): void {
  if (draft) storage.setItem(reviewDraftKey, JSON.stringify(draft));
  else storage.removeItem(reviewDraftKey);
}
