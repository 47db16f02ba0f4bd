import { z } from 'zod/mini';
import type { SafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

/**
 * The memo heading's fields as last typed in this browser (issue 26 trial, point 7): the agency, the document number,
 * the subject and to whom are the same from one report to the next, so they are offered again. Under a key of their
 * own, apart from the assessments, so no storage version changes; the date is not kept, a memo is dated when sent.
 */
const keptMemoSchema = z.object({
  agency: z.optional(z.string().check(z.maxLength(300))),
  number: z.optional(z.string().check(z.maxLength(300))),
  subject: z.optional(z.string().check(z.maxLength(300))),
  to: z.optional(z.string().check(z.maxLength(300))),
});
export type KeptMemo = Record<'agency' | 'number' | 'subject' | 'to', string>;

/** The memo fields kept in this browser, each empty when none is kept or what is kept no longer reads. */
export function keptMemo(storage: SafeStorage): KeptMemo {
  let kept: z.infer<typeof keptMemoSchema> = {};
  try {
    const result = keptMemoSchema.safeParse(JSON.parse(storage.getItem(storageKeys.memo) ?? '{}'));
    if (result.success) kept = result.data;
  } catch {
    // Not JSON: nothing is offered, and the next change writes it again.
  }
  return { agency: kept.agency ?? '', number: kept.number ?? '', subject: kept.subject ?? '', to: kept.to ?? '' };
}

export function keepMemo(storage: SafeStorage, memo: KeptMemo): void {
  storage.setItem(storageKeys.memo, JSON.stringify({ agency: memo.agency, number: memo.number, subject: memo.subject, to: memo.to }));
}
