import type { UseFormRegisterReturn } from 'react-hook-form';
import { deadlineStatus } from '../../domain/calendar/deadlines';
import { formatLongDate, type CalendarDate } from '../../domain/calendar/calendar-date';
import { level } from '../../lib/number-format';
import { DeadlineText } from '../../ui/rating/deadline-text';
import { useToday } from '../../store/app-store-context';
import type { ReviewItemFacts } from './review-item-facts';
import { useRatingTranslation } from '../../ui/rating/use-rating-translation';
import { useReviewTranslation } from './use-review-translation';

/** The target and, when the appointee shared them, the self-rating and their note: each fact only when there is one. */
export function ReviewItemFactsLine({ facts, experience }: { facts: ReviewItemFacts; experience: boolean }) {
  const { t } = useReviewTranslation();
  const self =
    facts.self === null
      ? t('reviewMode.selfNone')
      : experience
        ? t('reviewMode.selfStatus', { status: facts.self })
        : t('reviewMode.self', { level: facts.self });
  const parts = [facts.target === null ? null : t('reviewMode.target', { level: level(facts.target) }), facts.selfShown ? self : null].filter(
    (part) => part !== null,
  );
  return (
    <>
      {parts.length > 0 && <p className="review-item__facts">{parts.join(' · ')}</p>}
      {facts.note && (
        <p className="review-item__note">
          <span className="review-item__note-label">{t('reviewMode.appointeeNote')}</span> {facts.note}
        </p>
      )}
    </>
  );
}

/** A starred experience's deadline, two years from the appointment, and the time left to it. */
export function StarredDeadline({ domId, appointedOn }: { domId: string; appointedOn: CalendarDate }) {
  const { language, t } = useRatingTranslation();
  const starred = useReviewTranslation().t('profile.starred');
  // The time left to the deadline, whatever the appointee says of the item: whether it is acquired is the reviewer's to judge.
  const deadline = deadlineStatus({ appointedOn, today: useToday(), acquired: false });
  return (
    <p className="deadline" id={`${domId}-deadline`} data-status={deadline.status}>
      <span className="badge badge--starred">* {starred}</span> {t('assessment.deadline', { date: formatLongDate(deadline.deadline, language) })} ·{' '}
      <DeadlineText status={deadline.status} daysLeft={deadline.daysLeft} />
    </p>
  );
}

/** The reviewer's comment on the item, folded away until asked for (open when there is one). */
export function ReviewComment({ domId, code, open, registered }: { domId: string; code: string; open: boolean; registered: UseFormRegisterReturn }) {
  const { t } = useReviewTranslation();
  return (
    <details className="review-item__comment" open={open}>
      <summary>{t('reviewMode.comment')}</summary>
      <label htmlFor={`${domId}-comment`} className="visually-hidden">
        {t('reviewMode.commentFor', { code })}
      </label>
      <textarea id={`${domId}-comment`} className="input" rows={2} maxLength={2000} {...registered} />
    </details>
  );
}
