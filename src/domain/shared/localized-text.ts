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

/**
 * The text of `text` in `language`. In Thai the repetition mark ๆ is written after a space; that space
 * becomes a no-break space so that ๆ never starts a line.
 */
export function pickText(text: LocalizedText, language: Language): string {
  return language === 'th' ? text.th.replace(/ ๆ/g, '\u00a0ๆ') : text.en;
}
