import type { Assessment, ExperienceRecord } from '../../domain/assessment/assessment';
import { itemLabel, type ExperienceItem } from '../../domain/assessment/assessment-items';
import { deadlineStatus, dueSoonDays, type DeadlineStatus } from '../../domain/calendar/deadlines';
import { pickText, type Language } from '../../domain/shared/localized-text';
import { useNarrowScreen } from '../../lib/use-narrow-screen';
import { wrapText } from '../../lib/wrap-text';
import { DeadlineStatusIcon, deadlineStatusIcon } from '../../ui/deadline-status-icon';
import { iconPaths } from '../../ui/icon';
import { ChartFigure } from './chart-figure';
import { daysLeftText, deadlineStatusName } from '../../i18n/deadline-messages';
import { useGapsTranslation } from './use-gaps-translation';
import { daysBetween, formatLongDate } from '../../domain/calendar/calendar-date';
import { isAcquired } from '../../domain/scoring/scoring';

// Okabe–Ito colours; every status is also written out in words and marked with its own symbol.
export const statusColour: Record<DeadlineStatus, string> = {
  acquired: '#009E73',
  'on-track': '#0072B2',
  'due-soon': '#E69F00',
  overdue: '#D55E00',
};
const deadlineColour = '#8a1c12';
const todayColour = '#1c2430';

type DeadlineRow = { item: ExperienceItem; record: ExperienceRecord | undefined } & ReturnType<typeof deadlineStatus>;

/**
 * Each starred experience from the appointment date to its deadline. The deadline is a red dashed line labelled
 * at its top; today is a solid dark line labelled at its foot. On a phone the labels wrap and the status and
 * days left go under each bar, so nothing needs sideways scrolling.
 */
export function DeadlineTimeline({
  items,
  assessment,
  today,
  language,
  fileName,
}: {
  items: ExperienceItem[];
  assessment: Assessment;
  today: string;
  language: Language;
  fileName: (what: string, extension: string) => string;
}) {
  const { t } = useGapsTranslation();
  const appointedOn = assessment.appointee.appointedOn;
  const rows: DeadlineRow[] = items.map((item) => {
    const record = assessment.experience[item.id];
    return { item, record, ...deadlineStatus({ appointedOn, today, acquired: isAcquired(record) }) };
  });
  const deadline = rows[0]?.deadline ?? appointedOn;
  return (
    <ChartFigure
      id="deadlines"
      title={t('gaps.timelineTitle')}
      hint={t('gaps.timelineHint', { days: dueSoonDays })}
      fileName={fileName}
      chart={<TimelineDrawing rows={rows} appointedOn={appointedOn} deadline={deadline} today={today} language={language} />}
      table={<TimelineTable rows={rows} appointedOn={appointedOn} deadline={deadline} language={language} />}
    />
  );
}

