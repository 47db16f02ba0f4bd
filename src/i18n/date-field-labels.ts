import type { Language } from '../domain/shared/localized-text';
import { translateShared } from './core-messages';

/** The words of a day / month / year date field: Buddhist Era year in Thai, Common Era in English. */
export function dateFieldLabels(language: Language): { day: string; month: string; year: string; choose: string } {
  return {
    day: translateShared(language)('date.day'),
    month: translateShared(language)('date.month'),
    year: translateShared(language)(language === 'th' ? 'date.yearBE' : 'date.yearCE'),
    choose: translateShared(language)('date.choose'),
  };
}
