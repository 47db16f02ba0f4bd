import { z } from 'zod/mini';
import { reviewDraftSchema, type ReviewDraft } from '../domain/files/review';
import { reviewerSchema } from '../domain/assessment/review-schema';
import type { SafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

/**
 * The reviewer's drafts, each under its own key (the prefix and the review's id), never in the reviewer's own
 * assessments: several requests can be open at once, and two tabs each write only the draft they show. A draft kept
 * by the app before (one key for one draft) is read as one more, and moved under its own key when next saved.
 */
const keyOf = (reviewId: string) => `${storageKeys.reviewDraftPrefix}${reviewId}`;

function parsed(raw: string | null): ReviewDraft | null {
  if (!raw) return null;
  try {
    const result = reviewDraftSchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Every draft that still reads, the request exported last first. */
export function listReviewDrafts(storage: SafeStorage): ReviewDraft[] {
  const keys = storage.keys().filter((key) => key.startsWith(storageKeys.reviewDraftPrefix));
  const drafts = [...keys.map((key) => parsed(storage.getItem(key))), parsed(storage.getItem(storageKeys.reviewDraft))].filter((draft) => draft !== null);
  const unique = [...new Map(drafts.map((draft) => [draft.reviewId, draft])).values()];
  return unique.sort((a, b) => b.request.exportedAt.localeCompare(a.request.exportedAt) || a.reviewId.localeCompare(b.reviewId));
}

/** The draft of review `reviewId`, or null when there is none or it no longer reads. */
export function loadReviewDraft(storage: SafeStorage, reviewId: string): ReviewDraft | null {
  const own = parsed(storage.getItem(keyOf(reviewId)));
  if (own) return own;
  const earlier = parsed(storage.getItem(storageKeys.reviewDraft));
  return earlier?.reviewId === reviewId ? earlier : null;
}

export function saveReviewDraft(storage: SafeStorage, draft: ReviewDraft): void {
  if (!storage.setItem(keyOf(draft.reviewId), JSON.stringify(draft))) return;
  // Moved: the earlier app's key no longer holds it once its own key does.
  if (parsed(storage.getItem(storageKeys.reviewDraft))?.reviewId === draft.reviewId) storage.removeItem(storageKeys.reviewDraft);
}

export function removeReviewDraft(storage: SafeStorage, reviewId: string): void {
  storage.removeItem(keyOf(reviewId));
  if (parsed(storage.getItem(storageKeys.reviewDraft))?.reviewId === reviewId) storage.removeItem(storageKeys.reviewDraft);
}

const rememberedSchema = z.object({ name: reviewerSchema.shape.name, position: reviewerSchema.shape.position });
export type RememberedReviewer = z.infer<typeof rememberedSchema>;

/** The name and position the reviewer gave last, offered for their next review; null when none reads. */
export function rememberedReviewer(storage: SafeStorage): RememberedReviewer | null {
  try {
    const result = rememberedSchema.safeParse(JSON.parse(storage.getItem(storageKeys.reviewer) ?? 'null'));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export function rememberReviewer(storage: SafeStorage, reviewer: RememberedReviewer): void {
  storage.setItem(storageKeys.reviewer, JSON.stringify({ name: reviewer.name, position: reviewer.position }));
}
