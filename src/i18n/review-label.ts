import type { Assessment } from '../domain/assessment/assessment';
import { formatLongDate, localCalendarDateOf, localTimeOf } from '../domain/calendar/calendar-date';
import type { Language } from '../domain/shared/localized-text';

import type { Review } from '../domain/assessment/review-schema';
import { pickText } from '../domain/shared/localized-text';
import type { RatingScale } from '../domain/profile/rating-scale';
import { selfRatingsSeen, type ItemDifference } from '../domain/scoring/review-compare';
import { level } from '../lib/number-format';
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
  const when =
    exportedOn === reviewedOn ? t('label.when', { date, time }) : t('label.exportedLater', { date, exported: formatLongDate(exportedOn, language), time });
  const seen = selfRatingsSeen(review, assessment);
  const saw = seen === null ? [] : [t(seen ? 'label.seen' : 'label.notSeen')];
  const opinions = review.chain?.opinions ?? [];
  if (opinions.length === 0) return [name, position, when, ...saw].join(' · ');
  // A chain with later opinions: every level who signed, each with their own date; the file's time is its last export.
  const signed = [{ name, signedOn: reviewedOn }, ...opinions];
  const days = signed.map((level, index) => t('label.levelOn', { number: index + 1, date: formatLongDate(level.signedOn, language) }));
  const last = t('label.lastExported', { date: formatLongDate(exportedOn, language), time });
  return [`${signed.map((level) => level.name).join(' → ')}${t('label.levels', { count: signed.length })}`, ...days, last, ...saw].join(' · ');
}

/** A row of a self-against-reviewer table in words: target, self, reviewer and their difference. */
export interface DifferenceCells {
  target: string;
  self: string;
  reviewer: string;
  difference: string;
}

/**
 * A row of the comparison as every table prints it: levels for the 0–4 items, the difference signed (+1, −3); for
 * experience, the scale's words (none, some, yes) and whether the reviewer found less, more or the same, since
 * experience has no levels (the figures behind them are the gap analysis's, never shown).
 */
export function differenceCells(row: ItemDifference, assessment: Assessment, review: Review, scale: RatingScale, language: Language): DifferenceCells {
  const item = row.item;
  if (item.kind !== 'experience') {
    const signed = row.difference === null ? '—' : row.difference > 0 ? `+${level(row.difference)}` : level(row.difference);
    return { target: level(row.target), self: level(row.self), reviewer: level(row.reviewer), difference: signed };
  }
  const t = translateReviewNote(language);
  const word = (status: string | undefined) => {
    const entry = scale.experience.find((candidate) => candidate.status === status);
    return entry ? pickText(entry.label, language) : '—';
  };
  const difference = row.difference === null ? '—' : t(row.difference < 0 ? 'difference.less' : row.difference > 0 ? 'difference.more' : 'difference.same');
  return { target: word('yes'), self: word(assessment.experience[item.id]?.status), reviewer: word(review.experience[item.id]?.status), difference };
}
