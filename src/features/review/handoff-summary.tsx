import { formatLongDate, localCalendarDateOf, localTimeOf } from '../../domain/calendar/calendar-date';
import type { HandoffCounts, HandoffSender } from '../../domain/files/plan-handoff';
import { useHandoffTranslation } from './handoff-messages';

/**
 * A plan hand-off in brief, before anything downloads or is applied: who sent it ("sender not stated" for a file from
 * before version 3), when, and what it changes, counted.
 */
export function HandoffSummary({ sender, exportedAt, counts, id }: { sender: HandoffSender | null; exportedAt: string; counts: HandoffCounts; id: string }) {
  const { language, t } = useHandoffTranslation();
  const none = counts.added + counts.removed + counts.changedActions === 0;
  const senderText = !sender
    ? t('handoff.noSender')
    : sender.position
      ? t('handoff.sender', { ...sender })
      : t('handoff.senderNoPosition', { name: sender.name });
  return (
    <section className="handoff-summary" aria-labelledby={id}>
      <h3 id={id}>{t('handoff.summary')}</h3>
      <dl className="review-facts">
        <div data-summary="sender">
          <dt>{t('handoff.from')}</dt>
          <dd>{senderText}</dd>
        </div>
        <div data-summary="sent">
          <dt>{t('handoff.sentAt')}</dt>
          <dd>{t('handoff.when', { date: formatLongDate(localCalendarDateOf(exportedAt), language), time: localTimeOf(exportedAt) })}</dd>
        </div>
        <div data-summary="changes">
          <dt>{t('handoff.changes')}</dt>
          <dd>{none ? t('handoff.noCounts') : t('handoff.counts', { ...counts })}</dd>
        </div>
      </dl>
    </section>
  );
}
