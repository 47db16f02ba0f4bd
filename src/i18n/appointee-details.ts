import type { Appointee } from '../domain/assessment/assessment';
import type { Language, LocalizedText } from '../domain/shared/localized-text';
import { formatLongDate } from '../domain/calendar/calendar-date';

/**
 * One detail of the appointee: its words and how it is typed. A `text` detail is a box (required or not); a `date`
 * detail is a day / month / year field. `empty` is what the header and the report say when an optional text is blank.
 */
export type AppointeeDetail =
  | { kind: 'text'; label: LocalizedText; required: boolean; autoComplete: string; hint?: LocalizedText; empty?: LocalizedText }
  | { kind: 'date'; label: LocalizedText; hint: LocalizedText };

/**
 * Every detail of the appointee, declared once: the details form, the assessment's header and the printed report
 * each list them from here, in this order. A field of `appointeeSchema` without a declaration is a type error here,
 * so a new detail is the schema's field and its line below (docs/walkthrough-add-a-field.md).
 */
export const appointeeDetails = {
  name: {
    kind: 'text',
    label: { th: 'ชื่อ-นามสกุล', en: 'Full name' },
    required: false,
    autoComplete: 'name',
    hint: { th: 'เว้นว่างได้ หากต้องการรายงานแบบไม่ระบุชื่อ', en: 'Leave it empty for an anonymous report.' },
    empty: { th: 'ไม่ระบุชื่อ', en: 'Not given' },
  },
  position: { kind: 'text', label: { th: 'ตำแหน่ง', en: 'Position' }, required: true, autoComplete: 'organization-title' },
  agency: { kind: 'text', label: { th: 'ส่วนราชการ', en: 'Agency' }, required: true, autoComplete: 'organization' },
  appointedOn: {
    kind: 'date',
    label: { th: 'วันที่ได้รับการแต่งตั้ง', en: 'Date of appointment' },
    hint: { th: 'ใช้คำนวณกำหนด 2 ปี ของประสบการณ์ที่มีเครื่องหมาย *', en: 'The two-year deadlines of starred (*) experience count from it.' },
  },
  assessedOn: { kind: 'date', label: { th: 'วันที่ประเมิน', en: 'Date of assessment' }, hint: { th: 'ค่าเริ่มต้นคือวันนี้', en: 'Today by default.' } },
} as const satisfies { [K in keyof Required<Appointee>]: AppointeeDetail };

export type AppointeeDetailKey = keyof typeof appointeeDetails;

/** The details in their order, each with its key. */
export const appointeeDetailList = (Object.keys(appointeeDetails) as AppointeeDetailKey[]).map((key) => ({ key, ...appointeeDetails[key] }) as const);

/** A detail as the header and the report show it: a date in full, a blank optional text in words. */
export function appointeeDetailText(key: AppointeeDetailKey, appointee: Appointee, language: Language): string {
  const detail: AppointeeDetail = appointeeDetails[key];
  const value = appointee[key] ?? '';
  if (detail.kind === 'date') return value ? formatLongDate(value, language) : '';
  return value || (detail.empty ? detail.empty[language] : '');
}
