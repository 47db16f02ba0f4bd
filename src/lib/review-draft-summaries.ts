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

// What the list shows of a later level's opinion in progress: the file passed on, read as loosely (lib/chain-drafts.ts
// and the review screen check it whole when it is opened).
const passedSchema = z.object({
  appointee: z.optional(z.object({ name: z.string() })),
  review: z.object({
    id: z.string(),
    profileId: z.string(),
    exportedAt: z.string(),
    chain: z.object({ levels: z.array(z.string()), opinions: z.array(z.unknown()) }),
    acknowledged: z.optional(z.unknown()),
  }),
});
/**
 * A later level's opinion in progress as a list shows it: whom, which level (counted from 1; null for HR's receipt,
 * once every level has given theirs and the appointee acknowledged) and when the file was passed on.
 */
export interface ChainDraftSummary {
  reviewId: string;
  profileId: string;
  appointee: string;
  level: { number: number; title: string } | null;
  passedOn: string;
}

function chainSummaryOf(raw: string | null): ChainDraftSummary | null {
  try {
    const draft = z.object({ fileText: z.string() }).safeParse(JSON.parse(raw ?? 'null'));
    const file = draft.success ? passedSchema.safeParse(JSON.parse(draft.data.fileText)) : null;
    if (!file?.success) return null;
    const { review, appointee } = file.data;
    const number = review.chain.opinions.length + 2;
    const title = review.chain.levels[number - 1];
    if (title === undefined && review.acknowledged === undefined) return null;
    const level = title === undefined ? null : { number, title };
    return { reviewId: review.id, profileId: review.profileId, appointee: appointee?.name ?? '', level, passedOn: review.exportedAt };
  } catch {
    return null;
  }
}

/** Each later level's opinion in progress kept in this browser (issue 26 point 6), the file passed on last first. */
export function chainDraftSummaries(storage: SafeStorage): ChainDraftSummary[] {
  const keys = storage.keys().filter((key) => key.startsWith(storageKeys.chainDraftPrefix));
  const summaries = keys.map((key) => chainSummaryOf(storage.getItem(key))).filter((summary) => summary !== null);
  return summaries.sort((a, b) => b.passedOn.localeCompare(a.passedOn) || a.reviewId.localeCompare(b.reviewId));
}
