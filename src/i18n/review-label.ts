import type { Assessment } from '../domain/assessment';
import { formatLongDate, localCalendarDateOf, localTimeOf } from '../domain/calendar-date';
import type { Language } from '../domain/localized-text';
import { selfRatingsSeen } from '../domain/review-changes';
import type { Review } from '../domain/review-schema';
import { translateReviewNote } from './review-note-messages';

/**
 * A review as every list and picker names it, so that two reviews are told apart: who, their position, the date of
 * review and the time the file was made (its date too, when another day), and whether the reviewer saw the
 * self-ratings (when the assessment kept the request it answers).
 */
export function reviewLabel(review: Review, assessment: Assessment, language: Language): string {
  const t = translateReviewNote(language);
  const { name, position, reviewedOn } = review.reviewer;
  const exportedOn = localCalendarDateOf(review.exportedAt);
  const date = formatLongDate(reviewedOn, language);
  const time = localTimeOf(review.exportedAt);
  const when = exportedOn === reviewedOn ? t('label.when', { date, time }) : t('label.exportedLater', { date, exported: formatLongDate(exportedOn, language), time });
  const seen = selfRatingsSeen(review, assessment);
  return [name, position, when, ...(seen === null ? [] : [t(seen ? 'label.seen' : 'label.notSeen')])].join(' · ');
}
