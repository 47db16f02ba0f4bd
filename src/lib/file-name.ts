import type { Assessment } from '../domain/assessment/assessment';

const maxPartLength = 60;

/** The first `max` user-perceived characters of `text`, so a Thai vowel or tone mark is never cut from its letter. */
function clip(text: string, max: number): string {
  const graphemes = Array.from(new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text), (part) => part.segment);
  return graphemes.length <= max ? text : graphemes.slice(0, max).join('');
}

/**
 * A file name from its parts: letters (Thai with its vowels and tone marks), digits and dashes; anything else
 * (spaces, dots, slashes, quotes, characters Windows refuses) becomes a dash; parts are joined by `_`.
 */
export function safeFileName(...parts: string[]): string {
  return parts
    .map((part) =>
      clip(
        part
          .normalize('NFC')
          .replace(/[^\p{L}\p{M}\p{N}-]+/gu, '-')
          .replace(/^-+|-+$/g, ''),
        maxPartLength,
      ).replace(/-+$/, ''),
    )
    .filter(Boolean)
    .join('_');
}

/**
 * The name of every file made from one assessment: the appointee's name (when given), the role, the date of
 * assessment and what the file holds, e.g. `สมชาย-ใจดี_DCIO_2026-11-28_plan.ics`, so files of different
 * people, or of one person's different rounds, never collide.
 */
export function assessmentFileName(assessment: Pick<Assessment, 'appointee'>, abbreviation: string, what: string, extension: string): string {
  return `${safeFileName(assessment.appointee.name, abbreviation, assessment.appointee.assessedOn, what)}.${extension}`;
}
