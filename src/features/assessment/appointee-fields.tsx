import { useFormContext } from 'react-hook-form';
import { dateFieldLabels } from '../../i18n/date-field-labels';
import { useAssessmentTranslation } from './use-assessment-translation';
import { FormDateField } from '../../ui/form-date-field';
import { Field, useFormFields } from '../../ui/form';
import type { AppointeeFormValues } from './appointee-form-schema';
import { isCalendarDate } from '../../domain/calendar/calendar-date';
import { appointeeTextMaxLength, assessedBeforeAppointed } from '../../domain/assessment/assessment';
import { useToday } from '../../store/app-store-context';

/**
 * The appointee's details: name (optional), position, agency, date of appointment, date of assessment.
 * Lays out fields of the surrounding <Form>, whose values include AppointeeFormValues.
 */
export function AppointeeFields() {
  const { register, control, watch } = useFormContext<AppointeeFormValues>();
  const { field } = useFormFields<AppointeeFormValues>();
  const [appointedOn, assessedOn] = watch(['appointedOn', 'assessedOn']);
  const today = useToday();
  const { language, t } = useAssessmentTranslation();
  const dateLabels = dateFieldLabels(language);
  const futureAppointment = isCalendarDate(appointedOn) && appointedOn > today;
  // The one rule of domain/assessment/assessment.ts, which import flags too.
  const assessedEarly = isCalendarDate(appointedOn) && isCalendarDate(assessedOn) && assessedBeforeAppointed({ appointedOn, assessedOn });

  return (
    <>
      <Field wiring={field('name')} label={t('appointee.name')} optional={t('form.optional')} hint={t('appointee.nameHint')}>
        {(aria) => <input {...aria} {...register('name')} type="text" autoComplete="name" className="input" maxLength={appointeeTextMaxLength} />}
      </Field>
      <Field wiring={field('position')} label={t('appointee.position')} required>
        {(aria) => (
          <input
            {...aria}
            {...register('position')}
            type="text"
            autoComplete="organization-title"
            className="input"
            maxLength={appointeeTextMaxLength}
            required
          />
        )}
      </Field>
      <Field wiring={field('agency')} label={t('appointee.agency')} required>
        {(aria) => (
          <input {...aria} {...register('agency')} type="text" autoComplete="organization" className="input" maxLength={appointeeTextMaxLength} required />
        )}
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
          required
        >
          {/* Warnings, not refusals: an appointment may be dated ahead, and assessed before. The live regions are there before their words. */}
          {name === 'appointedOn' && <div role="status">{futureAppointment && <p className="field__note">{t('appointee.futureAppointment')}</p>}</div>}
          {name === 'assessedOn' && <div role="status">{assessedEarly && <p className="field__note">{t('appointee.assessedBeforeAppointment')}</p>}</div>}
        </FormDateField>
      ))}
    </>
  );
}
