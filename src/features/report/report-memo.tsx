import { formatLongDate } from '../../domain/calendar/calendar-date';
import type { Language } from '../../domain/shared/localized-text';
import { translateReport } from './messages';
import type { MemoFields } from './report-options';

const filled = (memo: MemoFields) => Object.values(memo).some((value) => value.trim() !== '');

/**
 * The บันทึกข้อความ heading printed above the report when any memo field is filled: the title, then the agency on its own
 * line, the number and the date, the subject (เรื่อง) and to whom (เรียน); empty fields print nothing.
 */
export function ReportMemo({ memo, language }: { memo: MemoFields; language: Language }) {
  const text = translateReport(language);
  if (!filled(memo)) return null;
  const lines = [
    { key: 'agency', label: text('report.memoAgency'), value: memo.agency.trim() },
    { key: 'number', label: text('report.memoNumber'), value: memo.number.trim() },
    { key: 'date', label: text('report.memoDate'), value: memo.date ? formatLongDate(memo.date, language) : '' },
    { key: 'subject', label: text('report.memoSubject'), value: memo.subject.trim() },
    { key: 'to', label: text('report.memoTo'), value: memo.to.trim() },
  ].filter((line) => line.value);
  return (
    <div className="report__memo-heading">
      <p className="report__memo-title">{text('report.memoTitle')}</p>
      <dl className="report__memo">
        {lines.map((line) => (
          <div key={line.key} data-memo={line.key}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The memo's closing, "จึงเรียนมาเพื่อโปรดพิจารณา", after the body and before the signatures, when the memo heading prints. */
export function ReportClosing({ memo, language }: { memo: MemoFields; language: Language }) {
  if (!filled(memo)) return null;
  return <p className="report__closing">{translateReport(language)('report.memoClosing')}</p>;
}
