import { mergeMessages, type Messages } from './translate';

/**
 * The field errors every form shows, Thai first: one wording for "fill this in", for a wrong date and for the summary. They load
 * with the screens that have forms (merged into their messages), not on the first screen.
 */
const th = {
  'form.required': 'กรุณากรอกช่องนี้',
  'form.dateRequired': 'กรุณาเลือกวัน เดือน และกรอกปี',
  'form.dateInvalid': 'วันที่ไม่ครบหรือไม่มีอยู่จริง กรุณาตรวจสอบวัน เดือน ปี',
  'form.errorSummary': 'กรุณาแก้ไขช่องที่มีเครื่องหมาย ! ด้านล่าง ({count} ช่อง)',
} as const;

const en: Record<keyof typeof th, string> = {
  'form.required': 'Please fill in this field.',
  'form.dateRequired': 'Please choose the day and month and type the year.',
  'form.dateInvalid': 'The date is incomplete or does not exist: check the day, month and year.',
  'form.errorSummary': 'Please correct the {count, plural, one {field} other {# fields}} marked ! below.',
};

export type FormMessageKey = keyof typeof th;
export const formMessages: Messages<FormMessageKey> = { th, en };

/** A feature's messages with the forms' field errors. */
export function withFormMessages<Key extends string>(feature: Messages<Key>): Messages<Key | FormMessageKey> {
  return mergeMessages(formMessages, feature);
}
