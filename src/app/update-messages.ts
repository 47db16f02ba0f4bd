import { createTranslator, type Messages } from '../i18n/translate';

// The update notice's own words: they load with the notice, only when a new version is there.
const th = {
  'update.ready': 'มีแอปรุ่นใหม่พร้อมใช้งานแล้ว ข้อมูลที่บันทึกไว้ทั้งหมดยังอยู่ครบเมื่อเปลี่ยนรุ่น',
  'update.apply': 'ใช้รุ่นใหม่',
  'update.later': 'ไว้ภายหลัง',
  'update.unsaved': 'มีแบบฟอร์มที่กรอกไว้แต่ยังไม่ได้บันทึก โปรดบันทึกหรือยกเลิกก่อน แล้วจึงเปลี่ยนเป็นรุ่นใหม่',
  'update.elsewhere': 'อีกแท็บหนึ่งเปลี่ยนเป็นแอปรุ่นใหม่แล้ว แท็บนี้ยังใช้งานต่อได้ เมื่อพร้อมให้โหลดหน้านี้ใหม่ (ข้อมูลที่บันทึกไว้ยังอยู่ครบ)',
  'update.reload': 'โหลดหน้าใหม่',
} as const;

const en: Record<keyof typeof th, string> = {
  'update.ready': 'A new version of the app is ready. Everything you saved stays as it is when you switch.',
  'update.apply': 'Use the new version',
  'update.later': 'Later',
  'update.unsaved': 'A form holds input that is not saved yet: save it or cancel it first, then switch to the new version.',
  'update.elsewhere': 'Another tab has switched to the new version. This tab goes on working; reload it when you are ready (everything saved stays as it is).',
  'update.reload': 'Reload the page',
};

export type UpdateMessageKey = keyof typeof th;
export const updateMessages: Messages<UpdateMessageKey> = { th, en };
export const translateUpdate = createTranslator(updateMessages);
