import { useFormContext } from 'react-hook-form';
import { z } from 'zod/mini';
import { displayYear } from '../../domain/calendar/calendar-date';
import type { FiscalYear } from '../../domain/calendar/fiscal-year';
import { parseBudgetAmount } from '../../domain/organisation/budget-view';
import { Field, Form, schemaMessage, useFormFields, useZodForm } from '../../ui/form';
import { useBudgetTranslation } from './budget-translation';

/** What HR gives the planner: a fiscal year, a budget in baht and, if wanted, the hours there are. */
export interface BudgetAmounts {
  fiscalYear: FiscalYear;
  budgetBaht: number;
  budgetHours?: number;
}

const amount = (optional: boolean) => z.string().check(z.refine((text) => (optional && text.trim() === '') || parseBudgetAmount(text) !== null, schemaMessage('budget.amountInvalid')));
const budgetFormSchema = z.object({ fiscalYear: z.string(), baht: amount(false), hours: amount(true) });
type BudgetFormValues = z.input<typeof budgetFormSchema>;

/** The fiscal year, the budget and the hours; a number that does not read is said at its field, and nothing is proposed. */
export function BudgetForm({ years, onPropose }: { years: readonly FiscalYear[]; onPropose: (amounts: BudgetAmounts) => void }) {
  const { t } = useBudgetTranslation();
  const form = useZodForm(budgetFormSchema, { fiscalYear: String(years[0] ?? ''), baht: '', hours: '' });
  const submit = (values: BudgetFormValues) => {
    const hours = parseBudgetAmount(values.hours);
    const year = Number(values.fiscalYear);
    onPropose({ fiscalYear: years.includes(year) ? year : (years[0] ?? year), budgetBaht: parseBudgetAmount(values.baht) ?? 0, ...(hours === null ? {} : { budgetHours: hours }) });
  };
  return (
    <Form form={form} onSubmit={submit} t={t} className="org-budget__form">
      <BudgetFields years={years} />
      <p className="org-budget__submit">
        <button type="submit" className="button">
          {t('budget.propose')}
        </button>
      </p>
    </Form>
  );
}

function BudgetFields({ years }: { years: readonly FiscalYear[] }) {
  const { language, t } = useBudgetTranslation();
  const { field } = useFormFields<BudgetFormValues>();
  const { register } = useFormContext<BudgetFormValues>();
  return (
    <>
      <Field wiring={field('fiscalYear')} label={t('budget.fiscalYear')}>
        {(aria) => (
          <select className="input" {...aria} {...register('fiscalYear')}>
            {years.map((option) => (
              <option key={option} value={option}>
                {t('budget.fiscalYearOption', { year: displayYear(option, language) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(['baht', 'hours'] as const).map((name) => (
        <Field key={name} wiring={field(name)} label={t(`budget.${name}`)} hint={t('budget.amountHint')}>
          {(aria) => <input className="input" inputMode="numeric" autoComplete="off" {...aria} {...register(name)} />}
        </Field>
      ))}
    </>
  );
}
