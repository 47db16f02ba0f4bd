import type { Assessment } from '../domain/assessment';
import type { Language } from '../domain/localized-text';
import { formatLongDate } from '../domain/calendar-date';

/** The assessment's name: the one the user gave it, or its role and date in the current language. */
export function assessmentTitle(assessment: Pick<Assessment, 'title' | 'appointee'>, abbreviation: string, language: Language): string {
  return assessment.title ?? `${abbreviation} · ${formatLongDate(assessment.appointee.assessedOn, language)}`;
}
