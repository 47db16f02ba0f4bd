import { useTranslator } from '../../i18n/use-translation';
import { translateBudget } from './budget-messages';

/** Translate for the budget planner: its own words and the shared ones. */
export const useBudgetTranslation = () => useTranslator(translateBudget);

/** A whole number as the screen writes it: thousands separated, the screen's language's way. */
export function wholeNumber(value: number, language: 'th' | 'en'): string {
  return Math.round(value).toLocaleString(language === 'th' ? 'th-TH' : 'en-GB');
}
