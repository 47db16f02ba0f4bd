import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { Language } from '../domain/localized-text';
import { DateField, type DateFieldLabels } from './date-field';

/**
 * A day / month / year date field inside a react-hook-form form: its hint, its error, and the focus on its first
 * box when the form is submitted with the date wrong.
 */
export function FormDateField<Values extends FieldValues>(props: {
  control: Control<Values>;
  name: FieldPath<Values>;
  legend: string;
  language: Language;
  labels: DateFieldLabels;
  hint?: string;
  error?: string;
  required?: boolean;
  children?: ReactNode;
}) {
  const { control, name, legend, language, labels, hint, error, required, children } = props;
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <DateField
            key={language}
            legend={legend}
            value={typeof field.value === 'string' ? field.value : ''}
            language={language}
            labels={labels}
            onChange={field.onChange}
            onBlur={field.onBlur}
            firstRef={field.ref}
            describedBy={describedBy}
            invalid={Boolean(error)}
            required={required}
          />
        )}
      />
      {hint && (
        <p id={`${name}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${name}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
