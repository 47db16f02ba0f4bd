import { createTranslator, type Messages } from './translate';

/** The words of a part changed in two tabs at once (ui/conflict-note.tsx): loaded with the screens that show one. */
const th = {
  'conflict.title': 'รายการนี้ถูกแก้ไขพร้อมกันในสองแท็บ',
  'conflict.shown': 'ฉบับที่แสดงอยู่',
  'conflict.other': 'อีกฉบับ',
  'conflict.removed': 'อีกแท็บลบรายการนี้',
  'conflict.keepShown': 'ใช้ฉบับที่แสดงอยู่',
  'conflict.useOther': 'ใช้อีกฉบับ',
  'conflict.removeIt': 'ลบรายการนี้',
  'conflict.shownRemoved': 'ถูกลบแล้ว',
  'conflict.keepRemoved': 'ให้ลบไว้ตามเดิม',
  'conflict.restore': 'นำกลับมา',
} as const;

const en: Record<keyof typeof th, string> = {
  'conflict.title': 'This item was changed in two tabs at once',
  'conflict.shown': 'The version shown',
  'conflict.other': 'The other version',
  'conflict.removed': 'The other tab removed it',
  'conflict.keepShown': 'Keep the version shown',
  'conflict.useOther': 'Use the other version',
  'conflict.removeIt': 'Remove it',
  'conflict.shownRemoved': 'Removed',
  'conflict.keepRemoved': 'Keep it removed',
  'conflict.restore': 'Restore it',
};

export type ConflictMessageKey = keyof typeof th;
export const conflictMessages: Messages<ConflictMessageKey> = { th, en };
export const translateConflict = createTranslator(conflictMessages);
