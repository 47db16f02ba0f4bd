import { useFormContext } from 'react-hook-form';
import { dateFieldLabels } from '../../i18n/date-field-labels';
import { useAssessmentTranslation } from './use-assessment-translation';
import { FormDateField } from '../../ui/form-date-field';
import { Field, useFormFields } from '../../ui/form';
import type { AppointeeFormValues } from './appointee-form-schema';
import { isCalendarDate } from '../../domain/calendar/calendar-date';
import { appointeeTextMaxLength, assessedBeforeAppointed } from '../../domain/assessment/assessment';
import { appointeeDetailList } from '../../i18n/appointee-details';
import { useToday } from '../../store/app-store-context';

/**
 * The appointee's details, one field for each in the details' declaration (i18n/appointee-details.ts): a box for a
 * text, a day / month / year field for a date. Lays out fields of the surrounding <Form>, whose values include
 * AppointeeFormValues.
 */
export function AppointeeFields() {
  const { register, control } = useFormContext<AppointeeFormValues>();
  const { field } = useFormFields<AppointeeFormValues>();
  const { language, t } = useAssessmentTranslation();
  const dateLabels = dateFieldLabels(language);
  return (
    <>
      {appointeeDetailList.map((detail) =>
        detail.kind === 'text' ? (
          <Field
            key={detail.key}
            wiring={field(detail.key)}
            label={detail.label[language]}
            optional={detail.required ? undefined : t('form.optional')}
            hint={'hint' in detail ? detail.hint[language] : undefined}
            required={detail.required}
          >
            {(aria) => (
              <input
                {...aria}
                {...register(detail.key)}
                type="text"
                autoComplete={detail.autoComplete}
                className="input"
                maxLength={appointeeTextMaxLength}
                required={detail.required}
              />
            )}
          </Field>
        ) : (
          <FormDateField
            key={detail.key}
            control={control}
            name={detail.key}
            legend={detail.label[language]}
            language={language}
            labels={dateLabels}
            hint={detail.hint[language]}
            required
          >
            <DateWarning name={detail.key} />
          </FormDateField>
        ),
      )}
    </>
  );
}

/**
 * Warnings, not refusals: an appointment may be dated ahead, and assessed before it. The live region is there
 * before its words.
 */
function DateWarning({ name }: { name: keyof AppointeeFormValues }) {
  const { watch } = useFormContext<AppointeeFormValues>();
  const [appointedOn, assessedOn] = watch(['appointedOn', 'assessedOn']);
  const today = useToday();
  const { t } = useAssessmentTranslation();
  // The one rule of domain/assessment/assessment.ts, which import flags too.
  const warning =
    name === 'appointedOn' && isCalendarDate(appointedOn) && appointedOn > today
      ? t('appointee.futureAppointment')
      : name === 'assessedOn' && isCalendarDate(appointedOn) && isCalendarDate(assessedOn) && assessedBeforeAppointed({ appointedOn, assessedOn })
        ? t('appointee.assessedBeforeAppointment')
        : undefined;
  return <div role="status">{warning && <p className="field__note">{warning}</p>}</div>;
}
