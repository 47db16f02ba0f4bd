import type { Language } from '../domain/localized-text';
import { translate } from './translate';

/** The words of a day / month / year date field: Buddhist Era year in Thai, Common Era in English. */
export function dateFieldLabels(language: Language): { day: string; month: string; year: string; choose: string } {
  return {
    day: translate(language, 'date.day'),
    month: translate(language, 'date.month'),
    year: translate(language, language === 'th' ? 'date.yearBE' : 'date.yearCE'),
    choose: translate(language, 'date.choose'),
  };
}
