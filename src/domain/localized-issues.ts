import type { z } from 'zod/mini';
import { en as enLocale, th as thLocale } from 'zod/locales';
import type { Language, LocalizedText } from './localized-text';

/** One thing wrong with a file: where, and what, in both languages. */
export interface LocalizedIssue {
  path: string;
  message: LocalizedText;
}

const locales = { th: thLocale(), en: enLocale() };

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
    return locales[language].localeError(issue);
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
