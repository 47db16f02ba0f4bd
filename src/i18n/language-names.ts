import type { Language } from '../domain/shared/localized-text';

/** Each language in its own words, whatever the screen's language: the language switch and the print language. */
export const languageNames: Record<Language, string> = { th: 'ไทย', en: 'English' };
