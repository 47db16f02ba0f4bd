import type { Messages } from '../../i18n/translate';

/** What export and import say of a backup with evidence files once it is under way: loaded with the zip's code, not with the screen
 * (zip-words.ts). Data only: the translator is the screen's own, so this file adds no chunk to the first load. */
const th = {
  'zip.writing': 'กำลังเขียนไฟล์ zip…',
  'zip.written': 'ส่งออกไฟล์ zip แล้ว มีไฟล์หลักฐาน {count} ไฟล์',
  'zip.missing': 'ไฟล์หลักฐาน {count} ไฟล์ไม่อยู่ในเบราว์เซอร์นี้ครบถ้วน จึงไม่ได้อยู่ในไฟล์ zip: {names}',
  'zip.failed': 'เขียนไฟล์ zip ไม่สำเร็จ ลองอีกครั้ง หรือส่งออกเป็นไฟล์สำรอง JSON',
  'zip.checking': 'กำลังตรวจ SHA-256 ของไฟล์หลักฐาน: {done} จาก {total} ไฟล์',
  'zip.imported': 'พร้อมไฟล์หลักฐาน {count} ไฟล์',
  'zip.importing': 'กำลังนำเข้า {done} จาก {total} ไฟล์',
} as const;

const en: Record<keyof typeof th, string> = {
  'zip.writing': 'Writing the zip file…',
  'zip.written': 'Zip file exported with {count, plural, one {# evidence file} other {# evidence files}}',
  'zip.missing': '{count, plural, one {# evidence file is} other {# evidence files are}} not whole in this browser, so not in the zip file: {names}',
  'zip.failed': 'The zip file could not be written. Try again, or export a JSON backup',
  'zip.checking': 'Checking the evidence files’ SHA-256: {done} of {total} files',
  'zip.imported': 'with {count, plural, one {# evidence file} other {# evidence files}}',
  'zip.importing': 'Importing {done} of {total} files',
};

export type ZipMessageKey = keyof typeof th;
export const zipMessages: Messages<ZipMessageKey> = { th, en };
