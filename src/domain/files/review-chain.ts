import { localCalendarDateOf, type CalendarDate } from '../calendar/calendar-date';
import type { Assessment } from '../assessment/assessment';
import { signedSchema, type Opinion, type Review, type Signed } from '../assessment/review-schema';

/**
 * The chain of opinions a review passes along (issue 26 point 5): the levels the request named, in order, the first of
 * which rates (the review's reviewer); each later level adds an opinion to the same file; the appointee acknowledges,
 * then the HR officer records receipt.
 */

/** The level that gives the next opinion on `review` (its title and index), or null when none is left. */
export function nextLevel(review: Pick<Review, 'chain'>): { index: number; title: string } | null {
  const chain = review.chain;
  if (!chain) return null;
  const index = chain.opinions.length + 1;
  const title = chain.levels[index];
  return title === undefined ? null : { index, title };
}

/** Whether every level named has given its opinion (a review without a chain has one level: its reviewer). */
export function chainComplete(review: Pick<Review, 'chain'>): boolean {
  return nextLevel(review) === null;
}

/** `review` with the next level's `opinion` added, exported at `now` (the same review: a later export replaces it). */
export function withOpinion(review: Review, opinion: Opinion, now: string): Review {
  const chain = review.chain ?? { levels: [], opinions: [] };
  return { ...review, exportedAt: now, chain: { ...chain, opinions: [...chain.opinions, opinion] } };
}

/**
 * Whether `review` waits for HR's receipt: every level has given its opinion and the appointee has acknowledged them,
 * with no receipt recorded yet. HR records it in their own browser, on the file the appointee exported (review mode).
 */
export function awaitsReceipt(review: Pick<Review, 'chain' | 'acknowledged' | 'received'>): boolean {
  return chainComplete(review) && review.acknowledged !== undefined && review.received === undefined;
}

/**
 * `review` with HR's receipt, as HR's app exports it: the same export otherwise (its time unchanged, so the appointee's
 * import adds the receipt to the review kept rather than replacing it).
 */
export function withReceipt(review: Review, received: Signed): Review {
  return { ...review, received };
}

/** One step of a review's chain as the gap screen, the reviews screen and the report list it. */
export type ChainStep =
  | { kind: 'sent'; on: CalendarDate | null }
  | { kind: 'level'; index: number; title: string | null; signed: Signed | null }
  | { kind: 'returned'; on: CalendarDate | null }
  | { kind: 'acknowledged'; signed: Signed | null }
  | { kind: 'received'; signed: Signed | null };

/**
 * The chain's steps, in order, each with its date or null while it waits: the request sent (when the assessment kept
 * it), each level's opinion (the first is the reviewer's own), the review back with the appointee (the last level's
 * export, once every level has given its opinion), the appointee's acknowledgement and HR's receipt.
 */
export function chainSteps(review: Review, assessment: Pick<Assessment, 'requests'>): ChainStep[] {
  const request = (assessment.requests ?? []).find((candidate) => candidate.id === review.requestId);
  const levels = review.chain?.levels ?? [];
  const opinions = review.chain?.opinions ?? [];
  const first: Signed = { name: review.reviewer.name, position: review.reviewer.position, signedOn: review.reviewer.reviewedOn };
  const count = Math.max(levels.length, 1);
  const steps: ChainStep[] = [{ kind: 'sent', on: request ? localCalendarDateOf(request.exportedAt) : null }];
  for (let index = 0; index < count; index++) {
    const opinion = index === 0 ? first : opinions[index - 1];
    steps.push({
      kind: 'level',
      index,
      title: levels[index] ?? null,
      signed: opinion ? { name: opinion.name, position: opinion.position, signedOn: opinion.signedOn } : null,
    });
  }
  steps.push({ kind: 'returned', on: chainComplete(review) ? localCalendarDateOf(review.exportedAt) : null });
  steps.push({ kind: 'acknowledged', signed: review.acknowledged ?? null });
  steps.push({ kind: 'received', signed: review.received ?? null });
  return steps;
}

/**
 * Who signs a step (a later level's opinion, the acknowledgement, HR's receipt), checked as the file's rule says
 * (`signedSchema`), or the fields missing; a date after `today` is refused too (`future`).
 */
export function signedFrom(
  input: { name: string; position: string; signedOn: string },
  today: CalendarDate,
): { ok: true; signed: Signed } | { ok: false; missing: ('name' | 'position' | 'date')[]; future?: true } {
  const parsed = signedSchema.safeParse(input);
  if (!parsed.success) {
    const wrong = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return { ok: false, missing: (['name', 'position', 'date'] as const).filter((field) => wrong.has(field === 'date' ? 'signedOn' : field)) };
  }
  if (parsed.data.signedOn > today) return { ok: false, missing: ['date'], future: true };
  return { ok: true, signed: parsed.data };
}
