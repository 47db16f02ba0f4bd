import { zodResolver } from '@hookform/resolvers/zod';
import { createContext, use, useEffect, useId, type ReactNode } from 'react';
import { FormProvider, get, useForm, type DefaultValues, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod/mini';
import type { MessageParams } from '../i18n/translate';
import { reportUnsavedInput } from '../lib/unsaved-input';

/** The one place that ties react-hook-form to zod: feature forms only lay out fields. */
export function useZodForm<Schema extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: Schema,
  defaultValues: DefaultValues<z.input<Schema>>,
): UseFormReturn<z.input<Schema>, unknown, z.output<Schema>> {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues,
    // Errors first show on submit, then follow the typing. Checking on leaving a field put an error above the
    // Save button between the press and the release of the click that left the field, so the button slid away
    // and the click was lost: the user had to click twice (issue 12). Validating on submit is GOV.UK's advice too.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}

/**
 * What a form needs of the feature's translate function: the error summary (a shared message) and the text of a
 * schema's error message, which is a message key (see `schemaMessage`), or zod's own text for a check without one.
 */
export type FormTranslate = ((key: 'form.errorSummary', params: MessageParams) => string) & { message: (text: string) => string };

/** A field's id, the ids of its hint and error, and its error in words. */
export interface FieldWiring {
  id: string;
  hintId: string;
  errorId: string;
  error: string | undefined;
}

const FormFieldsContext = createContext<((name: string) => FieldWiring) | null>(null);

/** Inside a <Form>: `field(name)` wires a field by its name (ids from useId, so two forms never collide), typed by the form's values. */
export function useFormFields<Values extends FieldValues>(): {
  field: (name: FieldPath<Values>) => FieldWiring;
  fieldError: (name: FieldPath<Values>) => string | undefined;
} {
  const field = use(FormFieldsContext);
  if (!field) throw new Error('useFormFields is only for fields inside a <Form>.');
  return { field, fieldError: (name) => field(name).error };
}

/**
 * The one form: FormProvider, `noValidate` (the app's own messages, in the user's language), submit through the
 * zod schema, and the error summary, once, as the one alert a screen reader hears. Its fields use `useFormFields`.
 */
export function Form<Values extends FieldValues, Output>(props: {
  form: UseFormReturn<Values, unknown, Output>;
  onSubmit: (values: Output) => void;
  t: FormTranslate;
  /** `form` (a column of fields) unless given. */
  className?: string;
  'aria-labelledby'?: string;
  children: ReactNode;
}) {
  const { form, onSubmit, t, className, children } = props;
  const baseId = useId();
  const { errors, isSubmitted, isDirty, isSubmitSuccessful } = form.formState;
  const errorCount = Object.keys(errors).length;
  // Input typed and not yet saved holds back a switch to a new version of the app (lib/unsaved-input.ts).
  const holdsInput = isDirty && !isSubmitSuccessful;
  useEffect(() => {
    reportUnsavedInput(baseId, holdsInput);
    return () => reportUnsavedInput(baseId, false);
  }, [baseId, holdsInput]);
  const field = (name: string): FieldWiring => {
    const id = `${baseId}-${name}`;
    const found: unknown = get(errors, name);
    const text = typeof found === 'object' && found !== null && 'message' in found && typeof found.message === 'string' ? found.message : undefined;
    return { id, hintId: `${id}-hint`, errorId: `${id}-error`, error: text === undefined ? undefined : t.message(text) };
  };
  return (
    <FormProvider {...form}>
      <form
        className={className ?? 'form'}
        noValidate
        aria-labelledby={props['aria-labelledby']}
        onSubmit={(event) => void form.handleSubmit((values) => onSubmit(values))(event)}
      >
        {isSubmitted && errorCount > 0 && (
          <p className="error-summary" role="alert">
            {t('form.errorSummary', { count: errorCount })}
          </p>
        )}
        <FormFieldsContext value={field}>{children}</FormFieldsContext>
      </form>
    </FormProvider>
  );
}

/** A labelled control with its hint and its error, wired for screen readers; `wiring` comes from `useFormFields().field(name)`. */
export function Field(props: {
  wiring: FieldWiring;
  label: string;
  hint?: string;
  optional?: string;
  required?: boolean;
  children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const { wiring, label, hint, optional, required, children } = props;
  const { id, hintId, errorId, error } = wiring;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional && <span className="field__optional"> ({optional})</span>}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      <FieldError wiring={wiring} />
    </div>
  );
}

/** A field's error, if it has one, under the id its control is described by. */
export function FieldError({ wiring }: { wiring: FieldWiring }) {
  return wiring.error ? (
    <p id={wiring.errorId} className="field__error">
      {wiring.error}
    </p>
  ) : null;
}

/** A schema check's error: the message key to show, translated where the field is shown. */
export function schemaMessage<Key extends string>(key: Key): { error: Key } {
  return { error: key };
}
