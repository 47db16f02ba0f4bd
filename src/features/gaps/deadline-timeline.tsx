import type { Assessment } from '../../domain/assessment';
import type { ExperienceItem } from '../../domain/assessment-items';
import { deadlineStatus, type DeadlineStatus } from '../../domain/deadlines';
import { pickText, type Language } from '../../domain/localized-text';
import { ChartFigure } from './chart-figure';
import { daysLeftMessage } from './format';
import { useGapsTranslation } from './use-gaps-translation';
import { daysBetween, formatLongDate } from '../../domain/calendar-date';

// Okabe–Ito colours; every status is also written out in words and marked with its own symbol.
export const statusStyle: Record<DeadlineStatus, { colour: string; symbol: string }> = {
  acquired: { colour: '#009E73', symbol: '✓' },
  'on-track': { colour: '#0072B2', symbol: '○' },
  'due-soon': { colour: '#E69F00', symbol: '!' },
  overdue: { colour: '#D55E00', symbol: '✕' },
};

const width = 760;

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}
const rowHeight = 44;
const left = 16;
const right = 200;
const top = 48;

/** Each starred experience from the appointment date to its deadline, today marked, status in colour and words. */
export function DeadlineTimeline({ items, assessment, today, language, fileName }: { items: ExperienceItem[]; assessment: Assessment; today: string; language: Language; fileName: (what: string, extension: string) => string }) {
  const { t } = useGapsTranslation();
  const appointedOn = assessment.appointee.appointedOn;
  const rows = items.map((item) => {
    const record = assessment.experience[item.id];
    return { item, record, ...deadlineStatus({ appointedOn, today, acquired: record?.status === 'yes' }) };
  });
  const deadline = rows[0]?.deadline ?? appointedOn;
  const end = today > deadline ? today : deadline;
  const span = Math.max(1, daysBetween(appointedOn, end));
  const x = (date: string) => left + ((width - left - right) * Math.min(span, Math.max(0, daysBetween(appointedOn, date)))) / span;
  const height = top + rows.length * rowHeight + 30;

  return (
    <ChartFigure
      id="deadlines"
      title={t('gaps.timelineTitle')}
      fileName={fileName}
      scrollable
      chart={
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" className="timeline" fontFamily="Sarabun, sans-serif">
          <text x={x(appointedOn)} y={16} fontSize={12} fill="#4a5565">
            {t('gaps.appointed')} {formatLongDate(appointedOn, language)}
          </text>
          <text x={x(deadline)} y={32} fontSize={12} fill="#4a5565" textAnchor="end">
            {t('gaps.deadline')} {formatLongDate(deadline, language)}
          </text>
          {rows.map((_, index) => (
            <line key={index} x1={x(deadline)} x2={x(deadline)} y1={top + index * rowHeight + 16} y2={top + index * rowHeight + 32} stroke="#4a5565" strokeDasharray="4 3" />
          ))}
          {rows.map((row, index) => {
            const y = top + index * rowHeight;
            const style = statusStyle[row.status];
            const reached = row.record?.status === 'yes' && row.record.acquiredOn ? row.record.acquiredOn : today;
            return (
              <g key={row.item.id}>
                <text x={left} y={y + 12} fontSize={13} fill="#1c2430">
                  {row.item.code} {shorten(pickText(row.item.title, language), 62)}
                </text>
                <rect x={x(appointedOn)} y={y + 18} width={x(deadline) - x(appointedOn)} height={12} rx={3} fill="#e8eef6" />
                <rect x={x(appointedOn)} y={y + 18} width={Math.max(2, x(reached) - x(appointedOn))} height={12} rx={3} fill={style.colour} />
                <text x={width - right + 12} y={y + 29} fontSize={13} fill="#1c2430">
                  {style.symbol} {t(`gaps.status.${row.status}`)}
                </text>
              </g>
            );
          })}
          <line x1={x(today)} x2={x(today)} y1={36} y2={height - 22} stroke="#1c2430" strokeWidth={2} />
          <text x={x(today)} y={height - 6} fontSize={12} fill="#1c2430" textAnchor="middle">
            {t('gaps.today')}
          </text>
        </svg>
      }
      table={
        <table className="numbers">
          <thead>
            <tr>
              <th scope="col">{t('gaps.item')}</th>
              <th scope="col">{t('gaps.appointed')}</th>
              <th scope="col">{t('gaps.deadline')}</th>
              <th scope="col">{t('gaps.daysLeft')}</th>
              <th scope="col">{t('gaps.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.item.id} data-key={row.item.key} data-status={row.status}>
                <th scope="row">
                  <span className="code">{row.item.code}</span> {pickText(row.item.title, language)}
                </th>
                <td>{formatLongDate(appointedOn, language)}</td>
                <td>{formatLongDate(row.deadline, language)}</td>
                <td>{t(daysLeftMessage(row.daysLeft).key, { days: daysLeftMessage(row.daysLeft).days })}</td>
                <td>
                  {statusStyle[row.status].symbol} {t(`gaps.status.${row.status}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
