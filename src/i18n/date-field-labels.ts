import type { Language } from '../domain/shared/localized-text';

/**
 * The words of a day / month / year date field: Buddhist Era year in Thai, Common Era in English. Here, not in the
 * shared words, because only the screens with a date field load them (the first screen has none).
 */
const words = {
  th: { day: 'วัน', month: 'เดือน', year: 'ปี พ.ศ.', choose: 'เลือก' },
  en: { day: 'Day', month: 'Month', year: 'Year', choose: 'Choose' },
} as const satisfies Record<Language, { day: string; month: string; year: string; choose: string }>;

export function dateFieldLabels(language: Language): { day: string; month: string; year: string; choose: string } {
  return words[language];
}
