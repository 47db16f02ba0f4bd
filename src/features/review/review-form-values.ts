import { z } from 'zod/mini';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { experienceStatusSchema, levelSchema } from '../../domain/profile/rating-scale';
import type { ReviewDraft } from '../../domain/files/review';
import { reviewerSchema, verdictSchema } from '../../domain/assessment/review-schema';
import type { FormMessageKey } from '../../i18n/form-messages';
import type { CalendarDate } from '../../domain/calendar/calendar-date';
import type { ReviewMessageKey } from './messages';
import { schemaMessage } from '../../ui/form';

const message = (key: FormMessageKey | ReviewMessageKey) => schemaMessage(key);
const accepts = (schema: z.ZodMiniType) => (value: string) => schema.safeParse(value).success;

/**
 * The review form on `today`. Who reviews is checked by the review's own rule (`reviewerSchema` in
 * domain/review-schema), with the forms' messages, and a review is not dated after today; each item is a row in the
 * order of the profile's items, so no item key (`unit:DG100`, `criterion:SPM304.1`) becomes a field path.
 */
export function reviewFormSchema(today: CalendarDate) {
  return z.object({
    reviewerName: z.string().check(z.refine(accepts(reviewerSchema.shape.name), message('form.required'))),
    reviewerPosition: z.string().check(z.refine(accepts(reviewerSchema.shape.position), message('form.required'))),
    reviewedOn: z.string().check(
      z.refine((value) => value !== '', message('form.dateRequired')),
      z.refine((value) => value === '' || accepts(reviewerSchema.shape.reviewedOn)(value), message('form.dateInvalid')),
      z.refine((value) => !(accepts(reviewerSchema.shape.reviewedOn)(value) && value > today), message('reviewMode.dateFuture')),
    ),
    items: z.array(z.object({ value: z.string(), comment: z.string() })),
    overall: z.string(),
    verdict: z.string(),
    planAgreed: z.boolean(),
    planComment: z.string(),
  });
}
export type ReviewFormValues = z.input<ReturnType<typeof reviewFormSchema>>;
type Entry = ReviewFormValues['items'][number];

/** The reviewer's entry for one item: its value ('' = not rated) and comment. */
function entryOf(item: AssessmentItem, draft: ReviewDraft): Entry {
  const stored = item.kind === 'experience' ? draft.experience[item.id] : draft.ratings[item.key];
  const value = stored ? ('status' in stored ? stored.status : 'level' in stored ? stored.level : undefined) : undefined;
  return { value: value === undefined ? '' : String(value), comment: stored?.comment ?? '' };
}

/** The form's values for a draft, its items in the order of `items`. */
export function formValuesOf(draft: ReviewDraft, items: readonly AssessmentItem[]): ReviewFormValues {
  return {
    reviewerName: draft.reviewerName,
    reviewerPosition: draft.reviewerPosition,
    reviewedOn: draft.reviewedOn,
    items: items.map((item) => entryOf(item, draft)),
    overall: draft.overall,
    verdict: draft.verdict ?? '',
    planAgreed: draft.plan.agreed,
    planComment: draft.plan.comment ?? '',
  };
}

/** The draft the form's values make (an item with neither rating nor comment is left out), for the same request. */
export function draftOf(start: ReviewDraft, items: readonly AssessmentItem[], values: ReviewFormValues): ReviewDraft {
  const ratings: ReviewDraft['ratings'] = {};
  const experience: ReviewDraft['experience'] = {};
  items.forEach((item, index) => {
    const entry = values.items[index];
    if (!entry) return;
    const comment = entry.comment ? { comment: entry.comment } : {};
    if (item.kind === 'experience') {
      const status = experienceStatusSchema.safeParse(entry.value);
      const next = { ...(status.success ? { status: status.data } : {}), ...comment };
      if (Object.keys(next).length > 0) experience[item.id] = next;
    } else {
      const level = entry.value === '' ? undefined : levelSchema.safeParse(Number(entry.value));
      const next = { ...(level?.success ? { level: level.data } : {}), ...comment };
      if (Object.keys(next).length > 0) ratings[item.key] = next;
    }
  });
  const verdict = verdictSchema.safeParse(values.verdict);
  return {
    request: start.request,
    reviewId: start.reviewId,
    reviewerName: values.reviewerName,
    reviewerPosition: values.reviewerPosition,
    reviewedOn: values.reviewedOn,
    ratings,
    experience,
    overall: values.overall,
    ...(verdict.success ? { verdict: verdict.data } : {}),
    plan: { agreed: values.planAgreed, ...(values.planComment ? { comment: values.planComment } : {}) },
  };
}
