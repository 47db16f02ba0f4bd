import { z } from 'zod/mini';
import { verdictSchema } from '../domain/assessment/review-schema';
import type { SafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

/**
 * A later level's opinion in progress (issue 26 trial, point 3): the review file passed on, as its text, and what
 * the level has typed, under the prefix and the review's id, so that a reload (the address is `#/review/<id>`) or
 * closing the browser loses nothing, as level 1's draft. The file is read again, with every check, when opened.
 */
const chainDraftSchema = z.object({
  fileText: z.string().check(z.maxLength(2 * 1024 * 1024)),
  name: z.string().check(z.maxLength(200)),
  position: z.string().check(z.maxLength(200)),
  date: z.string().check(z.maxLength(10)),
  verdict: z.optional(verdictSchema),
  opinion: z.string().check(z.maxLength(4000)),
  planComment: z.optional(z.string().check(z.maxLength(2000))),
});
export type ChainDraft = z.infer<typeof chainDraftSchema>;

const keyOf = (reviewId: string) => `${storageKeys.chainDraftPrefix}${reviewId}`;

/** The opinion in progress on review `reviewId`, or null when there is none or it no longer reads. */
export function loadChainDraft(storage: SafeStorage, reviewId: string): ChainDraft | null {
  try {
    const result = chainDraftSchema.safeParse(JSON.parse(storage.getItem(keyOf(reviewId)) ?? 'null'));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export function saveChainDraft(storage: SafeStorage, reviewId: string, draft: ChainDraft): void {
  storage.setItem(keyOf(reviewId), JSON.stringify(draft));
}

export function removeChainDraft(storage: SafeStorage, reviewId: string): void {
  storage.removeItem(keyOf(reviewId));
}
