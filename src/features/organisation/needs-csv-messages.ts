import { inBothLanguages } from '../../i18n/both-languages';
import type { Messages } from '../../i18n/translate';

/** The training needs CSV's headings and words, Thai first: each cell gives both, "ชื่อ / Name". */
const th = {
  'needsCsv.row': 'แถว',
  'needsCsv.row.person': 'รายบุคคล',
  'needsCsv.row.total': 'รวมรายแหล่งพัฒนา',
  'needsCsv.resourceId': 'รหัสแหล่งพัฒนา',
  'needsCsv.titleTh': 'ชื่อแหล่งพัฒนา (ไทย)',
  'needsCsv.titleEn': 'ชื่อแหล่งพัฒนา (อังกฤษ)',
  'needsCsv.provider': 'ผู้จัด',
  'needsCsv.kind': 'ประเภท',
  'needsCsv.name': 'ชื่อ',
  'needsCsv.position': 'ตำแหน่ง',
  'needsCsv.agency': 'หน่วยงาน',
  'needsCsv.fiscalYearBe': 'ปีงบประมาณ (พ.ศ.)',
  'needsCsv.items': 'รายการที่พัฒนา',
  'needsCsv.people': 'จำนวนคน',
  'needsCsv.hours': 'ชั่วโมง',
  'needsCsv.cost': 'ค่าใช้จ่าย (บาท)',
  'needsCsv.points': 'ช่องว่างที่ปิดได้ (ระดับ)',
  'needsCsv.computedOnIso': 'คำนวณ ณ วันที่ (ค.ศ.)',
} as const;

const en: Record<keyof typeof th, string> = {
  'needsCsv.row': 'Row',
  'needsCsv.row.person': 'Person',
  'needsCsv.row.total': 'Resource total',
  'needsCsv.resourceId': 'Resource id',
  'needsCsv.titleTh': 'Resource title (Thai)',
  'needsCsv.titleEn': 'Resource title (English)',
  'needsCsv.provider': 'Provider',
  'needsCsv.kind': 'Kind',
  'needsCsv.name': 'Name',
  'needsCsv.position': 'Position',
  'needsCsv.agency': 'Agency',
  'needsCsv.fiscalYearBe': 'Fiscal year (BE)',
  'needsCsv.items': 'Items served',
  'needsCsv.people': 'People',
  'needsCsv.hours': 'Hours',
  'needsCsv.cost': 'Cost (baht)',
  'needsCsv.points': 'Gap it closes (levels)',
  'needsCsv.computedOnIso': 'Computed on (ISO)',
};

export type NeedsCsvMessageKey = keyof typeof th;
export const needsCsvMessages: Messages<NeedsCsvMessageKey> = { th, en };

/** A cell's words in both languages. */
export const needsCsvWords = (key: NeedsCsvMessageKey) => inBothLanguages(needsCsvMessages, key);
