import { displayYear, formatLongDate } from '../../domain/calendar/calendar-date';
import { fiscalYearSpan } from '../../domain/calendar/fiscal-year';
import type { BudgetProposal } from '../../domain/organisation/budget-plan';
import type { Language } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translate';
import { level } from '../../lib/number-format';
import type { BudgetAmounts } from './budget-form';
import type { BudgetMessageKey } from './budget-messages';
import { wholeNumber } from './budget-translation';

/** What the sentence reads of a proposal: its figures, and how many resources and places it funds. */
export type ProposalFigures = Pick<BudgetProposal, 'costBaht' | 'hours' | 'points' | 'pointsDue'> & {
  funded: ArrayLike<unknown>;
  choices: ArrayLike<unknown>;
};

/** The proposal in one sentence: what is spent of the budget, on how many resources and places, and the gap points it closes of those due. */
export function budgetSummary(proposal: ProposalFigures, amounts: BudgetAmounts, language: Language, t: Translate<BudgetMessageKey>): string {
  const number = (value: number) => wholeNumber(value, language);
  // Levels to one decimal, thousands separated; a count Thai words take as text (English picks its plural by the number).
  const levels = (value: number) => Number(level(value)).toLocaleString(language === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 1 });
  const count = (value: number) => (language === 'th' ? number(value) : value);
  return t('budget.summary', {
    year: displayYear(amounts.fiscalYear, language),
    cost: number(proposal.costBaht),
    budget: number(amounts.budgetBaht),
    left: number(amounts.budgetBaht - proposal.costBaht),
    resources: count(proposal.funded.length),
    people: count(proposal.choices.length),
    hours: number(proposal.hours),
    points: levels(proposal.points),
    due: levels(proposal.pointsDue),
    end: formatLongDate(fiscalYearSpan(amounts.fiscalYear).end, language),
  });
}
