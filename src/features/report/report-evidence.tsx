import { itemLabel } from '../../domain/assessment/assessment-items';
import { formatLongDate, localCalendarDateOf } from '../../domain/calendar/calendar-date';
import { translateReport } from './messages';
import type { ReportData } from './report-data';
import { ReportTableHead } from './report-table-head';

/** A SHA-256 in four groups of 16 digits: it wraps between groups, and a reader compares it group by group. */
function shaGroups(sha256: string): string {
  return sha256.replace(/(.{16})(?=.)/g, '$1 ');
}

/**
 * The annex of evidence files (issue 27): each file attached to an item, an experience or an action, in the order of
 * the tables, with the day it was added and its SHA-256, so that a reader can match the paper to the files.
 */
export function ReportEvidence({ data }: { data: ReportData }) {
  const { assessment, items, language } = data;
  const text = translateReport(language);
  const files = assessment.evidence ?? [];
  if (files.length === 0) return null;
  const order = new Map<string, { index: number; label: string }>([
    ...items.map((item, index) => [item.key, { index, label: itemLabel(item, language) }] as const),
    ...(assessment.actions ?? []).map(
      (action, index) =>
        [`action:${action.id}`, { index: items.length + index, label: text('report.evidenceAction', { action: action.description }) }] as const,
    ),
  ]);
  const rows = files
    .map((file) => ({ file, at: order.get(file.attachedTo) ?? { index: Number.MAX_SAFE_INTEGER, label: file.attachedTo } }))
    .sort((a, b) => a.at.index - b.at.index || a.file.addedAt.localeCompare(b.file.addedAt));
  return (
    <section className="report__section report__annex" aria-labelledby="report-evidence">
      <h2 id="report-evidence">{text('report.evidenceAnnex')}</h2>
      <p>{text('report.evidenceIntro')}</p>
      <table className="report__table">
        <colgroup>
          <col />
          <col className="report__col-note" />
          <col className="report__col-date" />
          <col className="report__col-sha" />
        </colgroup>
        <ReportTableHead text={text} columns={['report.evidenceFor', 'report.evidenceFile', 'report.evidenceAdded', 'report.evidenceSha']} />
        <tbody>
          {rows.map(({ file, at }) => (
            <tr key={`${file.id} ${file.attachedTo}`}>
              <td>{at.label}</td>
              <td className="report__note">{file.name}</td>
              <td className="report__nowrap">{formatLongDate(localCalendarDateOf(file.addedAt), language)}</td>
              <td className="report__sha">{shaGroups(file.sha256)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
