import { displayYear, formatLongDate } from '../../domain/calendar/calendar-date';
import { fiscalYearSpan } from '../../domain/calendar/fiscal-year';
import type { BudgetProposal } from '../../domain/organisation/budget-plan';
import type { Language } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translate';
import { level } from '../../lib/number-format';
import type { BudgetAmounts } from './budget-form';
import type { BudgetMessageKey } from './budget-messages';
import { wholeNumber } from './budget-translation';

/** The proposal in one sentence: what is spent of the budget, on how many resources and places, and the gap points it closes of those due. */
export function budgetSummary(proposal: BudgetProposal, amounts: BudgetAmounts, language: Language, t: Translate<BudgetMessageKey>): string {
  const number = (value: number) => wholeNumber(value, language);
  return t('budget.summary', {
    year: displayYear(amounts.fiscalYear, language),
    cost: number(proposal.costBaht),
    budget: number(amounts.budgetBaht),
    left: number(amounts.budgetBaht - proposal.costBaht),
    resources: proposal.funded.length,
    people: proposal.choices.length,
    hours: number(proposal.hours),
    points: level(proposal.points),
    due: level(proposal.pointsDue),
    end: formatLongDate(fiscalYearSpan(amounts.fiscalYear).end, language),
  });
}
