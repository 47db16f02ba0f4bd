import { z } from 'zod/mini';
import type { SafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

// What a list of drafts shows of each: read loosely, without the review file's schema, which only the review screen
// loads (lib/review-drafts.ts reads and checks a draft whole before it is opened).
const summarySchema = z.object({
  reviewId: z.string(),
  request: z.object({ profileId: z.string(), exportedAt: z.string(), appointee: z.object({ name: z.string(), position: z.string() }) }),
});
export type ReviewDraftSummary = z.infer<typeof summarySchema>;

function summaryOf(raw: string | null): ReviewDraftSummary | null {
  try {
    const result = summarySchema.safeParse(JSON.parse(raw ?? 'null'));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Each draft review kept in this browser, as a list shows it, the request exported last first. */
export function reviewDraftSummaries(storage: SafeStorage): ReviewDraftSummary[] {
  const keys = [...storage.keys().filter((key) => key.startsWith(storageKeys.reviewDraftPrefix)), storageKeys.reviewDraft];
  const summaries = keys.map((key) => summaryOf(storage.getItem(key))).filter((summary) => summary !== null);
  const unique = [...new Map(summaries.map((summary) => [summary.reviewId, summary])).values()];
  return unique.sort((a, b) => b.request.exportedAt.localeCompare(a.request.exportedAt) || a.reviewId.localeCompare(b.reviewId));
}
