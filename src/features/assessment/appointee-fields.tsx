import { useFormContext } from 'react-hook-form';
import type { AssessmentMessageKey } from './messages';
import { dateFieldLabels } from '../../i18n/date-field-labels';
import { useAssessmentTranslation } from './use-assessment-translation';
import { FormDateField } from '../../ui/form-date-field';
import { Field } from '../../ui/form';
import type { AppointeeFormValues } from './appointee-form-schema';
import { isCalendarDate, todayCalendarDate } from '../../domain/calendar-date';

/**
 * The appointee's details: name (optional), position, agency, date of appointment, date of assessment.
 * Lays out fields of the surrounding form (FormProvider), whose values include AppointeeFormValues.
 */
export function AppointeeFields() {
  const { register, control, formState, watch } = useFormContext<AppointeeFormValues>();
  const errors = formState.errors;
  const appointedOn = watch('appointedOn');
  const { language, t } = useAssessmentTranslation();
  const errorText = (key: keyof AppointeeFormValues) => {
    const text = errors[key]?.message;
    return text ? t(text as AssessmentMessageKey) : undefined;
  };
  const dateLabels = dateFieldLabels(language);
  const futureAppointment = isCalendarDate(appointedOn) && appointedOn > todayCalendarDate();

  return (
    <>
      <Field id="appointee-name" label={t('appointee.name')} optional={t('form.optional')} hint={t('appointee.nameHint')} error={errorText('name')}>
        {(aria) => <input {...aria} {...register('name')} type="text" autoComplete="name" className="input" />}
      </Field>
      <Field id="appointee-position" label={t('appointee.position')} required error={errorText('position')}>
        {(aria) => <input {...aria} {...register('position')} type="text" autoComplete="organization-title" className="input" required />}
      </Field>
      <Field id="appointee-agency" label={t('appointee.agency')} required error={errorText('agency')}>
        {(aria) => <input {...aria} {...register('agency')} type="text" autoComplete="organization" className="input" required />}
      </Field>
      {(['appointedOn', 'assessedOn'] as const).map((name) => (
        <FormDateField
          key={name}
          control={control}
          name={name}
          legend={t(name === 'appointedOn' ? 'appointee.appointedOn' : 'appointee.assessedOn')}
          language={language}
          labels={dateLabels}
          hint={name === 'appointedOn' ? t('appointee.appointedOnHint') : t('appointee.assessedOnHint')}
          error={errorText(name)}
          required
        >
          {name === 'appointedOn' && futureAppointment && (
            <p className="field__note" role="status">
              {t('appointee.futureAppointment')}
            </p>
          )}
        </FormDateField>
      ))}
    </>
  );
}
