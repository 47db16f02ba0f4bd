import type { SafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

/**
 * Whether any draft review is kept, level 1's or a later level's opinion in progress, by its key alone: the list that
 * reads them loads only when there is one. The old single draft's key begins each draft's key.
 */
export function hasReviewDrafts(storage: SafeStorage): boolean {
  return storage.keys().some((key) => key.startsWith(storageKeys.reviewDraft) || key.startsWith(storageKeys.chainDraftPrefix));
}
