import { useId } from 'react';
import type { Language } from '../../domain/shared/localized-text';
import { dateFieldLabels } from '../../i18n/date-field-labels';
import { DateField } from '../../ui/date-field';
import { useChainFormTranslation } from './chain-form-messages';

/** What a signer types: name, position and the date ('' or 'invalid' until a whole date is chosen). */
export interface SignValues {
  name: string;
  position: string;
  date: string;
}
/** What is wrong with each field, as a message key of the forms or the chain's. */
export type SignErrors = Partial<Record<keyof SignValues, 'form.required' | 'form.dateInvalid' | 'chainForm.dateFuture'>>;

/** Name, position and date of one step of the chain, each labelled, with what is wrong said beside it. */
export function SignFields({
  values,
  errors,
  onChange,
  language,
}: {
  values: SignValues;
  errors: SignErrors;
  onChange: (values: SignValues) => void;
  language: Language;
}) {
  const { t } = useChainFormTranslation();
  const id = useId();
  const text = (field: 'name' | 'position', autoComplete: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`} className="field__label">
        {t(field === 'name' ? 'chainForm.name' : 'chainForm.position')}
      </label>
      <input
        id={`${id}-${field}`}
        className="input"
        value={values[field]}
        onChange={(event) => onChange({ ...values, [field]: event.target.value })}
        required
        maxLength={200}
        autoComplete={autoComplete}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
      />
      {errors[field] && (
        <p id={`${id}-${field}-error`} className="field__error">
          {t(errors[field])}
        </p>
      )}
    </div>
  );
  return (
    <div className="sign-fields">
      {text('name', 'name')}
      {text('position', 'organization-title')}
      <DateField
        legend={t('chainForm.date')}
        value={values.date}
        language={language}
        labels={dateFieldLabels(language)}
        onChange={(date) => onChange({ ...values, date })}
        invalid={Boolean(errors.date)}
        describedBy={errors.date ? `${id}-date-error` : undefined}
        required
      />
      {errors.date && (
        <p id={`${id}-date-error`} className="field__error">
          {t(errors.date)}
        </p>
      )}
    </div>
  );
}

/** The errors of `missing` (signedFrom's answer), a date after today said as such. */
export function signErrors(missing: readonly ('name' | 'position' | 'date')[], future: boolean | undefined): SignErrors {
  return Object.fromEntries(
    missing.map((field) => [field, field === 'date' ? (future ? 'chainForm.dateFuture' : 'form.dateInvalid') : 'form.required']),
  ) as SignErrors;
}
