import './memo-heading.css';
import type { Language } from '../domain/shared/localized-text';

/** The memo's words, Thai first (the form of a บันทึกข้อความ, ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ). */
const words = {
  th: { title: 'บันทึกข้อความ', agency: 'ส่วนราชการ', number: 'ที่', date: 'วันที่', subject: 'เรื่อง' },
  en: { title: 'Memorandum', agency: 'Agency', number: 'No.', date: 'Date', subject: 'Subject' },
} as const;

export type MemoFields = Record<'agency' | 'number' | 'date' | 'subject', string>;

/**
 * The heading of a บันทึกข้อความ (an internal memo) on a printed page: its title, then the agency on a line of its
 * own, the number and the date side by side, the subject; a field left empty prints a dotted line to fill in by hand.
 * The report's memo heading (report.css, .report__memo) is laid out the same way.
 */
export function MemoHeading({ fields, language }: { fields: MemoFields; language: Language }) {
  const text = words[language];
  return (
    <header className="memo-heading">
      <p className="memo-heading__title">{text.title}</p>
      <dl>
        {(['agency', 'number', 'date', 'subject'] as const).map((key) => (
          <div key={key} data-memo={key}>
            <dt>{text[key]}</dt>
            <dd className={fields[key].trim() ? undefined : 'memo-heading__blank'}>{fields[key].trim()}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
