import type { Language } from '../domain/localized-text';

const formatters: Record<Language, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** An ISO calendar date (YYYY-MM-DD) as a long date: Buddhist Era in Thai, Common Era in English. */
export function formatIsoDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatters[language].format(date);
}

/** Today's date where the user is, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The Buddhist Era runs 543 years ahead of the Common Era. */
export const buddhistEraOffset = 543;

/** The year as the user writes it: Buddhist Era in Thai, Common Era in English. */
export function displayYear(commonEraYear: number, language: Language): number {
  return language === 'th' ? commonEraYear + buddhistEraOffset : commonEraYear;
}

export function commonEraYear(displayedYear: number, language: Language): number {
  return language === 'th' ? displayedYear - buddhistEraOffset : displayedYear;
}

/** The twelve month names in the language. */
export function monthNames(language: Language): string[] {
  const format = new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2000, month, 1))));
}
