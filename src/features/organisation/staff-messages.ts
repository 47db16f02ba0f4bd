import { withCoreMessages } from '../../i18n/core-messages';
import { createTranslator, type Messages } from '../../i18n/translate';
import { useTranslator } from '../../i18n/use-translation';

/** The staff list's words (บัญชีรายชื่อ), Thai first: they load with its section of the organisation view only. */
const th = {
  'staff.title': 'บัญชีรายชื่อ: ใครยังไม่ส่งไฟล์',
  'staff.intro':
    'เลือกบัญชีรายชื่อผู้ที่ควรส่งไฟล์ เป็นไฟล์ CSV (บันทึกจาก Excel) หรือ JSON มีคอลัมน์ ชื่อ ตำแหน่ง หน่วยงาน บทบาท หัวตารางเป็นภาษาไทยหรืออังกฤษก็ได้ (name, position, agency, role) ต้องมีอย่างน้อยชื่อและหน่วยงาน บทบาทเขียนเป็น MCIO, DCIO หรือ CIO Assistant',
  'staff.rule': 'จับคู่ด้วยกฎเดียวกับที่รวมการประเมินของคนเดียวกัน: ชื่อตรงกันหลังตัดคำนำหน้าชื่อ และหน่วยงานเดียวกันหรือบทบาทเดียวกัน กับการประเมินใดก็ได้ของคนนั้น',
  'staff.notKept': 'บัญชีรายชื่ออ่านในเบราว์เซอร์นี้ และอยู่ในหน้านี้เท่านั้น ไม่ถูกเก็บไว้ในเบราว์เซอร์ (แม้เลือก "เก็บภาพรวม") เมื่อเปิดหน้านี้ใหม่ ให้เลือกไฟล์อีกครั้ง',
  'staff.choose': 'เลือกบัญชีรายชื่อ',
  'staff.chooseOther': 'เลือกบัญชีรายชื่ออื่น',
  'staff.remove': 'นำบัญชีรายชื่อออก',
  'staff.reading': 'กำลังอ่านบัญชีรายชื่อ…',
  'staff.refusedFile': 'อ่านบัญชีรายชื่อ {file} ไม่ได้',
  'staff.unchanged': 'บัญชีรายชื่อที่ใช้อยู่ (ถ้ามี) ยังเป็นเหมือนเดิม',
  'staff.failed': 'อ่านไฟล์ไม่สำเร็จ โปรดลองอีกครั้ง',
  'staff.read': 'บัญชีรายชื่อ {file}: {count} คน ส่งไฟล์แล้ว {sent} คน ยังไม่ส่ง {notSent} คน',
  'staff.refusedRows': 'แถวที่ไม่ได้นำมาใช้ ({count})',
  'staff.moreRows': 'และอีก {count} แถว',
  'staff.ignored': 'คอลัมน์ที่ไม่ได้ใช้: {columns}',
  'staff.notSentTitle': 'อยู่ในบัญชีแต่ยังไม่ส่งไฟล์ ({count})',
  'staff.notListedTitle': 'ส่งไฟล์แล้วแต่ไม่อยู่ในบัญชี ({count})',
  'staff.none': 'ไม่มี',
  'staff.col.place': 'แถวในบัญชี',
  'staff.col.name': 'ชื่อ',
  'staff.col.position': 'ตำแหน่ง',
  'staff.col.agency': 'หน่วยงาน',
  'staff.col.role': 'บทบาท',
  'staff.col.file': 'ไฟล์',
  'staff.col.reasons': 'เหตุผล',
  'staff.exportNotSent': 'ผู้ที่ยังไม่ส่ง CSV (Excel)',
  'staff.exportNotListed': 'ผู้ที่ไม่อยู่ในบัญชี CSV (Excel)',
  'staff.more': 'และอีก {count} คน (ดูทั้งหมดในไฟล์ CSV หรือฉบับพิมพ์)',
};

const en: Record<keyof typeof th, string> = {
  'staff.title': 'Staff list: who has not sent a file',
  'staff.intro':
    'Choose the list of those who should send a file: a CSV file (saved from Excel) or JSON, with the columns name, position, agency and role; the header may be in Thai or English (ชื่อ, ตำแหน่ง, หน่วยงาน, บทบาท). Name and agency are needed; a role is written MCIO, DCIO or CIO Assistant.',
  'staff.rule':
    "Matched by the rule that takes two assessments as one person's: the same name once titles are taken off, and the same agency or the same role, as any of that person's assessments.",
  'staff.notKept':
    'The staff list is read in this browser and held on this page only: it is not kept in the browser (not even by "Keep"). Choose the file again when you open this page again.',
  'staff.choose': 'Choose a staff list',
  'staff.chooseOther': 'Choose another staff list',
  'staff.remove': 'Remove the staff list',
  'staff.reading': 'Reading the staff list…',
  'staff.refusedFile': 'The staff list {file} could not be read',
  'staff.unchanged': 'The staff list in use, if any, is as it was.',
  'staff.failed': 'The file could not be read: please try again.',
  'staff.read': 'Staff list {file}: {count, plural, one {# person} other {# people}}; {sent} sent a file, {notSent} have not.',
  'staff.refusedRows': 'Rows not taken ({count})',
  'staff.moreRows': 'and {count} more rows',
  'staff.ignored': 'Columns not used: {columns}',
  'staff.notSentTitle': 'On the list, no file sent ({count})',
  'staff.notListedTitle': 'Sent a file, not on the list ({count})',
  'staff.none': 'none',
  'staff.col.place': 'Row in the list',
  'staff.col.name': 'Name',
  'staff.col.position': 'Position',
  'staff.col.agency': 'Agency',
  'staff.col.role': 'Role',
  'staff.col.file': 'File',
  'staff.col.reasons': 'Why',
  'staff.exportNotSent': 'Not yet sent CSV (Excel)',
  'staff.exportNotListed': 'Not on the list CSV (Excel)',
  'staff.more': 'and {count} more (see the CSV or the printout for all)',
};

export type StaffMessageKey = keyof typeof th;
export const staffMessages: Messages<StaffMessageKey> = { th, en };

export const translateStaff = createTranslator(withCoreMessages(staffMessages));

/** Translate for the staff list: its own messages and the shared ones. */
export function useStaffTranslation() {
  return useTranslator(translateStaff);
}
