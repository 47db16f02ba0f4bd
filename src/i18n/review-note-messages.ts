import { createTranslator, type Messages } from './translate';

/**
 * Words about reviews that several screens show: the note that self-ratings changed since a review was requested,
 * and which (ui/ratings-changed-note.tsx), a review's name in lists and pickers, a comparison row in words (review-label.ts). One wording for the review screen, the gap screen and the printed
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
  'label.when': '{date} เวลา {time} น.',
  'label.exportedLater': '{date} (ส่งออก {exported} เวลา {time} น.)',
  'label.seen': 'เห็นระดับที่ประเมินตนเอง',
  'label.notSeen': 'ไม่เห็นระดับที่ประเมินตนเอง',
  'label.levels': ', {count} ระดับ',
  'label.levelOn': 'ระดับที่ {number} {date}',
  'label.lastExported': 'ส่งออกล่าสุด {date} เวลา {time} น.',
  'difference.less': 'น้อยกว่า',
  'difference.more': 'มากกว่า',
  'difference.same': 'ตรงกัน',
} as const;

const en: Record<keyof typeof th, string> = {
  'changed.title': 'Self-ratings changed since this review was requested',
  'changed.count': '{count, plural, one {# item} other {# items}}',
  'changed.unknown': 'Which ones is not known: the request was not exported from this assessment in this app.',
  'changed.level': 'level {from} → {to}',
  'changed.target': 'target {from} → {to}',
  'changed.status': '{from} → {to}',
  'changed.unrated': 'not rated',
  'label.when': '{date}, {time}',
  'label.exportedLater': '{date} (exported {exported}, {time})',
  'label.seen': 'saw the self-ratings',
  'label.notSeen': 'did not see the self-ratings',
  'label.levels': ', {count} levels',
  'label.levelOn': 'level {number} {date}',
  'label.lastExported': 'last exported {date}, {time}',
  'difference.less': 'less',
  'difference.more': 'more',
  'difference.same': 'the same',
};

export type ReviewNoteMessageKey = keyof typeof th;
export const reviewNoteMessages: Messages<ReviewNoteMessageKey> = { th, en };
export const translateReviewNote = createTranslator(reviewNoteMessages);
