import { ReportTableHead } from './report-table-head';
import { acquiredAfterDeadline, deadlineStatus } from '../../domain/calendar/deadlines';
import { pickText } from '../../domain/shared/localized-text';
import { translateReport } from './messages';
import { daysLeftText, deadlineStatusName } from '../../i18n/deadline-messages';
import type { ReportData } from './report-data';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { DeadlineStatusIcon } from '../../ui/deadline-status-icon';
import { isAcquired } from '../../domain/scoring/scoring';

/** The starred experiences: deadline, days left or overdue, and status in words. */
export function ReportStarred({ data }: { data: ReportData }) {
  const { items, assessment, today, language } = data;
  const text = translateReport(language);
  const starred = items.flatMap((item) => (item.kind === 'experience' && item.starred ? [item] : []));
  if (starred.length === 0) return null;
  const appointedOn = assessment.appointee.appointedOn;
  return (
    <section className="report__section report__keep" aria-labelledby="report-starred">
      <h2 id="report-starred">{text('report.starred')}</h2>
      <table className="report__table">
        <colgroup>
          <col className="report__col-code" />
          <col />
          <col className="report__col-date" />
          <col className="report__col-date" />
          <col className="report__col-date" />
        </colgroup>
        <ReportTableHead text={text} columns={['report.code', 'report.item', 'report.deadline', 'deadline.daysLeftHeading', 'report.status']} />
        <tbody>
          {starred.map((item) => {
            const record = assessment.experience[item.id];
            const { deadline, daysLeft, status } = deadlineStatus({ appointedOn, today, acquired: isAcquired(record) });
            const late = status === 'acquired' && acquiredAfterDeadline(appointedOn, record?.acquiredOn);
            return (
              <tr key={item.id} data-status={status}>
                <td className="report__code">{item.code} *</td>
                <td>{pickText(item.title, language)}</td>
                <td className="report__nowrap">{formatLongDate(deadline, language)}</td>
                <td>{status === 'acquired' ? '—' : daysLeftText(text, daysLeft)}</td>
                <td>
                  <DeadlineStatusIcon status={status} /> {late ? text('report.status.acquiredLate') : deadlineStatusName(text, status)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
