import type { SafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

/** Whether any draft review is kept, by its key alone: the list that reads them loads only when there is one. */
export function hasReviewDrafts(storage: SafeStorage): boolean {
  return storage.getItem(storageKeys.reviewDraft) !== null || storage.keys().some((key) => key.startsWith(storageKeys.reviewDraftPrefix));
}
