import { reviewDraftSchema, type ReviewDraft } from '../../domain/review';
import { browserStorage } from '../../lib/safe-storage';
import { storageKey } from '../../store/storage-key';

/** The reviewer's draft lives under its own key, never in the reviewer's own assessments. */
export const reviewDraftKey = `${storageKey}:review-draft`;

/** The saved draft, or null when there is none or it no longer reads. */
export function loadReviewDraft(): ReviewDraft | null {
  const raw = browserStorage.getItem(reviewDraftKey);
  if (!raw) return null;
  try {
    const parsed = reviewDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveReviewDraft(draft: ReviewDraft | null): void {
  if (draft) browserStorage.setItem(reviewDraftKey, JSON.stringify(draft));
  else browserStorage.removeItem(reviewDraftKey);
}
