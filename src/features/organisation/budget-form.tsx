import { useId, useState, type KeyboardEvent } from 'react';
import { displayYear } from '../../domain/calendar/calendar-date';
import type { FiscalYear } from '../../domain/calendar/fiscal-year';
import { parseBudgetAmount } from '../../domain/organisation/budget-view';
import { useBudgetTranslation } from './budget-translation';

/** What HR gives the planner: a fiscal year, a budget in baht and, if wanted, the hours there are. */
export interface BudgetAmounts {
  fiscalYear: FiscalYear;
  budgetBaht: number;
  budgetHours?: number;
}

/**
 * The fiscal year, the budget and the hours; a number that does not read is said at its field, and nothing is
 * proposed. Three fields and nothing saved: not ui/form.tsx's <Form>, whose code, shared with this lazy chunk, left
 * the assessment and plan screens' chunks and put both over their size budgets. Enter in a field proposes, as in a form.
 */
export function BudgetForm({ years, onPropose }: { years: readonly FiscalYear[]; onPropose: (amounts: BudgetAmounts) => void }) {
  const { language, t } = useBudgetTranslation();
  const id = useId();
  const [year, setYear] = useState(years[0] ?? 0);
  const [text, setText] = useState({ baht: '', hours: '' });
  const [wrong, setWrong] = useState({ baht: false, hours: false });
  const submit = () => {
    const budgetBaht = parseBudgetAmount(text.baht);
    const budgetHours = text.hours.trim() === '' ? undefined : parseBudgetAmount(text.hours);
    setWrong({ baht: budgetBaht === null, hours: budgetHours === null });
    if (budgetBaht === null || budgetHours === null) return;
    onPropose({ fiscalYear: years.includes(year) ? year : (years[0] ?? year), budgetBaht, ...(budgetHours === undefined ? {} : { budgetHours }) });
  };
  const enter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    submit();
  };
  return (
    <div className="org-budget__form" role="group" aria-labelledby="org-budget-title">
      <div className="field">
        <label htmlFor={`${id}-year`} className="field__label">
          {t('budget.fiscalYear')}
        </label>
        <select id={`${id}-year`} className="input" value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {years.map((option) => (
            <option key={option} value={option}>
              {t('budget.fiscalYearOption', { year: displayYear(option, language) })}
            </option>
          ))}
        </select>
      </div>
      {(['baht', 'hours'] as const).map((name) => (
        <div key={name} className={wrong[name] ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-${name}`} className="field__label">
            {t(`budget.${name}`)}
          </label>
          <p id={`${id}-${name}-hint`} className={wrong[name] ? 'field__error' : 'field__hint'}>
            {t(wrong[name] ? 'budget.amountInvalid' : 'budget.amountHint')}
          </p>
          <input
            id={`${id}-${name}`}
            className="input"
            inputMode="numeric"
            autoComplete="off"
            value={text[name]}
            onChange={(event) => setText({ ...text, [name]: event.target.value })}
            onKeyDown={enter}
            aria-invalid={wrong[name] || undefined}
            aria-describedby={`${id}-${name}-hint`}
          />
        </div>
      ))}
      <p className="org-budget__submit">
        <button type="button" className="button" onClick={submit}>
          {t('budget.propose')}
        </button>
      </p>
    </div>
  );
}
