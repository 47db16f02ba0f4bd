import { z } from 'zod/mini';

export const languageSchema = z.enum(['th', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** A non-empty text, with surrounding white space ignored. */
export const nonEmptyTextSchema = z.string().check(z.trim(), z.minLength(1));

/** A text the source gives in Thai, with its English rendering. */
export const localizedTextSchema = z.strictObject({
  th: nonEmptyTextSchema,
  en: nonEmptyTextSchema,
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text of `text` in `language`. */
export function pickText(text: LocalizedText, language: Language): string {
  return text[language];
}
