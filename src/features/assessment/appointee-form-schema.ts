import { z } from 'zod/mini';
import type { FormMessageKey } from '../../i18n/form-messages';
import type { AssessmentMessageKey } from './messages';
import { isCalendarDate, isCalendarDateInRange } from '../../domain/calendar/calendar-date';
import { roleProfileIdSchema } from '../../domain/profile/role-profile';
import { appointeeTextMaxLength } from '../../domain/assessment/assessment';
import { schemaMessage } from '../../ui/form';
import { appointeeDetailList, type AppointeeDetailKey } from '../../i18n/appointee-details';

const message = (key: AssessmentMessageKey | FormMessageKey) => schemaMessage(key);

function dateValue() {
  return z.string().check(
    z.refine((value) => value !== '', message('form.dateRequired')),
    z.refine((value) => value === '' || isCalendarDate(value), message('form.dateInvalid')),
    // The year bounds also catch a Common Era year typed as Buddhist Era, or the reverse.
    z.refine((value) => !isCalendarDate(value) || isCalendarDateInRange(value), message('form.yearOutOfRange')),
  );
}

function text(required: boolean) {
  const checks = [z.trim(), z.maxLength(appointeeTextMaxLength, message('form.tooLong'))];
  return z.string().check(...(required ? [...checks, z.minLength(1, message('form.required'))] : checks));
}

/** A check for every detail, from the details' one declaration (i18n/appointee-details.ts). */
const appointeeFormShape = Object.fromEntries(
  appointeeDetailList.map((detail) => [detail.key, detail.kind === 'date' ? dateValue() : text(detail.required)]),
) as { [K in AppointeeDetailKey]: ReturnType<typeof text> };

/** The appointee details form; each error message is a message key, translated where it is shown. */
export const appointeeFormSchema = z.object(appointeeFormShape);
export type AppointeeFormValues = z.input<typeof appointeeFormSchema>;

/** The form's values before anything is typed: every detail blank, the assessment dated `today`. */
export function blankAppointeeForm(today: string): AppointeeFormValues {
  const blank = Object.fromEntries(appointeeDetailList.map((detail) => [detail.key, ''])) as AppointeeFormValues;
  return { ...blank, assessedOn: today };
}

/** Starting an assessment: the role profile as well as the appointee. */
export const newAssessmentFormSchema = z.extend(appointeeFormSchema, {
  profileId: z.enum(roleProfileIdSchema.options, message('form.chooseRole')),
});
export type NewAssessmentFormValues = z.input<typeof newAssessmentFormSchema>;
export type NewAssessmentFormOutput = z.output<typeof newAssessmentFormSchema>;
