import { verdicts, type Verdict } from '../../domain/assessment/review-schema';
import type { Language } from '../../domain/shared/localized-text';
import { translateChain } from '../../i18n/chain-messages';

/**
 * Agree, partly agree or disagree: a group of three radios under its legend. Level 1 judges the self-assessment, a
 * later `level` the assessment and the opinions above it. `input` gives each radio its wiring (a form's register, or a
 * checked state and its change).
 */
export function VerdictChoices(props: {
  legend: string;
  language: Language;
  name: string;
  level: number;
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
          <label htmlFor={`${props.name}-${verdict}`}>{props.level > 1 ? t(`verdictAbove.${verdict}`) : t(`verdict.${verdict}`)}</label>
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
