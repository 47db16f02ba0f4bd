import { ReportTableHead } from './report-table-head';
import { actionKindName, actionStatusName } from '../../i18n/action-names';
import { translateReport } from './messages';
import type { ReportData } from './report-data';
import { formatLongDate } from '../../domain/calendar/calendar-date';

/** The development actions the user recorded, if any. */
export function ReportActions({ data }: { data: ReportData }) {
  const { assessment, items, language } = data;
  const text = translateReport(language);
  const actions = [...(assessment.actions ?? [])].sort((a, b) => a.targetOn.localeCompare(b.targetOn));
  if (actions.length === 0) return null;
  const code = (key: string) => items.find((item) => item.key === key)?.code ?? key;
  return (
    <section className="report__section" aria-labelledby="report-actions">
      <h2 id="report-actions">{text('report.actions')}</h2>
      <table className="report__table">
        <ReportTableHead
          text={text}
          columns={['report.actionKind', 'report.actionDescription', 'report.actionServes', 'report.actionTarget', 'report.actionStatus']}
        />
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <td>{actionKindName(text, action.kind)}</td>
              <td>{action.description}</td>
              <td>{action.serves.map(code).join(', ')}</td>
              <td className="report__nowrap">{formatLongDate(action.targetOn, language)}</td>
              <td className="report__nowrap">{actionStatusName(text, action.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
