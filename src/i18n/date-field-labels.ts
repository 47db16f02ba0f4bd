import type { Language } from '../domain/localized-text';
import { translateCore } from './translate';

/** The words of a day / month / year date field: Buddhist Era year in Thai, Common Era in English. */
export function dateFieldLabels(language: Language): { day: string; month: string; year: string; choose: string } {
  return {
    day: translateCore(language)('date.day'),
    month: translateCore(language)('date.month'),
    year: translateCore(language)(language === 'th' ? 'date.yearBE' : 'date.yearCE'),
    choose: translateCore(language)('date.choose'),
  };
}
