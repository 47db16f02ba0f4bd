import type { DeadlineStatus } from '../../domain/calendar/deadlines';
import { useRatingTranslation } from './use-rating-translation';
import { DeadlineStatusIcon } from '../deadline-status-icon';
import { deadlineStatusName } from '../../i18n/deadline-messages';

/** The time left before a starred experience's deadline, in words (never colour alone). */
export function DeadlineText({ status, daysLeft, late = false }: { status: DeadlineStatus; daysLeft: number; late?: boolean }) {
  const { t } = useRatingTranslation();
  switch (status) {
    case 'acquired':
      return late ? (
        <strong>
          <DeadlineStatusIcon status="acquired" /> {t('deadline.acquiredLate')}
        </strong>
      ) : (
        <span>
          <DeadlineStatusIcon status="acquired" /> {deadlineStatusName(t, 'acquired')}
        </span>
      );
    case 'overdue':
      return (
        <strong>
          <DeadlineStatusIcon status="overdue" /> {t('deadline.overdueBy', { days: -daysLeft })}
        </strong>
      );
    case 'due-soon':
      return (
        <strong>
          <DeadlineStatusIcon status="due-soon" /> {t('deadline.dueSoon', { days: daysLeft })}
        </strong>
      );
    case 'on-track':
      return <span>{t('deadline.onTrack', { days: daysLeft })}</span>;
  }
}
