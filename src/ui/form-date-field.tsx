import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { Language } from '../domain/shared/localized-text';
import { DateField, type DateFieldLabels } from './date-field';
import { FieldError, useFormFields } from './form';

/**
 * A day / month / year date field inside a <Form>: its hint, its error, and the focus on its first box when the
 * form is submitted with the date wrong.
 */
export function FormDateField<Values extends FieldValues>(props: {
  control: Control<Values>;
  name: FieldPath<Values>;
  legend: string;
  language: Language;
  labels: DateFieldLabels;
  hint?: string;
  required?: boolean;
  children?: ReactNode;
}) {
  const { control, name, legend, language, labels, hint, required, children } = props;
  const wiring = useFormFields<Values>().field(name);
  const describedBy = [hint ? wiring.hintId : '', wiring.error ? wiring.errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={wiring.error ? 'field field--invalid' : 'field'}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <DateField
            legend={legend}
            value={typeof field.value === 'string' ? field.value : ''}
            language={language}
            labels={labels}
            onChange={field.onChange}
            onBlur={field.onBlur}
            firstRef={field.ref}
            describedBy={describedBy}
            invalid={Boolean(wiring.error)}
            required={required}
          />
        )}
      />
      {hint && (
        <p id={wiring.hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children}
      <FieldError wiring={wiring} />
    </div>
  );
}