/** The drawing: one bar a starred experience, from the appointment to the deadline, filled to today or to when it was acquired. */
function TimelineDrawing({
  rows,
  appointedOn,
  deadline,
  today,
  language,
}: {
  rows: DeadlineRow[];
  appointedOn: string;
  deadline: string;
  today: string;
  language: Language;
}) {
  const { t } = useGapsTranslation();
  const narrow = useNarrowScreen();
  const end = today > deadline ? today : deadline;
  const span = Math.max(1, daysBetween(appointedOn, end));
  const width = narrow ? 340 : 760;
  const left = narrow ? 8 : 16;
  const right = narrow ? 12 : 250;
  const x = (date: string) => left + ((width - left - right) * Math.min(span, Math.max(0, daysBetween(appointedOn, date)))) / span;
  const laidOut = rows.map((row) => ({ row, lines: wrapText(itemLabel(row.item, language), narrow ? 44 : 90, narrow ? 3 : 2, language) }));
  const top = 44;
  const rowHeights = laidOut.map(({ lines }) => lines.length * 16 + 24 + (narrow ? 20 : 0));
  const rowTops = rowHeights.map((_, index) => top + rowHeights.slice(0, index).reduce((sum, h) => sum + h, 0));
  const plotBottom = top + rowHeights.reduce((sum, h) => sum + h, 0);
  const height = plotBottom + 26;
  const todayX = x(today);
  const todayAnchor = todayX < 60 ? 'start' : todayX > width - 60 ? 'end' : 'middle';
  const statusX = narrow ? left : width - right + 14;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" className="timeline" fontFamily="Sarabun, sans-serif">
      <text x={x(appointedOn)} y={14} fontSize={12} fill="#4a5565">
        {t('gaps.appointed')} {formatLongDate(appointedOn, language)}
      </text>
      <text x={x(deadline)} y={32} fontSize={13} fontWeight={700} fill={deadlineColour} textAnchor="end" data-label="deadline">
        {t('gaps.deadline')} {formatLongDate(deadline, language)}
      </text>
      <line x1={x(deadline)} x2={x(deadline)} y1={37} y2={plotBottom} stroke={deadlineColour} strokeWidth={2} strokeDasharray="6 3" data-line="deadline" />
      {laidOut.map(({ row, lines }, index) => {
        const y = rowTops[index] ?? top;
        const barY = y + lines.length * 16 + 4;
        const reached = isAcquired(row.record) && row.record?.acquiredOn ? row.record.acquiredOn : today;
        return (
          <TimelineBar
            key={row.item.id}
            row={row}
            lines={lines}
            y={y}
            left={left}
            from={x(appointedOn)}
            to={x(deadline)}
            reached={x(reached)}
            status={{ x: statusX, y: narrow ? barY + 30 : barY + 11 }}
          />
        );
      })}
      <line x1={todayX} x2={todayX} y1={top - 4} y2={plotBottom + 4} stroke={todayColour} strokeWidth={2} data-line="today" />
      <text x={todayX} y={height - 6} fontSize={12} fontWeight={700} fill={todayColour} textAnchor={todayAnchor}>
        {t('gaps.today')} {formatLongDate(today, language)}
      </text>
    </svg>
  );
}

/** One starred experience's bar: its name, the time from appointment to deadline, how far it has got, its status in words. */
function TimelineBar(props: {
  row: DeadlineRow;
  lines: string[];
  y: number;
  left: number;
  from: number;
  to: number;
  reached: number;
  status: { x: number; y: number };
}) {
  const { row, lines, y, left, from, to, reached, status } = props;
  const { t } = useGapsTranslation();
  const barY = y + lines.length * 16 + 4;
  return (
    <g>
      {lines.map((line, lineIndex) => (
        <text key={lineIndex} x={left} y={y + 12 + lineIndex * 16} fontSize={13} fill="#1c2430">
          {line}
        </text>
      ))}
      <rect x={from} y={barY} width={to - from} height={12} rx={3} fill="#e8eef6" />
      <rect x={from} y={barY} width={Math.max(2, reached - from)} height={12} rx={3} fill={statusColour[row.status]} />
      <svg x={status.x} y={status.y - 11} width={13} height={13} viewBox="0 0 16 16" color={statusColour[row.status]}>
        {iconPaths[deadlineStatusIcon[row.status]]}
      </svg>
      <text x={status.x + 17} y={status.y} fontSize={13} fill="#1c2430" data-status={row.status}>
        {row.status === 'acquired' ? deadlineStatusName(t, 'acquired') : `${deadlineStatusName(t, row.status)} · ${daysLeftText(t, row.daysLeft)}`}
      </text>
    </g>
  );
}

/** The same deadlines as a table: each item's deadline, days left and status. */
function TimelineTable({ rows, appointedOn, deadline, language }: { rows: DeadlineRow[]; appointedOn: string; deadline: string; language: Language }) {
  const { t } = useGapsTranslation();
  return (
    <table className="numbers numbers--stack">
      <caption>{t('gaps.timelineCaption', { appointed: formatLongDate(appointedOn, language), deadline: formatLongDate(deadline, language) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('gaps.item')}</th>
          <th scope="col">{t('gaps.deadline')}</th>
          <th scope="col">{t('deadline.daysLeftHeading')}</th>
          <th scope="col">{t('gaps.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.item.id} data-key={row.item.key} data-status={row.status}>
            <th scope="row">
              <span className="code">{row.item.code}</span> {pickText(row.item.title, language)}
            </th>
            <td data-label={t('gaps.deadline')}>{formatLongDate(row.deadline, language)}</td>
            <td data-label={t('deadline.daysLeftHeading')}>{daysLeftText(t, row.daysLeft)}</td>
            <td data-label={t('gaps.status')}>
              <DeadlineStatusIcon status={row.status} /> {deadlineStatusName(t, row.status)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
