import { inBothLanguages } from '../../i18n/both-languages';
import type { Messages } from '../../i18n/translate';

/**
 * The staff list CSVs' headings, Thai first: each cell gives both, "ชื่อ / Name". Apart from the section's words, so
 * that the CSVs' code loads on the first export without the app's translator.
 */
const th = {
  'staffCsv.place': 'แถวในบัญชีรายชื่อ',
  'staffCsv.name': 'ชื่อ',
  'staffCsv.position': 'ตำแหน่ง',
  'staffCsv.agency': 'หน่วยงาน',
  'staffCsv.role': 'บทบาท',
  'staffCsv.file': 'ไฟล์',
  'staffCsv.assessedBe': 'วันที่ประเมิน (พ.ศ.)',
  'staffCsv.assessedIso': 'วันที่ประเมิน (ค.ศ.)',
  'staffCsv.list': 'บัญชีรายชื่อ',
};

const en: Record<keyof typeof th, string> = {
  'staffCsv.place': 'Row in the staff list',
  'staffCsv.name': 'Name',
  'staffCsv.position': 'Position',
  'staffCsv.agency': 'Agency',
  'staffCsv.role': 'Role',
  'staffCsv.file': 'File',
  'staffCsv.assessedBe': 'Assessed on (BE)',
  'staffCsv.assessedIso': 'Assessed on (ISO)',
  'staffCsv.list': 'Staff list',
};

export type StaffCsvMessageKey = keyof typeof th;
export const staffCsvMessages: Messages<StaffCsvMessageKey> = { th, en };

/** A CSV cell's words in both languages. */
export const staffCsvWords = (key: StaffCsvMessageKey) => inBothLanguages(staffCsvMessages, key);
