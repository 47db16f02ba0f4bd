import { useState } from 'react';
import type { Signed } from '../../domain/assessment/review-schema';
import { signedFrom } from '../../domain/files/review-chain';
import { useToday } from '../../store/app-store-context';
import { useChainFormTranslation } from './chain-form-messages';
import { SignFields, signErrors, type SignErrors } from './sign-fields';

/**
 * One signing step on the appointee's side, the acknowledgement or HR's receipt: a disclosure with name, position and
 * date (today unless changed; a date after today is refused), saved with its button.
 */
export function SignForm(props: { title: string; hint: string; initial: { name: string; position: string }; onSave: (signed: Signed) => void; step: string }) {
  const { language, t } = useChainFormTranslation();
  const today = useToday();
  const [values, setValues] = useState({ ...props.initial, date: today });
  const [errors, setErrors] = useState<SignErrors>({});

  function save() {
    const made = signedFrom({ name: values.name, position: values.position, signedOn: values.date }, today);
    if (!made.ok) {
      setErrors(signErrors(made.missing, made.future));
      return;
    }
    setErrors({});
    props.onSave(made.signed);
  }

  return (
    <details className="sign-form" data-sign={props.step}>
      <summary>{props.title}</summary>
      <p className="field__hint">{props.hint}</p>
      <SignFields values={values} errors={errors} onChange={(next) => (setValues(next), setErrors({}))} language={language} />
      <p>
        <button type="button" className="button" onClick={save}>
          {t('chainForm.save')}
        </button>
      </p>
    </details>
  );
}
