import { createTranslator, type Messages } from './translate';
import { withDeadlineMessages } from './deadline-messages';

/**
 * The words of rating items (ui/rating): the scale, the shortcuts and their help, progress, "next unrated", a
 * starred item's deadline; one wording for the appointee's rating screen and the reviewer's, loaded with them.
 */
const th = {
  'assessment.ratedOf': 'ประเมินแล้ว {rated}/{total}',
  'assessment.nextUnrated': 'ไปยังรายการที่ยังไม่ประเมิน',
  'assessment.allRated': 'ประเมินครบทุกรายการแล้ว',
  'assessment.targetMark': 'คาดหวัง',
  'assessment.under': 'ภายใต้ {code}',
  'assessment.deadline': 'กำหนดภายใน {date}',
  'deadline.acquiredLate': 'มีแล้ว แต่ได้มาหลังกำหนด',
  'deadline.onTrack': 'เหลืออีก {days} วัน',
  'deadline.dueSoon': 'ใกล้ครบกำหนด เหลือ {days} วัน',
  'scale.title': 'มาตราส่วนการประเมิน',
  'scale.proficiency': 'หน่วยความสามารถและสมรรถนะ',
  'scale.knowledge': 'ความรู้',
  'scale.experience': 'ประสบการณ์',
  'shortcuts.title': 'แป้นลัด (กด ?)',
  'shortcuts.rate': 'ให้ระดับแก่รายการที่เลือกอยู่ แล้วไปยังรายการถัดไป',
  'shortcuts.experience': 'ประสบการณ์: ยังไม่มี / มีบางส่วน / มีแล้ว (หรือกด 0 / 1 / 2) แล้วไปยังรายการถัดไป',
  'shortcuts.nextUnrated': 'ไปยังรายการที่ยังไม่ประเมิน',
  'shortcuts.help': 'เปิดหรือปิดคำอธิบายนี้',
  'shortcuts.native': 'ใช้ได้ตามปกติ: ลูกศรเปลี่ยนระดับ Space เลือก Tab ไปยังช่องถัดไป',
  'shortcuts.layout': 'แป้นลัดใช้ได้ทั้งเมื่อเปิดแป้นพิมพ์ภาษาไทยและภาษาอังกฤษ แต่ไม่ทำงานขณะพิมพ์ในช่องข้อความ ช่องปี หรือรายการเลือก',
  'shortcuts.rated': '{code}: {choice}',
  'shortcuts.next': 'ถัดไป {code}',
} as const;

const en: Record<keyof typeof th, string> = {
  'assessment.ratedOf': '{rated}/{total} rated',
  'assessment.nextUnrated': 'Next unrated item',
  'assessment.allRated': 'Every item is rated.',
  'assessment.targetMark': 'target',
  'assessment.under': 'under {code}',
  'assessment.deadline': 'Due by {date}',
  'deadline.acquiredLate': 'acquired, but after the deadline',
  'deadline.onTrack': '{days, plural, one {# day} other {# days}} left',
  'deadline.dueSoon': 'due soon: {days, plural, one {# day} other {# days}} left',
  'scale.title': 'The rating scale',
  'scale.proficiency': 'Competency units and behavioural competencies',
  'scale.knowledge': 'Knowledge',
  'scale.experience': 'Experience',
  'shortcuts.title': 'Keyboard shortcuts (press ?)',
  'shortcuts.rate': 'Rate the item in focus, then move to the next',
  'shortcuts.experience': 'Experience: none / some / yes (or 0 / 1 / 2), then move to the next',
  'shortcuts.nextUnrated': 'Go to the next unrated item',
  'shortcuts.help': 'Open or close this help',
  'shortcuts.native': 'Work as usual: arrows change the level, Space chooses, Tab moves to the next field',
  'shortcuts.layout': 'The shortcuts work with the Thai and the English keyboard layout, but not while typing in a text box, a year box or a list.',
  'shortcuts.rated': '{code}: {choice}',
  'shortcuts.next': 'Next: {code}',
};

export type RatingMessageKey = keyof typeof th;
export const ratingMessages: Messages<RatingMessageKey> = { th, en };

/** A feature's messages with the rating words (merged as mergeMessages does). */
export function withRatingMessages<Key extends string>(feature: Messages<Key>): Messages<Key | RatingMessageKey> {
  return { th: { ...ratingMessages.th, ...feature.th }, en: { ...ratingMessages.en, ...feature.en } };
}

/** The rating pieces' own translator: their words and the deadlines'. (Not the shared ones: merged here, they split a chunk of their own out of the first load's preload lists.) */
export const translateRating = createTranslator(withDeadlineMessages(ratingMessages));
