import type { z } from 'zod/mini';
import type { Language, LocalizedText } from './localized-text';

/** One thing wrong with a file: where, and what, in both languages. */
export interface LocalizedIssue {
  path: string;
  message: LocalizedText;
}

type ZodLocale = { localeError: z.core.$ZodErrorMap };
/**
 * zod's Thai and English wording of its own errors. They are needed only when something fails to parse, so they are
 * not part of the first screen's code: `zod-locales.ts` supplies them (imports do so before they parse untrusted
 * files; the profile loader loads them when a file fails). Until then a message is zod's default English.
 */
let locales: Record<Language, ZodLocale> | null = null;

/** Supplies zod's wording in each language (see zod-locales.ts). */
export function provideZodLocales(wording: Record<Language, ZodLocale>): void {
  locales = wording;
}

/** Whether zod's wording in each language has been supplied. */
export function hasZodLocales(): boolean {
  return locales !== null;
}

/** A bilingual message for a custom refinement: `ctx.addIssue({ code: 'custom', params: bilingual(th, en) })`. */
export function bilingual(th: string, en: string): { th: string; en: string } {
  return { th, en };
}

function errorMapFor(language: Language): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === 'custom') {
      const params: unknown = issue.params;
      if (params && typeof params === 'object' && language in params) {
        const message = (params as Record<string, unknown>)[language];
        if (typeof message === 'string') return message;
      }
    }
    return locales ? locales[language].localeError(issue) : undefined;
  };
}

/** A dotted path with indexes in brackets, e.g. `units[3].title.en`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** Parses `data`; on failure every issue comes with its path and a Thai and an English message. */
export function parseWithLocalizedIssues<T>(
  schema: z.ZodMiniType<T>,
  data: unknown,
): { success: true; data: T } | { success: false; issues: LocalizedIssue[] } {
  const english = schema.safeParse(data, { error: errorMapFor('en') });
  if (english.success) return { success: true, data: english.data };
  const thai = schema.safeParse(data, { error: errorMapFor('th') });
  const thaiIssues = thai.success ? [] : thai.error.issues;
  return {
    success: false,
    issues: english.error.issues.map((issue, index) => ({
      path: formatPath(issue.path),
      message: { en: issue.message, th: thaiIssues[index]?.message ?? issue.message },
    })),
  };
}
