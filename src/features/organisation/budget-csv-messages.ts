import { inBothLanguages } from '../../i18n/both-languages';
import type { Messages } from '../../i18n/translate';

/**
 * The budget proposal CSV's headings and words, Thai first: each cell gives both, "ชื่อ / Name". Why a resource was
 * chosen is said as the screen says it (budget-messages.ts), repeated here so that the CSV's code loads without the
 * screen's translator (importing it moved the shared translator out of the first load's chunk: +0.4 KB).
 */
const th = {
  'budgetCsv.row': 'แถว',
  'budgetCsv.row.person': 'ผู้เข้าร่วม',
  'budgetCsv.row.resource': 'รวมรายแหล่งพัฒนา',
  'budgetCsv.row.total': 'รวมทั้งข้อเสนอ',
  'budgetCsv.row.open': 'ช่องว่างที่ยังเปิดอยู่',
  'budgetCsv.resourceId': 'รหัสแหล่งพัฒนา',
  'budgetCsv.titleTh': 'ชื่อแหล่งพัฒนา (ไทย)',
  'budgetCsv.titleEn': 'ชื่อแหล่งพัฒนา (อังกฤษ)',
  'budgetCsv.provider': 'ผู้จัด',
  'budgetCsv.kind': 'ประเภท',
  'budgetCsv.name': 'ชื่อ',
  'budgetCsv.position': 'ตำแหน่ง',
  'budgetCsv.agency': 'หน่วยงาน',
  'budgetCsv.items': 'รายการ',
  'budgetCsv.why': 'เหตุที่เลือก',
  'budgetCsv.why.pinned': 'ปักหมุดไว้',
  'budgetCsv.why.starred': 'ประสบการณ์ * ครบกำหนด',
  'budgetCsv.why.other': 'คุ้มค่าต่อบาท',
  'budgetCsv.people': 'จำนวนคน',
  'budgetCsv.hours': 'ชั่วโมง',
  'budgetCsv.cost': 'ค่าใช้จ่าย (บาท)',
  'budgetCsv.points': 'ช่องว่างที่ปิดได้ (ระดับ)',
  'budgetCsv.left': 'ช่องว่างที่เหลือ (ระดับ)',
  'budgetCsv.fiscalYearBe': 'ปีงบประมาณ (พ.ศ.)',
  'budgetCsv.budget': 'งบประมาณ (บาท)',
  'budgetCsv.budgetHours': 'ชั่วโมงที่มี',
  'budgetCsv.computedOnIso': 'คำนวณ ณ วันที่ (ค.ศ.)',
} as const;

const en: Record<keyof typeof th, string> = {
  'budgetCsv.row': 'Row',
  'budgetCsv.row.person': 'Attendee',
  'budgetCsv.row.resource': 'Resource total',
  'budgetCsv.row.total': 'Proposal total',
  'budgetCsv.row.open': 'Still open',
  'budgetCsv.resourceId': 'Resource id',
  'budgetCsv.titleTh': 'Resource title (Thai)',
  'budgetCsv.titleEn': 'Resource title (English)',
  'budgetCsv.provider': 'Provider',
  'budgetCsv.kind': 'Kind',
  'budgetCsv.name': 'Name',
  'budgetCsv.position': 'Position',
  'budgetCsv.agency': 'Agency',
  'budgetCsv.items': 'Items',
  'budgetCsv.why': 'Why chosen',
  'budgetCsv.why.pinned': 'Pinned',
  'budgetCsv.why.starred': 'Starred experience due',
  'budgetCsv.why.other': 'Most per baht',
  'budgetCsv.people': 'People',
  'budgetCsv.hours': 'Hours',
  'budgetCsv.cost': 'Cost (baht)',
  'budgetCsv.points': 'Gap it closes (levels)',
  'budgetCsv.left': 'Gap left (levels)',
  'budgetCsv.fiscalYearBe': 'Fiscal year (BE)',
  'budgetCsv.budget': 'Budget (baht)',
  'budgetCsv.budgetHours': 'Hours there are',
  'budgetCsv.computedOnIso': 'Computed on (ISO)',
};

export type BudgetCsvMessageKey = keyof typeof th;
export const budgetCsvMessages: Messages<BudgetCsvMessageKey> = { th, en };

/** A cell's words in both languages. */
export const budgetCsvWords = (key: BudgetCsvMessageKey) => inBothLanguages(budgetCsvMessages, key);
