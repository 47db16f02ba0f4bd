import { useFormContext } from 'react-hook-form';
import { dateFieldLabels } from '../../i18n/date-field-labels';
import { Field, useFormFields } from '../../ui/form';
import { FormDateField } from '../../ui/form-date-field';
import type { ReviewFormValues } from './review-form-values';
import { useReviewTranslation } from './use-review-translation';
import { VerdictChoices } from './verdict-field';

/** Who reviews: name, position and date, all three required to export. */
export function ReviewerFields() {
  const { register, control } = useFormContext<ReviewFormValues>();
  const { field } = useFormFields<ReviewFormValues>();
  const { language, t } = useReviewTranslation();
  return (
    <section className="panel review-reviewer" aria-labelledby="reviewer-title">
      <h2 id="reviewer-title">{t('reviewMode.reviewer')}</h2>
      <Field wiring={field('reviewerName')} label={t('reviewMode.name')} required>
        {(aria) => <input {...aria} {...register('reviewerName')} className="input" autoComplete="name" required maxLength={200} />}
      </Field>
      <Field wiring={field('reviewerPosition')} label={t('reviewMode.position')} required>
        {(aria) => <input {...aria} {...register('reviewerPosition')} className="input" autoComplete="organization-title" required maxLength={200} />}
      </Field>
      <FormDateField control={control} name="reviewedOn" legend={t('reviewMode.date')} language={language} labels={dateFieldLabels(language)} required />
    </section>
  );
}

/**
 * The overall opinion, its label the section's heading, and the verdict on the self-assessment (agree, partly,
 * disagree). A reviewer who was not shown the self-ratings is not asked to judge them: they are told that the report
 * sets their ratings beside the self-ratings instead (decision 024).
 */
export function OpinionFields({ selfRatingsShown }: { selfRatingsShown: boolean }) {
  const { register } = useFormContext<ReviewFormValues>();
  const { field } = useFormFields<ReviewFormValues>();
  const { language, t } = useReviewTranslation();
  const { id } = field('overall');
  const verdict = field('verdict');
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <label htmlFor={id}>{t('reviewMode.overall')}</label>
      </h2>
      <textarea id={id} {...register('overall')} className="input" rows={4} maxLength={4000} />
      {selfRatingsShown ? (
        <VerdictChoices legend={t('reviewMode.verdict')} language={language} level={1} name={verdict.id} input={() => register('verdict')} />
      ) : (
        <p className="field__hint">{t('reviewMode.verdictUnseen')}</p>
      )}
    </section>
  );
}

/** Agreeing to the plan, or commenting on it. */
export function PlanFields() {
  const { register } = useFormContext<ReviewFormValues>();
  const { field } = useFormFields<ReviewFormValues>();
  const { t } = useReviewTranslation();
  const agreed = field('planAgreed');
  return (
    <>
      <p className="checkbox-field">
        <input id={agreed.id} type="checkbox" {...register('planAgreed')} />
        <label htmlFor={agreed.id}>{t('reviewMode.planAgreed')}</label>
      </p>
      <Field wiring={field('planComment')} label={t('reviewMode.planComment')}>
        {(aria) => <textarea {...aria} {...register('planComment')} className="input" rows={3} maxLength={2000} />}
      </Field>
    </>
  );
}
