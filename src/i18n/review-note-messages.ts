import { createTranslator, type Messages } from './translate';

/**
 * Words about reviews that several screens show: the note that self-ratings changed since a review was requested,
 * and which (ui/ratings-changed-note.tsx). One wording for the review screen, the gap screen and the printed
 * report, in the language each is shown in.
 */
const th = {
  'changed.title': 'ระดับที่ประเมินตนเองเปลี่ยนไปหลังจากส่งคำขอให้ประเมินนี้',
  'changed.count': '{count} รายการ',
  'changed.unknown': 'ไม่ทราบว่ารายการใด เพราะคำขอนี้ไม่ได้ส่งออกจากการประเมินนี้ในแอปนี้',
  'changed.level': 'ระดับ {from} → {to}',
  'changed.target': 'เป้าหมาย {from} → {to}',
  'changed.status': '{from} → {to}',
  'changed.unrated': 'ยังไม่ประเมิน',
} as const;

const en: Record<keyof typeof th, string> = {
  'changed.title': 'Self-ratings changed since this review was requested',
  'changed.count': '{count, plural, one {# item} other {# items}}',
  'changed.unknown': 'Which ones is not known: the request was not exported from this assessment in this app.',
  'changed.level': 'level {from} → {to}',
  'changed.target': 'target {from} → {to}',
  'changed.status': '{from} → {to}',
  'changed.unrated': 'not rated',
};

export type ReviewNoteMessageKey = keyof typeof th;
export const reviewNoteMessages: Messages<ReviewNoteMessageKey> = { th, en };
export const translateReviewNote = createTranslator(reviewNoteMessages);
