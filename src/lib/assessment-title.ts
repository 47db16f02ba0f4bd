import type { Assessment } from '../domain/assessment/assessment';
import type { Language } from '../domain/shared/localized-text';
import { formatLongDate } from '../domain/calendar/calendar-date';

/**
 * The assessment's name: the one the user gave it, or its role and date; led by the appointee's name when one
 * is given and the title does not already say it, so several people's assessments never look alike.
 */
export function assessmentTitle(assessment: Pick<Assessment, 'title' | 'appointee'>, abbreviation: string, language: Language): string {
  const title = assessment.title ?? `${abbreviation} · ${formatLongDate(assessment.appointee.assessedOn, language)}`;
  const name = assessment.appointee.name.trim();
  return name && !title.includes(name) ? `${name} · ${title}` : title;
}
