import { verdicts, type Verdict } from '../../domain/assessment/review-schema';
import type { Language } from '../../domain/shared/localized-text';
import { translateChain } from '../../i18n/chain-messages';

/**
 * Agree, partly agree or disagree with the self-assessment: a group of three radios under its legend. `input` gives
 * each radio its wiring (a form's register, or a checked state and its change).
 */
export function VerdictChoices(props: {
  legend: string;
  language: Language;
  name: string;
  input: (verdict: Verdict) => Record<string, unknown>;
  error?: string;
  errorId?: string;
}) {
  const t = translateChain(props.language);
  return (
    <fieldset className="verdict-choices" aria-describedby={props.error ? props.errorId : undefined}>
      <legend>{props.legend}</legend>
      {verdicts.map((verdict) => (
        <p key={verdict} className="checkbox-field">
          <input id={`${props.name}-${verdict}`} type="radio" name={props.name} value={verdict} {...props.input(verdict)} />
          <label htmlFor={`${props.name}-${verdict}`}>{t(`verdict.${verdict}`)}</label>
        </p>
      ))}
      {props.error && (
        <p id={props.errorId} className="field__error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
