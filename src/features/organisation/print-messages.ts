import { withCoreMessages } from '../../i18n/core-messages';
import { createTranslator, type Messages } from '../../i18n/translate';
import { useTranslator } from '../../i18n/use-translation';

/** The words of the printed summary's options and of what only the memo printout says, Thai first. */
const th = {
  'orgPrint.options': 'ตัวเลือกการพิมพ์สรุป',
  'orgPrint.scope': 'พิมพ์',
  'orgPrint.scope.summary': 'สรุปย่อสำหรับแนบบันทึกข้อความ (ตัวเลข สรุปรายหน่วยงาน และจำนวนที่ครบกำหนด)',
  'orgPrint.scope.full': 'ฉบับเต็ม (รวมรายการที่ขาดมากที่สุดและรายชื่อทุกคนที่ครบกำหนด)',
  'orgPrint.thaiDigits': 'ใช้เลขไทย (๐–๙) ทั้งฉบับ (รหัสรายการคงเดิม)',
  'orgPrint.memoNumber': 'ที่ (เลขที่หนังสือ)',
  'orgPrint.memoSubject': 'เรื่อง',
  'orgPrint.memoHint': 'ส่วนราชการคือชื่อหน่วยงานด้านบน วันที่คือวันที่คำนวณตัวเลข ช่องที่เว้นว่างจะพิมพ์เป็นเส้นประให้เขียนเอง',
  'orgPrint.preparedBy': 'ผู้จัดทำ (ชื่อ)',
  'orgPrint.preparedPosition': 'ตำแหน่งผู้จัดทำ',
  'orgPrint.defaultSubject': 'สรุปผลการประเมินทักษะด้านดิจิทัลของผู้บริหารเทคโนโลยีสารสนเทศระดับสูง',
  'orgPrint.bucketCounts': 'ประสบการณ์ที่มีเครื่องหมาย * ที่ครบกำหนด',
  'orgPrint.col.bucket': 'ช่วงเวลา',
  'orgPrint.col.people': 'จำนวนคน',
  'orgPrint.staffTitle': 'บัญชีรายชื่อ {file}',
  'orgPrint.evidence': '{files} ไฟล์ จาก {people} คน',
  'orgPrint.noEvidence': 'ไม่มี (ไม่มีการประเมินใดระบุไฟล์หลักฐาน)',
  'orgPrint.readinessNote': 'ความพร้อมนับเฉพาะข้อที่ประเมินแล้ว เช่นเดียวกับรายงานของแต่ละคน ข้อที่ยังไม่ประเมินไม่นับเป็น 0 และไม่นับว่าผ่าน',
};

const en: Record<keyof typeof th, string> = {
  'orgPrint.options': 'Printed summary options',
  'orgPrint.scope': 'Print',
  'orgPrint.scope.summary': 'A summary to go with a memo (figures, by agency, and how many fall due)',
  'orgPrint.scope.full': 'In full (with the items most short and everyone whose deadline falls due)',
  'orgPrint.thaiDigits': 'Thai digits (๐–๙) throughout (item codes as they are)',
  'orgPrint.memoNumber': 'Document number (ที่)',
  'orgPrint.memoSubject': 'Subject',
  'orgPrint.memoHint':
    'The agency is the organisation name above; the date is the day the figures were computed. A field left empty prints a dotted line to fill in by hand.',
  'orgPrint.preparedBy': 'Prepared by (name)',
  'orgPrint.preparedPosition': "Preparer's position",
  'orgPrint.defaultSubject': 'Digital skills assessment of Chief Information Officers: a summary',
  'orgPrint.bucketCounts': 'Starred experience falling due',
  'orgPrint.col.bucket': 'When',
  'orgPrint.col.people': 'People',
  'orgPrint.staffTitle': 'Staff list {file}',
  'orgPrint.evidence': '{files} files, from {people} people',
  'orgPrint.noEvidence': 'None (no assessment names an evidence file)',
  'orgPrint.readinessNote': `Readiness counts the rated items only, as each person's own report does: an item not yet rated counts neither as 0 nor as met.`,
};

export type OrgPrintMessageKey = keyof typeof th;
export const orgPrintMessages: Messages<OrgPrintMessageKey> = { th, en };

export const translateOrgPrint = createTranslator(withCoreMessages(orgPrintMessages));

export function useOrgPrintTranslation() {
  return useTranslator(translateOrgPrint);
}
